import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
} from '@backstage/backend-plugin-api';
import {
  catalogLocationsExtensionPoint,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';
import {
  agentRegistryServiceRef,
  clusterSourceServiceRef,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { AgentEntityProvider } from './providers/AgentEntityProvider';
import { ClusterEntityProvider } from './providers/ClusterEntityProvider';

/**
 * Catalog module of the AI Platform: writes the watched clusters, and the
 * agents and MCP servers of the agent registry (and, as the domains land,
 * models and inference services) as catalog entities.
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
        locations: catalogLocationsExtensionPoint,
        clusters: clusterSourceServiceRef,
        agents: agentRegistryServiceRef,
      },
      async init({
        logger,
        config,
        scheduler,
        processing,
        locations,
        clusters,
        agents,
      }) {
        // The templates publish to a local GitOps repository that no server
        // serves by URL, so their register step adds a `file` location
        // (ai-platform:catalog:register-file, which only accepts files inside
        // that repository). The catalog API accepts only `url` by default;
        // `file` is opened only while such a repository is configured.
        if (config.has('aiPlatform.gitops.localRepository')) {
          locations.setAllowedLocationTypes(['url', 'file']);
          logger.info(
            'The catalog accepts file locations, for the local GitOps repository of aiPlatform.gitops',
          );
        }
        const agentSettings = config.getOptionalConfig(
          'aiPlatform.catalog.agents',
        );
        if (agentSettings?.getOptionalBoolean('enabled') !== false) {
          processing.addEntityProvider(
            new AgentEntityProvider({
              agents,
              system: agentSettings?.getOptionalString('system'),
              logger,
              // Short by default so that an agent created in a cluster shows
              // up in the catalog within half a minute.
              taskRunner: scheduler.createScheduledTaskRunner(
                agentSettings?.has('schedule')
                  ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
                      agentSettings.getConfig('schedule'),
                    )
                  : { frequency: { seconds: 30 }, timeout: { seconds: 30 } },
              ),
            }),
          );
        }
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
