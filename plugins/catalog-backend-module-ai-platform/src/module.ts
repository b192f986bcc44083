import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { clusterSourceServiceRef } from '@ai-platform/backstage-plugin-ai-platform-node';
import { ClusterEntityProvider } from './providers/ClusterEntityProvider';

/**
 * Catalog module of the AI Platform: writes the watched clusters (and, as the
 * domains land, models, agents, MCP servers and inference services) as
 * catalog entities.
 *
 * @public
 */
export const catalogModuleAiPlatform = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'ai-platform',
  register({ registerInit }) {
    registerInit({
      deps: {
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        scheduler: coreServices.scheduler,
        processing: catalogProcessingExtensionPoint,
        clusters: clusterSourceServiceRef,
      },
      async init({ logger, config, scheduler, processing, clusters }) {
        const settings = config.getOptionalConfig(
          'aiPlatform.catalog.clusters',
        );
        if (settings?.getOptionalBoolean('enabled') === false) {
          return;
        }
        const schedule = settings?.has('schedule')
          ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
              settings.getConfig('schedule'),
            )
          : { frequency: { minutes: 1 }, timeout: { minutes: 1 } };
        processing.addEntityProvider(
          new ClusterEntityProvider({
            clusters,
            owner:
              settings?.getOptionalString('owner') ??
              'group:default/platform-engineering',
            system: settings?.getOptionalString('system'),
            logger,
            taskRunner: scheduler.createScheduledTaskRunner(schedule),
          }),
        );
      },
    });
  },
});
