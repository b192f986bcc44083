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
} from '@ai-platform/backstage-plugin-ai-platform-node';
import { registerAgentActions } from './actions/agentActions';
import { registerGpuActions } from './actions/gpuActions';
import { agentRegistryServiceFactory } from './agents/serviceFactory';
import { clusterSourceServiceFactory } from './clusters/serviceFactory';
import { GpuService } from './gpu/GpuService';
import { sovereigntyPlacementCheck } from './gpu/placement';
import { readSovereigntyRules } from './sovereignty/config';
import { SovereigntyService } from './sovereignty/SovereigntyService';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { createRouter } from './router';

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
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        actionsRegistry: actionsRegistryServiceRef,
        clusters: clusterSourceServiceRef,
        catalog: catalogServiceRef,
        agents: agentRegistryServiceRef,
      },
      async init({
        config,
        httpRouter,
        httpAuth,
        permissions,
        permissionsRegistry,
        actionsRegistry,
        clusters,
        catalog,
        agents,
      }) {
        permissionsRegistry.addPermissions(aiPlatformPermissions);
        const rules = readSovereigntyRules(config);
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
        httpRouter.use(
          await createRouter({
            clusters,
            gpu,
            sovereignty,
            agents,
            httpAuth,
            permissions,
          }),
        );
      },
    });
  },
});

/**
 * The plugin together with the cluster layer and agent registry it reads from, so that
 * `backend.add(import('@ai-platform/backstage-plugin-ai-platform-backend'))`
 * is all a backend needs.
 *
 * @public
 */
export const aiPlatformBackend = createBackendFeatureLoader({
  *loader() {
    yield clusterSourceServiceFactory;
    yield agentRegistryServiceFactory;
    yield aiPlatformPlugin;
  },
});
