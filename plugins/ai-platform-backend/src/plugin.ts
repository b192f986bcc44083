import {
  coreServices,
  createBackendFeatureLoader,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { aiPlatformPermissions } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  agentRegistryServiceRef,
  clusterSourceServiceRef,
  modelSourceServiceRef,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { createAgentsModule } from './agents/module';
import { agentRegistryServiceFactory } from './agents/serviceFactory';
import { createClustersModule } from './clusters/module';
import { clusterSourceServiceFactory } from './clusters/serviceFactory';
import { createConformanceModule } from './conformance/module';
import { createCostModule } from './cost/module';
import { createCraModule } from './cra/module';
import { applyDatabaseMigrations } from './database/migrations';
import { registerExtensionPoints } from './extensions';
import { readGovernancePolicy } from './governance/config';
import { createGovernanceModule } from './governance/module';
import {
  configuredDeviceClassRecogniser,
  deviceClassRecognition,
  readGpuDeviceClassConfig,
} from './gpu/deviceClasses';
import { createGpuModule } from './gpu/module';
import { createModelsModule } from './models/module';
import { modelSourceServiceFactory } from './models/serviceFactory';
import { readRegistryConfigs } from './registry/config';
import { createRouter } from './router';
import { readSovereigntyRules } from './sovereignty/config';
import { createServingModule } from './serving/module';
import { createSovereigntyModule } from './sovereignty/module';
import { strictActionsRegistry } from './tools/strictRegistry';
import { errorHider } from './tools/unexpectedErrors';

/**
 * The AI Platform backend plugin: assembles the domain modules and mounts
 * their routes, actions and scheduled tasks.
 *
 * @public
 */
export const aiPlatformPlugin = createBackendPlugin({
  pluginId: 'ai-platform',
  register(env) {
    const extensions = registerExtensionPoints(env);
    env.registerInit({
      deps: {
        config: coreServices.rootConfig,
        database: coreServices.database,
        logger: coreServices.logger,
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        userInfo: coreServices.userInfo,
        permissionsRegistry: coreServices.permissionsRegistry,
        scheduler: coreServices.scheduler,
        actionsRegistry: actionsRegistryServiceRef,
        clusters: clusterSourceServiceRef,
        catalog: catalogServiceRef,
        agents: agentRegistryServiceRef,
        models: modelSourceServiceRef,
      },
      async init(deps) {
        const { config, database, logger, clusters, catalog, models } = deps;
        const { httpRouter, httpAuth, permissions, userInfo } = deps;
        deps.permissionsRegistry.addPermissions(aiPlatformPermissions);
        // The plugin's own database (cost records, conformance results).
        const knex = await database.getClient();
        if (!database.migrations?.skip) {
          await applyDatabaseMigrations(knex);
        }
        const rules = [
          { id: 'config', rules: readSovereigntyRules(config) },
          ...extensions.ruleSets,
        ].flatMap(set => set.rules);
        const deviceClasses = deviceClassRecognition([
          ...extensions.deviceClassRecognisers,
          configuredDeviceClassRecogniser(readGpuDeviceClassConfig(config)),
        ]);
        const registries = readRegistryConfigs(config);
        const policy = readGovernancePolicy(config);

        const gpu = createGpuModule({ clusters, rules, deviceClasses });
        const conformance = await createConformanceModule({
          config,
          knex,
          clusters,
          models,
          logger,
          platformChecks: extensions.platformChecks,
        });
        const sovereignty = createSovereigntyModule({
          catalog,
          clusters,
          rules,
        });
        // In the order their actions are listed.
        const domains = [
          createClustersModule({ clusters }),
          sovereignty,
          gpu,
          createAgentsModule({ agents: deps.agents, clusters, rules }),
          createModelsModule({ models, registries, policy, logger }),
          createServingModule({ clusters, models, gpu: gpu.service }),
          conformance,
          createGovernanceModule({
            clusters,
            gpu: gpu.service,
            models,
            registries,
            rules,
            policy,
            conformance: conformance.service,
          }),
          await createCostModule({
            config,
            knex,
            clusters,
            catalog,
            logger,
            permissions,
            userInfo,
            priceSources: extensions.priceSources,
            deviceClasses,
          }),
          createCraModule({
            config,
            logger,
            models,
            catalog,
            sovereignty: sovereignty.service,
          }),
        ];
        // Every action's input refuses unknown keys (see strictActionsRegistry).
        // In production an unexpected error answers REST, MCP and the
        // actions invoke endpoint without its message or stack.
        const hide = errorHider(logger);
        const actionsRegistry = strictActionsRegistry(
          deps.actionsRegistry,
          hide,
        );
        for (const domain of domains) {
          domain.registerActions?.(actionsRegistry);
          await domain.scheduleTasks?.(deps.scheduler);
        }
        httpRouter.use(
          await createRouter({ domains, httpAuth, permissions, hide }),
        );
        for (const domain of domains) domain.addHttpRouters?.(httpRouter);
      },
    });
  },
});

/**
 * The plugin together with the cluster layer, the agent registry and the
 * models domain it reads from, so that
 * `backend.add(import('@ai-platform/backstage-plugin-ai-platform-backend'))`
 * is all a backend needs.
 *
 * @public
 */
export const aiPlatformBackend = createBackendFeatureLoader({
  *loader() {
    yield clusterSourceServiceFactory;
    yield agentRegistryServiceFactory;
    yield modelSourceServiceFactory;
    yield aiPlatformPlugin;
  },
});
