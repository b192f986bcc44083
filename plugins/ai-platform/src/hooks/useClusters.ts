import type { ClusterSummary } from '@ai-platform/backstage-plugin-ai-platform-common';
import { useApi } from '@backstage/core-plugin-api';
import { useRef } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useInterval from 'react-use/esm/useInterval';
import { aiPlatformApiRef } from '../api';

/** Health changes while the page is open; the backend serves from caches, so polling is cheap. */
export const CLUSTERS_REFRESH_MS = 15_000;

export interface ClustersState {
  /** The last clusters that were read; kept while a refresh runs or fails. */
  clusters?: ClusterSummary[];
  /** True only until the first answer. */
  loading: boolean;
  /** The error of the last read, if it failed. */
  error?: Error;
}

/** The cluster inventory, refreshed every 15 seconds without blanking the page. */
export function useClusters(): ClustersState {
  const api = useApi(aiPlatformApiRef);
  const { value, loading, error, retry } = useAsyncRetry(
    async () => (await api.getClusters()).items,
    [api],
  );
  const lastValue = useRef<ClusterSummary[] | undefined>(undefined);
  if (value) {
    lastValue.current = value;
  }
  useInterval(() => {
    if (!loading) {
      retry();
    }
  }, CLUSTERS_REFRESH_MS);

  return {
    clusters: lastValue.current,
    loading: loading && !lastValue.current,
    error,
  };
}
