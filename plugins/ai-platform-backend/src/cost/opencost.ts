import type { CostWindow } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { OpenCostTarget } from './config';

/**
 * Largest OpenCost answer read, in bytes. An answer aggregated by namespace
 * holds one small entry per namespace: 16 MiB is far more than a sound
 * OpenCost sends.
 */
export const MAX_OPENCOST_BYTES = 16 * 1024 * 1024;

/** The body as text, read no further than `maxBytes`. */
async function readBounded(response: Response, maxBytes: number) {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () =>
    new Error(
      `OpenCost answered more than ${maxBytes} bytes; the answer was not read further`,
    );
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

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
 *
 * Errors never name the URL: cost readers see them, and a URL may carry
 * what an operator did not mean to share.
 */
export async function readOpenCost(
  target: OpenCostTarget,
  window: CostWindow,
  fetchImpl: typeof fetch = fetch,
  maxBytes: number = MAX_OPENCOST_BYTES,
): Promise<OpenCostNamespace[]> {
  const url = `${target.baseUrl}/allocation/compute?window=${window}&aggregate=namespace&accumulate=true`;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: { accept: 'application/json', ...target.headers },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (e) {
    const name = (e as Error).name;
    throw new Error(
      name === 'TimeoutError' || name === 'AbortError'
        ? 'OpenCost did not answer within 10 s'
        : 'OpenCost could not be reached',
    );
  }
  if (!response.ok) {
    throw new Error(`OpenCost answered HTTP ${response.status}`);
  }
  let text: string;
  try {
    text = await readBounded(response, maxBytes);
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'TimeoutError' || name === 'AbortError') {
      throw new Error('OpenCost did not finish its answer within 10 s');
    }
    throw e;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const body = parsed as
    | undefined
    | {
        code?: number;
        data?: Array<Record<string, { gpuHours?: number; gpuCost?: number }>>;
      };
  if (!Array.isArray(body?.data)) {
    throw new Error('OpenCost answered without a data list');
  }
  const totals = new Map<string, OpenCostNamespace>();
  for (const set of body!.data!) {
    for (const [namespace, allocation] of Object.entries(set ?? {})) {
      if (namespace.startsWith('__')) continue;
      const entry = totals.get(namespace) ?? {
        namespace,
        gpuHours: 0,
        gpuCost: 0,
      };
      const hours = Number(allocation?.gpuHours ?? 0);
      const cost = Number(allocation?.gpuCost ?? 0);
      // A figure that is not a number of 0 or more is not added.
      if (Number.isFinite(hours) && hours >= 0) entry.gpuHours += hours;
      if (Number.isFinite(cost) && cost >= 0) entry.gpuCost += cost;
      totals.set(namespace, entry);
    }
  }
  return [...totals.values()];
}
