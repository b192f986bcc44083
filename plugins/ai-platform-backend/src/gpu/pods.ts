import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { count } from './quantities';
import { isGpuResource } from './resources';

interface Container {
  resources?: {
    requests?: Record<string, unknown>;
    limits?: Record<string, unknown>;
  };
}

function containerGpus(container: Container): Record<string, number> {
  const out: Record<string, number> = {};
  const { requests = {}, limits = {} } = container.resources ?? {};
  // Extended resources may be given as limits only; the request then equals the limit.
  for (const name of new Set([
    ...Object.keys(requests),
    ...Object.keys(limits),
  ])) {
    if (!isGpuResource(name)) continue;
    const value = count(name in requests ? requests[name] : limits[name]);
    if (value > 0) out[name] = value;
  }
  return out;
}

/**
 * GPU units a pod asks for by resource, as the scheduler counts them: the
 * sum over its containers, or the largest init container where that is more.
 */
export function podGpuRequests(pod: CachedObject): Record<string, number> {
  const spec = (pod.spec ?? {}) as {
    containers?: Container[];
    initContainers?: Container[];
  };
  const sum: Record<string, number> = {};
  for (const c of spec.containers ?? []) {
    for (const [name, n] of Object.entries(containerGpus(c))) {
      sum[name] = (sum[name] ?? 0) + n;
    }
  }
  for (const c of spec.initContainers ?? []) {
    for (const [name, n] of Object.entries(containerGpus(c))) {
      sum[name] = Math.max(sum[name] ?? 0, n);
    }
  }
  return sum;
}

export type PodGpuState = 'holding' | 'pending' | 'done';

/**
 * Whether a pod holds its GPUs: bound to a node and not terminated. A
 * Pending pod without a node only asks; Succeeded and Failed pods hold
 * nothing (their devices are released).
 */
export function podGpuState(pod: CachedObject): PodGpuState {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return 'done';
  const nodeName = (pod.spec as { nodeName?: string } | undefined)?.nodeName;
  return nodeName ? 'holding' : 'pending';
}
