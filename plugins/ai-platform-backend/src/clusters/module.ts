import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import { NotFoundError } from '@backstage/errors';
import type { DomainModule } from '../domain';
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
    addRoutes(router) {
      router.get('/clusters', async (_req, res) => {
        res.json({ items: clusters.clusters().map(summarizeCluster) });
      });

      router.get('/clusters/:name', async (req, res) => {
        const view = clusters.cluster(req.params.name);
        if (!view) {
          throw new NotFoundError(
            `No cluster named '${req.params.name}' is configured; GET /clusters lists the configured ones`,
          );
        }
        res.json({ ...summarizeCluster(view) });
      });
    },
  };
}
