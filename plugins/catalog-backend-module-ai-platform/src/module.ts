import {
  coreServices,
  createBackendModule,
  readSchedulerServiceTaskScheduleDefinitionFromConfig,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import type { Config } from '@backstage/config';
import {
  catalogLocationsExtensionPoint,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';
import {
  agentRegistryServiceRef,
  clusterSourceServiceRef,
  modelSourceServiceRef,
  readGitopsSettings,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { ProposedChangeProcessor } from './processors/ProposedChangeProcessor';
import { AgentEntityProvider } from './providers/AgentEntityProvider';
import { ClusterEntityProvider } from './providers/ClusterEntityProvider';
import { ModelEntityProvider } from './providers/ModelEntityProvider';

/** The schedule under `key`, or the default. */
function schedule(
  settings: Config | undefined,
  fallback: SchedulerServiceTaskScheduleDefinition,
): SchedulerServiceTaskScheduleDefinition {
  return settings?.has('schedule')
    ? readSchedulerServiceTaskScheduleDefinitionFromConfig(
        settings.getConfig('schedule'),
      )
    : fallback;
}

/**
 * Catalog module of the AI Platform: writes the watched clusters, the agents
 * and MCP servers of the agent registry, and the model repositories of the
 * configured registries as catalog entities.
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
        models: modelSourceServiceRef,
      },
      async init({
        logger,
        config,
        scheduler,
        processing,
        locations,
        clusters,
        agents,
        models,
      }) {
        // The templates publish to a local GitOps repository that no server
        // serves by URL, so their register step adds a `file` location
        // (ai-platform:catalog:register-file, which only accepts files inside
        // that repository). The catalog API accepts only `url` by default;
        // `file` is opened only while such a repository is configured.
        const gitops = readGitopsSettings(config);
        if (gitops) {
          locations.setAllowedLocationTypes(['url', 'file']);
          logger.info(
            'The catalog accepts file locations, for the local GitOps repository of aiPlatform.gitops',
          );
          // What a change proposes is not live before its branch is merged.
          processing.addProcessor(
            new ProposedChangeProcessor({ settings: gitops, logger }),
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
                schedule(agentSettings, {
                  frequency: { seconds: 30 },
                  timeout: { seconds: 30 },
                }),
              ),
            }),
          );
        }
        const modelSettings = config.getOptionalConfig(
          'aiPlatform.catalog.models',
        );
        if (modelSettings?.getOptionalBoolean('enabled') !== false) {
          processing.addEntityProvider(
            new ModelEntityProvider({
              models,
              owner:
                modelSettings?.getOptionalString('owner') ??
                'group:default/platform-engineering',
              system: modelSettings?.getOptionalString('system'),
              logger,
              taskRunner: scheduler.createScheduledTaskRunner(
                schedule(modelSettings, {
                  frequency: { minutes: 5 },
                  timeout: { minutes: 5 },
                }),
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
        processing.addEntityProvider(
          new ClusterEntityProvider({
            clusters,
            owner:
              settings?.getOptionalString('owner') ??
              'group:default/platform-engineering',
            system: settings?.getOptionalString('system'),
            logger,
            taskRunner: scheduler.createScheduledTaskRunner(
              schedule(settings, {
                frequency: { minutes: 1 },
                timeout: { minutes: 1 },
              }),
            ),
          }),
        );
      },
    });
  },
});
