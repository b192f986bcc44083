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
      /**
       * The `ai-agent` Component entities, one per kagent agent, and the
       * `mcp-server` API entities, one per RemoteMCPServer or MCPServer.
       */
      agents?: {
        /** Write agent and MCP server entities at all. Default true. */
        enabled?: boolean;
        /** System of the entities, an entity ref; none by default. */
        system?: string;
        /**
         * How often the entities are written again: the longest wait before
         * an agent created in a cluster is in the catalog. Default every 30
         * seconds, with a 30 second timeout.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
      /** The `ai-model` Resource entities, one per model repository of `aiPlatform.registries`. */
      models?: {
        /** Write model entities at all. Default true. */
        enabled?: boolean;
        /**
         * Owner of a model entity when neither the manifest's
         * `ai-platform.io/owner` annotation nor the registry's `owner` names
         * one, an entity ref. Default `group:default/platform-engineering`.
         */
        owner?: string;
        /** System of model entities, an entity ref; none by default. */
        system?: string;
        /**
         * How often the registries are rescanned and the entities written
         * again (unchanged digests are not read again). Default every 5 minutes.
         */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
