import type {
  GpuOverview,
  GpuOverviewFilter,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { useApi } from '@backstage/core-plugin-api';
import { useRef } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import useInterval from 'react-use/esm/useInterval';
import { aiPlatformApiRef } from '../api';

/** GPU figures move with every scheduled pod; the backend answers from caches. */
export const GPU_REFRESH_MS = 30_000;

export interface GpuOverviewState {
  /** The last answer for these filters; kept while a refresh runs or fails. */
  overview?: GpuOverview;
  /** True until the first answer for these filters. */
  loading: boolean;
  /** The error of the last read, if it failed. */
  error?: Error;
}

/**
 * The GPU overview for a filter, refreshed every 30 seconds. A refresh or a
 * failed read keeps the last answer on screen; a new filter shows progress
 * until its own answer arrives, so no figure is shown for the wrong filter.
 */
export function useGpuOverview(filter: GpuOverviewFilter): GpuOverviewState {
  const api = useApi(aiPlatformApiRef);
  const { cluster, jurisdiction, product, team } = filter;
  const key = JSON.stringify([cluster, jurisdiction, product, team]);
  // The answer carries the key it was asked for: right after a filter
  // changes, the previous answer is still the hook's value.
  const { value, loading, error, retry } = useAsyncRetry(
    async () => ({
      key,
      overview: await api.getGpuOverview({
        cluster,
        jurisdiction,
        product,
        team,
      }),
    }),
    [api, key],
  );
  const last = useRef<{ key: string; overview: GpuOverview } | undefined>(
    undefined,
  );
  if (value) {
    last.current = value;
  }
  useInterval(() => {
    if (!loading) retry();
  }, GPU_REFRESH_MS);

  const overview =
    last.current?.key === key ? last.current.overview : undefined;
  return { overview, loading: loading && !overview, error };
}
