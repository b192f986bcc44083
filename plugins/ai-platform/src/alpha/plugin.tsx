import {
  ApiBlueprint,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import StorageIcon from '@material-ui/icons/Storage';
import { AiPlatformClient, aiPlatformApiRef } from '../api';

const clustersRouteRef = createRouteRef();

const aiPlatformApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: aiPlatformApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AiPlatformClient({ discoveryApi, fetchApi }),
    }),
});

const clustersPage = PageBlueprint.make({
  name: 'clusters',
  params: {
    path: '/ai-platform/clusters',
    title: 'Clusters',
    icon: <StorageIcon />,
    routeRef: clustersRouteRef,
    loader: () =>
      import('../components/ClustersPage').then(m => (
        <m.ClustersPage header={false} />
      )),
  },
});

/**
 * The AI Platform plugin for the new frontend system.
 *
 * @alpha
 */
export default createFrontendPlugin({
  pluginId: 'ai-platform',
  title: 'AI Platform',
  icon: <StorageIcon />,
  extensions: [aiPlatformApi, clustersPage],
  routes: {
    clusters: clustersRouteRef,
  },
});
