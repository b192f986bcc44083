import { aiPlatformClustersReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import { unknownName } from '../tools/names';
import type { DomainModule } from '../domain';
import { registerClusterActions } from './actions';
import { summarizeCluster } from './inventory';

/**
 * The clusters domain: the configured clusters and their health, read from
 * the cluster layer's watch caches.
 */
export function createClustersModule(options: {
  clusters: ClusterSource;
}): DomainModule<ClusterSource> {
  const { clusters } = options;
  return {
    service: clusters,
    registerActions(actionsRegistry) {
      registerClusterActions(actionsRegistry, clusters);
    },
    addRoutes(router, { requireRead }) {
      router.use(
        '/clusters',
        requireRead(aiPlatformClustersReadPermission, 'the clusters'),
      );

      router.get('/clusters', async (_req, res) => {
        res.json({ items: clusters.clusters().map(summarizeCluster) });
      });

      router.get('/clusters/:name', async (req, res) => {
        const view = clusters.cluster(req.params.name);
        if (!view) {
          throw unknownName(
            'cluster',
            req.params.name,
            clusters.clusters().map(c => c.name),
          );
        }
        res.json({ ...summarizeCluster(view) });
      });
    },
  };
}
