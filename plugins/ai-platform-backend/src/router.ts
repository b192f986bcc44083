import { NotFoundError } from '@backstage/errors';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import express from 'express';
import Router from 'express-promise-router';
import { summarizeCluster } from './clusters/inventory';

/** The REST API of the AI Platform backend: a thin layer over the domain services. */
export async function createRouter(options: {
  clusters: ClusterSource;
}): Promise<express.Router> {
  const { clusters } = options;
  const router = Router();
  router.use(express.json());

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
    res.json(summarizeCluster(view));
  });

  return router;
}
