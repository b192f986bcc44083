import {
  coreServices,
  createBackendFeatureLoader,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { aiPlatformPermissions } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  agentRegistryServiceRef,
  clusterSourceServiceRef,
  modelSourceServiceRef,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { registerAgentActions } from './actions/agentActions';
import { registerGovernanceActions } from './actions/governanceActions';
import { registerGpuActions } from './actions/gpuActions';
import {
  registerModelActions,
  registerModelResolveAction,
} from './actions/modelActions';
import { ModelVersionResolver } from './models/ModelVersionResolver';
import { agentRegistryServiceFactory } from './agents/serviceFactory';
import { createRegistryEventsRouter } from './models/eventsRouter';
import { modelSourceServiceFactory } from './models/serviceFactory';
import { readRegistryConfigs } from './registry/config';
import { clusterSourceServiceFactory } from './clusters/serviceFactory';
import { readGovernancePolicy } from './governance/config';
import { GovernanceService } from './governance/GovernanceService';
import { GpuService } from './gpu/GpuService';
import { sovereigntyPlacementCheck } from './gpu/placement';
import { readSovereigntyRules } from './sovereignty/config';
import { SovereigntyService } from './sovereignty/SovereigntyService';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { applyDatabaseMigrations } from './database/migrations';
import { registerCostActions } from './actions/costActions';
import { readCostSettings } from './cost/config';
import { CostRecorder } from './cost/CostRecorder';
import { CostService } from './cost/CostService';
import { CostStore } from './cost/CostStore';
import { createRouter } from './router';
import { registerConformanceActions } from './actions/conformanceActions';
import { readConformanceSettings } from './conformance/config';
import { DatabaseConformanceStore } from './conformance/ConformanceStore';
import { ConformanceService } from './conformance/ConformanceService';

/**
 * The AI Platform backend plugin: REST API and actions over the domain
 * services.
 *
 * @public
 */
export const aiPlatformPlugin = createBackendPlugin({
  pluginId: 'ai-platform',
  register(env) {
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
      async init({
        config,
        database,
        logger,
        httpRouter,
        httpAuth,
        permissions,
        userInfo,
        permissionsRegistry,
        scheduler,
        actionsRegistry,
        clusters,
        catalog,
        agents,
        models,
      }) {
        permissionsRegistry.addPermissions(aiPlatformPermissions);
        // The plugin's own database (cost records, conformance results).
        const db = await database.getClient();
        if (!database.migrations?.skip) {
          await applyDatabaseMigrations(db);
        }
        const rules = readSovereigntyRules(config);
        const registries = readRegistryConfigs(config);
        const policy = readGovernancePolicy(config);
        const gpu = new GpuService({
          clusters,
          placementCheck: sovereigntyPlacementCheck(rules),
        });
        const sovereignty = new SovereigntyService({
          catalog,
          clusters,
          rules,
        });
        registerGpuActions(actionsRegistry, gpu);
        registerAgentActions(actionsRegistry, { agents, clusters, rules });
        registerModelActions(actionsRegistry, models);
        registerModelResolveAction(
          actionsRegistry,
          new ModelVersionResolver({ models, registries, policy }),
        );
        // --- conformance ---
        const conformanceSettings = readConformanceSettings(config);
        const conformance = new ConformanceService({
          clusters,
          store: await DatabaseConformanceStore.create({
            knex: db,
            skipMigrations: true,
          }),
          logger,
          models,
        });
        registerConformanceActions(actionsRegistry, conformance);
        await scheduler.scheduleTask({
          id: 'ai-platform-conformance-record',
          scope: 'global',
          frequency: conformanceSettings.frequency,
          timeout: { minutes: 5 },
          // Let the watch caches fill before the first record.
          initialDelay: { seconds: 15 },
          fn: () => conformance.record(conformanceSettings.retentionMs),
        });
        // --- end conformance ---
        registerGovernanceActions(
          actionsRegistry,
          new GovernanceService({
            clusters,
            gpu,
            models,
            registries,
            rules,
            policy,
            // The conformance domain gives each cluster its score.
            conformanceScore: name => {
              if (!clusters.cluster(name)) return undefined;
              return conformance.cluster(name).score;
            },
          }),
        );
        // --- cost ---
        const costSettings = readCostSettings(config);
        const costStore = new CostStore(db);
        const cost = new CostService({
          store: costStore,
          settings: costSettings,
          clusters,
          catalog,
        });
        const costRecorder = new CostRecorder({
          clusters,
          store: costStore,
          logger,
        });
        registerCostActions(actionsRegistry, { cost, permissions, userInfo });
        await scheduler.scheduleTask({
          id: 'ai-platform-cost-record',
          scope: 'global',
          frequency: costSettings.recordFrequency,
          timeout: { minutes: 5 },
          // Let the watch caches fill before the first record.
          initialDelay: { seconds: 10 },
          fn: () => costRecorder.record(),
        });
        // --- end cost ---
        httpRouter.use(
          await createRouter({
            clusters,
            gpu,
            sovereignty,
            agents,
            models,
            conformance,
            cost,
            httpAuth,
            permissions,
            userInfo,
          }),
        );
        // Registries authenticate their notifications with a token of their own.
        httpRouter.use(
          createRegistryEventsRouter({
            registries,
            models,
            logger,
          }),
        );
        httpRouter.addAuthPolicy({
          path: '/registry-events',
          allow: 'unauthenticated',
        });
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
