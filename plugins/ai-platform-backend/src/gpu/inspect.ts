import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { gpuResourceUnit } from '@ai-platform/backstage-plugin-ai-platform-common';
import { inspectDeviceClass } from './deviceClasses';
import { inspectResourceSlice } from './dra';
import { inspectNodeGpus } from './nodes';
import { amountProblem, countProblem } from './quantities';
import { parseGpuQuotaKey } from './quotas';
import { inspectClusterQueue } from './queues';
import { isGpuResource } from './resources';

/**
 * What the GPU domain cannot use in one object, one sentence per problem
 * naming the field: the cluster layer logs each once per object version and
 * shows them in the cluster's health. The readers apply the same rules (one
 * parser, the same plausibility), so what is reported here is what they
 * leave out.
 */

type Resources = Record<string, unknown> | undefined;

function gpuFieldProblems(list: Resources, field: string): string[] {
  return Object.entries(list ?? {})
    .filter(([name]) => isGpuResource(name))
    .map(([name, value]) => countProblem(value, `${field}['${name}']`))
    .filter((p): p is string => Boolean(p));
}

/** A pod whose GPU requests or limits cannot be read asks for nothing we count. */
export function inspectPodGpus(pod: CachedObject): string[] {
  const spec = (pod.spec ?? {}) as {
    containers?: Array<{
      name?: string;
      resources?: { requests?: Resources; limits?: Resources };
    }>;
    initContainers?: Array<{
      name?: string;
      resources?: { requests?: Resources; limits?: Resources };
    }>;
  };
  const problems: string[] = [];
  for (const [list, field] of [
    [spec.containers, 'containers'],
    [spec.initContainers, 'initContainers'],
  ] as const) {
    for (const c of list ?? []) {
      const where = `spec.${field}[${c.name ?? '?'}].resources`;
      problems.push(
        ...gpuFieldProblems(c.resources?.requests, `${where}.requests`),
        ...gpuFieldProblems(c.resources?.limits, `${where}.limits`),
      );
    }
  }
  return problems.map(p => `${p}; its GPUs are not counted`);
}

/** GPU keys of a ResourceQuota whose values cannot be read. */
export function inspectQuotaGpus(quota: CachedObject): string[] {
  const spec = (quota.spec ?? {}) as { hard?: Resources };
  const status = (quota.status ?? {}) as { hard?: Resources; used?: Resources };
  const problems: string[] = [];
  for (const [list, field] of [
    [spec.hard, 'spec.hard'],
    [status.hard, 'status.hard'],
    [status.used, 'status.used'],
  ] as const) {
    for (const [key, value] of Object.entries(list ?? {})) {
      const parsed = parseGpuQuotaKey(key);
      if (!parsed) continue;
      const unit = gpuResourceUnit(parsed.resource);
      const check = ['bytes', 'MiB', 'GiB', 'percent'].includes(unit)
        ? amountProblem
        : countProblem;
      const problem = check(value, `${field}['${key}']`);
      if (problem) problems.push(`${problem}; the key is not shown`);
    }
  }
  return problems;
}

export const GPU_INSPECTORS: Record<string, (o: CachedObject) => string[]> = {
  'core/Node': inspectNodeGpus,
  'core/Pod': inspectPodGpus,
  'core/ResourceQuota': inspectQuotaGpus,
  'resource.k8s.io/ResourceSlice': inspectResourceSlice,
  'resource.k8s.io/DeviceClass': inspectDeviceClass,
  'kueue.x-k8s.io/ClusterQueue': q => inspectClusterQueue(q),
};
