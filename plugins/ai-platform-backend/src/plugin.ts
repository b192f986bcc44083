import {
  coreServices,
  createBackendFeatureLoader,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { clusterSourceServiceRef } from '@ai-platform/backstage-plugin-ai-platform-node';
import { clusterSourceServiceFactory } from './clusters/serviceFactory';
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
        httpRouter: coreServices.httpRouter,
        clusters: clusterSourceServiceRef,
      },
      async init({ httpRouter, clusters }) {
        httpRouter.use(await createRouter({ clusters }));
      },
    });
  },
});

/**
 * The plugin together with the cluster layer it reads from, so that
 * `backend.add(import('@ai-platform/backstage-plugin-ai-platform-backend'))`
 * is all a backend needs.
 *
 * @public
 */
export const aiPlatformBackend = createBackendFeatureLoader({
  *loader() {
    yield clusterSourceServiceFactory;
    yield aiPlatformPlugin;
  },
});
