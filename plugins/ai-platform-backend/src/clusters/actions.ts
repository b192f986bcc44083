import { aiPlatformClustersReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { requireKnown } from '../tools/names';
import { summarizeCluster } from './inventory';

/**
 * The clusters action: the same answer as `GET /clusters`, the configured
 * clusters with their labels and health. An agent's first call when it does
 * not know the cluster names.
 */
export function registerClusterActions(
  actionsRegistry: ActionsRegistryService,
  clusters: ClusterSource,
): void {
  actionsRegistry.register({
    name: 'list-clusters',
    title: 'List the clusters and their health',
    description:
      'The configured Kubernetes clusters: name, title, sovereignty labels (ai-platform.io/jurisdiction, region, provider, residency-policy, non-eu-law-exposure), Kubernetes version, the AI APIs each serves (KServe, kagent, Kueue, DRA, ...) and the health of its watch cache (synced, syncing, stale since when, or error). Call it first to learn the cluster names the other ai-platform tools take; a stale cluster answers every tool with figures as of staleSince.',
    visibilityPermission: aiPlatformClustersReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          cluster: z
            .string()
            .optional()
            .describe('Only this cluster (NotFound lists the valid names)'),
        }),
      output: z =>
        z.object({
          clusters: z.array(
            z.object({
              name: z.string(),
              title: z.string().optional(),
              description: z.string().optional(),
              labels: z.record(z.string(), z.string()),
              kubernetesVersion: z.string().optional(),
              servedApis: z
                .array(z.string())
                .describe('AI-relevant APIs served, as group/version/Kind'),
              health: z.object({
                state: z.enum(['syncing', 'synced', 'stale', 'error']),
                syncedAt: z.string().optional(),
                lastEventAt: z.string().optional(),
                staleSince: z.string().optional(),
                error: z.string().optional(),
              }),
            }),
          ),
        }),
    },
    examples: [
      { title: 'Every cluster with its health', input: {} },
      {
        title: 'The Frankfurt cluster',
        input: { cluster: 'eu-sovereign-fra' },
      },
    ],
    action: async ({ input }) => {
      requireKnown(
        'cluster',
        input.cluster,
        clusters.clusters().map(c => c.name),
      );
      const views = clusters
        .clusters()
        .filter(view => !input.cluster || view.name === input.cluster);
      return {
        output: {
          clusters: views.map(view => {
            const summary = summarizeCluster(view);
            return {
              name: summary.name,
              title: summary.title,
              description: summary.description,
              labels: summary.labels,
              kubernetesVersion: summary.kubernetesVersion,
              servedApis: summary.servedApis.map(api => api.id),
              health: {
                state: summary.health.state,
                syncedAt: summary.health.syncedAt,
                lastEventAt: summary.health.lastEventAt,
                staleSince: summary.health.staleSince,
                error: summary.health.error,
              },
            };
          }),
        },
      };
    },
  });
}
