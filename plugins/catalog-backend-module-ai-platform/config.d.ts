import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  aiPlatform?: {
    /** How the AI Platform entity providers write to the software catalog. */
    catalog?: {
      /** The `kubernetes-cluster` Resource entities, one per watched cluster. */
      clusters?: {
        /** Write cluster entities at all. Default true. */
        enabled?: boolean;
        /** Owner of cluster entities, an entity ref. Default `group:default/platform-engineering`. */
        owner?: string;
        /** System of cluster entities, an entity ref; none by default. */
        system?: string;
        /** How often the entities are written again. Default every minute. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
