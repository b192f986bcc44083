import type { ClusterSummary } from '@ai-platform/backstage-plugin-ai-platform-common';
import { createApiRef } from '@backstage/core-plugin-api';

/**
 * The answer of `GET /clusters`.
 *
 * @public
 */
export interface ClusterList {
  items: ClusterSummary[];
}

/**
 * Reads the AI Platform backend.
 *
 * @public
 */
export interface AiPlatformApi {
  /** Every configured cluster, with its health and cache sizes. */
  getClusters(): Promise<ClusterList>;
  /** One cluster by name; rejects with a `ResponseError` (404) if unknown. */
  getCluster(name: string): Promise<ClusterSummary>;
}

/**
 * The API reference of {@link AiPlatformApi}.
 *
 * @public
 */
export const aiPlatformApiRef = createApiRef<AiPlatformApi>({
  id: 'plugin.ai-platform.service',
});
