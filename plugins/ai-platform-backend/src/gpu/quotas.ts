import type {
  GpuQuotaResource,
  NamespaceGpuQuota,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { NamespaceUsage } from './clusterGpus';
import type { IsGpuDeviceClass } from './deviceClasses';
import { count } from './quantities';
import { isGpuResource } from './resources';

/**
 * What a ResourceQuota key limits, when it limits GPUs (kubernetes.io
 * resource-quotas doc): `requests.<gpu resource>` for device plugins,
 * `<class>.deviceclass.resource.k8s.io/devices` for DRA, and the DRA
 * extended-resource bridge `requests.deviceclass.resource.kubernetes.io/<class>`.
 */
export function gpuQuotaResource(
  key: string,
  isGpuClass: IsGpuDeviceClass,
): string | undefined {
  const dra = /^(.+)\.deviceclass\.resource\.k8s\.io\/devices$/.exec(key);
  if (dra) return isGpuClass(dra[1]) ? `deviceclass/${dra[1]}` : undefined;
  const bridge = /^requests\.deviceclass\.resource\.kubernetes\.io\/(.+)$/.exec(
    key,
  );
  if (bridge)
    return isGpuClass(bridge[1]) ? `deviceclass/${bridge[1]}` : undefined;
  if (key.startsWith('requests.') && isGpuResource(key.slice(9))) {
    return key.slice(9);
  }
  return undefined;
}

/** The GPU keys of one ResourceQuota, from its status (what the API server enforces). */
export function readQuotaResources(
  quota: CachedObject,
  isGpuClass: IsGpuDeviceClass,
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
    const resource = gpuQuotaResource(key, isGpuClass);
    if (!resource) continue;
    out.push({
      key,
      resource,
      hard: count(value),
      used: count(status.used?.[key]),
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
  isGpuClass: IsGpuDeviceClass;
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
