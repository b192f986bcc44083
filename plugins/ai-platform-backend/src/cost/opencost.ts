import type { CostWindow } from '@ai-platform/backstage-plugin-ai-platform-common';

/** GPU figures OpenCost allocated to one namespace over a window. */
export interface OpenCostNamespace {
  namespace: string;
  gpuHours: number;
  gpuCost: number;
}

/**
 * Reads OpenCost's Allocation API (`GET /allocation/compute`) aggregated by
 * namespace and accumulated over the window: `data` is a list of sets keyed
 * by namespace, each allocation with `gpuHours` and `gpuCost`. The
 * `__idle__` and `__unallocated__` entries are left out (idle is priced
 * from our own figures).
 */
export async function readOpenCost(
  baseUrl: string,
  window: CostWindow,
  fetchImpl: typeof fetch = fetch,
): Promise<OpenCostNamespace[]> {
  const url = `${baseUrl}/allocation/compute?window=${window}&aggregate=namespace&accumulate=true`;
  const response = await fetchImpl(url, {
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    throw new Error(`OpenCost at ${baseUrl} answered ${response.status}`);
  }
  const body = (await response.json()) as {
    code?: number;
    data?: Array<Record<string, { gpuHours?: number; gpuCost?: number }>>;
  };
  if (!Array.isArray(body.data)) {
    throw new Error(`OpenCost at ${baseUrl} answered without a data list`);
  }
  const totals = new Map<string, OpenCostNamespace>();
  for (const set of body.data) {
    for (const [namespace, allocation] of Object.entries(set ?? {})) {
      if (namespace.startsWith('__')) continue;
      const entry = totals.get(namespace) ?? {
        namespace,
        gpuHours: 0,
        gpuCost: 0,
      };
      entry.gpuHours += Number(allocation?.gpuHours ?? 0);
      entry.gpuCost += Number(allocation?.gpuCost ?? 0);
      totals.set(namespace, entry);
    }
  }
  return [...totals.values()];
}
