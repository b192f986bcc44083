import type {
  GpuQuotaResource,
  NamespaceGpuQuota,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  gpuResourceUnit,
  isGpuQuotaResourceName,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { NamespaceUsage } from './clusterGpus';
import { suiteDeviceClassRecognition } from './deviceClasses';
import { amount, count, countProblem } from './quantities';
import { isGpuResource } from './resources';

/** A GPU key of a ResourceQuota: what it limits, with which prefix. */
export interface GpuQuotaKey {
  resource: string;
  scope?: 'requests' | 'limits';
}

/**
 * What a ResourceQuota key limits, when it limits GPUs (kubernetes.io
 * resource-quotas doc): `requests.`, `limits.` or bare device-plugin and
 * extended GPU resources (`requests.nvidia.com/gpu`, HAMi's
 * `requests.nvidia.com/gpumem`), `<class>.deviceclass.resource.k8s.io/devices`
 * for DRA, and the DRA extended-resource bridge
 * `requests.deviceclass.resource.kubernetes.io/<class>`.
 */
export function parseGpuQuotaKey(
  key: string,
  isGpuClass: (name: string) => boolean = suiteDeviceClassRecognition,
): GpuQuotaKey | undefined {
  const dra = /^(.+)\.deviceclass\.resource\.k8s\.io\/devices$/.exec(key);
  if (dra) {
    return isGpuClass(dra[1])
      ? { resource: `deviceclass/${dra[1]}` }
      : undefined;
  }
  const scoped = /^(requests|limits)\.(.+)$/.exec(key);
  const scope = scoped?.[1] as GpuQuotaKey['scope'];
  const name = scoped ? scoped[2] : key;
  const bridge = /^deviceclass\.resource\.kubernetes\.io\/(.+)$/.exec(name);
  if (bridge) {
    return isGpuClass(bridge[1])
      ? { resource: `deviceclass/${bridge[1]}`, scope }
      : undefined;
  }
  if (!name.includes('/')) return undefined; // cpu, memory, pods, count/…
  if (isGpuResource(name) || isGpuQuotaResourceName(name)) {
    return { resource: name, scope };
  }
  return undefined;
}

/** The resource a ResourceQuota key limits, when it limits GPUs. */
export function gpuQuotaResource(key: string): string | undefined {
  return parseGpuQuotaKey(key)?.resource;
}

/** The GPU keys of one ResourceQuota, from its status (what the API server enforces). */
export function readQuotaResources(
  quota: CachedObject,
  isGpuClass: (name: string) => boolean = suiteDeviceClassRecognition,
): GpuQuotaResource[] {
  const status = (quota.status ?? {}) as {
    hard?: Record<string, unknown>;
    used?: Record<string, unknown>;
  };
  const spec = (quota.spec ?? {}) as { hard?: Record<string, unknown> };
  // A quota the controller has not reconciled yet has only spec.hard.
  const hard = status.hard ?? spec.hard ?? {};
  const out: GpuQuotaResource[] = [];
  for (const [key, value] of Object.entries(hard)) {
    const parsed = parseGpuQuotaKey(key, isGpuClass);
    if (!parsed) continue;
    const unit = gpuResourceUnit(parsed.resource);
    const read = !['bytes', 'MiB', 'GiB', 'percent'].includes(unit)
      ? (v: unknown) => (countProblem(v, key) ? undefined : count(v))
      : (v: unknown) => (v === undefined ? 0 : amount(v));
    const hardValue = read(value);
    const usedValue = read(status.used?.[key]);
    // Unreadable values are left out (the inspector reports them).
    if (hardValue === undefined || usedValue === undefined) continue;
    out.push({
      key,
      resource: parsed.resource,
      ...(parsed.scope ? { scope: parsed.scope } : {}),
      ...(unit !== 'gpus' && unit !== 'devices' ? { unit } : {}),
      hard: hardValue,
      used: usedValue,
    });
  }
  return out;
}

/** Namespace quota rows, one per namespace with quotas or GPU pods. */
export function namespaceQuotas(options: {
  cluster: string;
  quotas: ReadonlyArray<CachedObject>;
  teams: ReadonlyMap<string, string>;
  usage: ReadonlyMap<string, NamespaceUsage>;
  isGpuClass?: (name: string) => boolean;
}): NamespaceGpuQuota[] {
  const rows = new Map<string, NamespaceGpuQuota>();
  const row = (namespace: string) => {
    let r = rows.get(namespace);
    if (!r) {
      r = {
        cluster: options.cluster,
        namespace,
        team: options.teams.get(namespace),
        quotas: [],
        quotasWithoutGpuKeys: [],
        allocated: options.usage.get(namespace)?.allocated ?? {},
        pending: options.usage.get(namespace)?.pending ?? {},
      };
      rows.set(namespace, r);
    }
    return r;
  };
  for (const quota of options.quotas) {
    const namespace = quota.metadata.namespace ?? '';
    const resources = readQuotaResources(quota, options.isGpuClass);
    if (resources.length > 0) {
      row(namespace).quotas.push({ name: quota.metadata.name, resources });
    } else {
      row(namespace).quotasWithoutGpuKeys.push(quota.metadata.name);
    }
  }
  for (const namespace of options.usage.keys()) row(namespace);
  // Namespaces of no team and no GPU use are noise on a GPU page.
  return [...rows.values()]
    .filter(
      r =>
        r.team ||
        r.quotas.length > 0 ||
        Object.keys(r.allocated).length > 0 ||
        Object.keys(r.pending).length > 0,
    )
    .sort((a, b) => a.namespace.localeCompare(b.namespace));
}
