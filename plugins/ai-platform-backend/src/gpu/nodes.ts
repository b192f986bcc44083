import type { GpuPoolKind } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { count, mebibytes } from './quantities';
import { parseGpuResource } from './resources';

/** GPU Feature Discovery and device plugin labels (NVIDIA/k8s-device-plugin). */
const GFD = {
  product: 'nvidia.com/gpu.product',
  count: 'nvidia.com/gpu.count',
  memory: 'nvidia.com/gpu.memory',
  family: 'nvidia.com/gpu.family',
  replicas: 'nvidia.com/gpu.replicas',
  sharingStrategy: 'nvidia.com/gpu.sharing-strategy',
  migMemory: (profile: string) => `nvidia.com/mig-${profile}.memory`,
};

/** Products whose name is unknown (no GPU Feature Discovery on the node). */
export const UNKNOWN_PRODUCT = 'unknown';

/** One GPU resource as one node offers it. */
export interface NodePool {
  kind: GpuPoolKind;
  resource: string;
  capacity: number;
  allocatable: number;
  memoryMiB?: number;
  migProfile?: string;
  sharingStrategy?: string;
  replicasPerGpu?: number;
  /** Physical GPUs behind a shared pool. */
  physicalGpus?: number;
}

/** The GPUs of one node, read from its labels, capacity and allocatable. */
export interface NodeGpus {
  node: string;
  product: string;
  family?: string;
  memoryMiB?: number;
  /** Physical GPUs the device plugin manages on the node. */
  physicalGpus: number;
  pools: NodePool[];
  /** Schedulable and Ready: only available nodes have free GPUs. */
  available: boolean;
}

/**
 * DRA and GFD name products differently ("NVIDIA H100 80GB HBM3" and
 * "NVIDIA-H100-80GB-HBM3"); GFD's form is the common key. A `-SHARED` suffix
 * (time-slicing or MPS) names the same hardware.
 */
export function normalizeProduct(name: string | undefined): string {
  if (!name) return UNKNOWN_PRODUCT;
  return name
    .trim()
    .replace(/\s+/g, '-')
    .replace(/-SHARED$/, '');
}

function isAvailable(node: CachedObject): boolean {
  const spec = node.spec as { unschedulable?: boolean } | undefined;
  const conditions = (node.status?.conditions ?? []) as Array<{
    type: string;
    status: string;
  }>;
  const ready = conditions.find(c => c.type === 'Ready');
  return !spec?.unschedulable && ready?.status === 'True';
}

function sharing(labels: Record<string, string>) {
  const strategy = labels[GFD.sharingStrategy];
  const replicas = count(labels[GFD.replicas]) || 1;
  return strategy === 'time-slicing' || strategy === 'mps'
    ? { strategy, replicas }
    : undefined;
}

/**
 * The GPU pools of a node, or undefined if it has none. MIG slices, shared
 * slots and whole GPUs stay separate pools so that a slot is never counted
 * as a GPU; the node's physical GPUs are counted once, from GFD's
 * `nvidia.com/gpu.count` where present.
 */
export function readNodeGpus(node: CachedObject): NodeGpus | undefined {
  const labels = node.metadata.labels ?? {};
  const capacity = (node.status?.capacity ?? {}) as Record<string, unknown>;
  const allocatable = (node.status?.allocatable ?? {}) as Record<
    string,
    unknown
  >;
  const rawProduct = labels[GFD.product];
  // MIG "single" strategy: every GPU is split the same way and the slices are
  // advertised as nvidia.com/gpu, with the profile in the product name.
  const single = /^(.*)-MIG-(\d+g\.\d+gb)$/.exec(rawProduct ?? '');
  const product = normalizeProduct(single ? single[1] : rawProduct);
  const shared = sharing(labels);
  const gpuMemory = count(labels[GFD.memory]) || undefined;

  const pools: NodePool[] = [];
  let derivedPhysical = 0;
  const names = new Set([
    ...Object.keys(capacity),
    ...Object.keys(allocatable),
  ]);
  for (const name of names) {
    const parsed = parseGpuResource(name);
    if (!parsed) continue;
    const cap = count(capacity[name]);
    const alloc = count(allocatable[name] ?? capacity[name]);
    if (cap === 0 && alloc === 0) continue;
    const base = { resource: name, capacity: cap, allocatable: alloc };
    if (parsed.type === 'mig' || single) {
      const profile = parsed.type === 'mig' ? parsed.profile : single![2];
      pools.push({
        ...base,
        kind: 'mig',
        migProfile: profile,
        memoryMiB:
          count(labels[GFD.migMemory(profile)]) ||
          (single ? gpuMemory : undefined),
      });
    } else if (parsed.type === 'shared' || shared) {
      const replicas = shared?.replicas ?? 1;
      const physical = Math.ceil(cap / replicas);
      derivedPhysical += physical;
      pools.push({
        ...base,
        kind: 'shared',
        memoryMiB: gpuMemory,
        sharingStrategy: shared?.strategy ?? 'time-slicing',
        replicasPerGpu: replicas,
        physicalGpus: physical,
      });
    } else {
      derivedPhysical += cap;
      pools.push({ ...base, kind: 'whole', memoryMiB: gpuMemory });
    }
  }
  if (pools.length === 0) return undefined;
  return {
    node: node.metadata.name,
    product,
    family: labels[GFD.family],
    memoryMiB: gpuMemory,
    physicalGpus: count(labels[GFD.count]) || derivedPhysical,
    pools,
    available: isAvailable(node),
  };
}

/** Whether a node is schedulable and Ready, for nodes without device-plugin GPUs (DRA). */
export { isAvailable as isNodeAvailable };

/** The raw memory quantity of a DRA device capacity, in MiB. */
export function deviceMemoryMiB(value: unknown): number | undefined {
  const mib = mebibytes(value);
  return mib === undefined ? undefined : Math.round(mib);
}
