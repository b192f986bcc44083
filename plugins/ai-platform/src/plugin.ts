import {
  createApiFactory,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { AiPlatformClient, aiPlatformApiRef } from './api';
import { clustersRouteRef } from './routes';

/**
 * The AI Platform plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const aiPlatformPlugin = createPlugin({
  id: 'ai-platform',
  apis: [
    createApiFactory({
      api: aiPlatformApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AiPlatformClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    clusters: clustersRouteRef,
  },
});

/**
 * The clusters page, for a legacy app's routes:
 * `<Route path="/ai-platform/clusters" element={<AiPlatformClustersPage />} />`.
 *
 * @public
 */
export const AiPlatformClustersPage = aiPlatformPlugin.provide(
  createRoutableExtension({
    name: 'AiPlatformClustersPage',
    component: () =>
      import('./components/ClustersPage').then(m => m.ClustersPage),
    mountPoint: clustersRouteRef,
  }),
);
