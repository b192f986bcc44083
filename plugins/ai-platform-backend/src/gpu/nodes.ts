import type { GpuPoolKind } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { count, countProblem, mebibytes } from './quantities';
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
  /** Fields that could not be read (each names the field); those resources are left out. */
  problems: string[];
  /**
   * Why the node's GPU figures are not believed (they disagree with GPU
   * Feature Discovery's count, or no node could hold that many); such a node
   * is left out of capacity, free GPUs and the finder.
   */
  implausible?: string;
}

/**
 * Most physical GPUs one node is believed to hold when GPU Feature Discovery
 * does not count them: the largest servers hold 8 to 16; 64 leaves room.
 */
export const MAX_GPUS_PER_NODE = 64;
/** Most MIG instances one GPU can be split into (A100/H100: 7). */
export const MAX_MIG_PER_GPU = 7;

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
  const replicas = Math.max(1, count(labels[GFD.replicas]));
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

  const problems: string[] = [];
  for (const label of [GFD.count, GFD.replicas, GFD.memory]) {
    const problem = countProblem(labels[label], `label ${label}`);
    if (problem) problems.push(problem);
  }
  const pools: NodePool[] = [];
  let derivedPhysical = 0;
  const names = new Set([
    ...Object.keys(capacity),
    ...Object.keys(allocatable),
  ]);
  for (const name of names) {
    const parsed = parseGpuResource(name);
    if (!parsed) continue;
    const fieldProblems = [
      countProblem(capacity[name], `status.capacity['${name}']`),
      countProblem(allocatable[name], `status.allocatable['${name}']`),
    ].filter((p): p is string => Boolean(p));
    if (fieldProblems.length > 0) {
      problems.push(...fieldProblems.map(p => `${p}; ${name} not counted`));
      continue;
    }
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
  if (pools.length === 0 && problems.length === 0) return undefined;
  const gfdCount =
    labels[GFD.count] !== undefined && !countProblem(labels[GFD.count], '')
      ? count(labels[GFD.count])
      : undefined;
  return {
    node: node.metadata.name,
    product,
    family: labels[GFD.family],
    memoryMiB: gpuMemory,
    physicalGpus: gfdCount || derivedPhysical,
    pools,
    available: isAvailable(node),
    problems,
    implausible: implausibility(pools, gfdCount, Boolean(single)),
  };
}

/**
 * Why a node's advertised GPU counts cannot be true, or undefined. With GPU
 * Feature Discovery's `nvidia.com/gpu.count` the NVIDIA pools may not exceed
 * it (times the sharing replicas, or the MIG instances a GPU can hold);
 * without it, no pool may stand for more than {@link MAX_GPUS_PER_NODE}
 * physical GPUs.
 */
function implausibility(
  pools: NodePool[],
  gfdCount: number | undefined,
  migSingle: boolean,
): string | undefined {
  for (const pool of pools) {
    const units = Math.max(pool.capacity, pool.allocatable);
    let perGpu = 1;
    let what = 'GPUs';
    if (pool.kind === 'mig') {
      perGpu = MAX_MIG_PER_GPU;
      what = `MIG instances (at most ${MAX_MIG_PER_GPU} per GPU)`;
    } else if (pool.kind === 'shared') {
      perGpu = pool.replicasPerGpu ?? 1;
      what = `shared slots (${perGpu} per GPU)`;
    }
    if (gfdCount !== undefined && pool.resource.startsWith('nvidia.com/')) {
      const limit = gfdCount * perGpu;
      if (units > limit) {
        return `${
          pool.resource
        } advertises ${units} ${what}, but GPU Feature Discovery counts ${gfdCount} GPU${
          gfdCount === 1 ? '' : 's'
        } (label nvidia.com/gpu.count${
          perGpu > 1 ? `, so at most ${limit}` : ''
        })${migSingle ? ' in MIG single strategy' : ''}`;
      }
    } else if (units > MAX_GPUS_PER_NODE * perGpu) {
      return `${pool.resource} advertises ${units} ${what}, more than ${
        MAX_GPUS_PER_NODE * perGpu
      } (${MAX_GPUS_PER_NODE} GPUs per node), and no GPU Feature Discovery count confirms it`;
    }
  }
  return undefined;
}

/** Why a node's GPU fields cannot be used: unreadable fields and implausible counts. */
export function inspectNodeGpus(node: CachedObject): string[] {
  const gpus = readNodeGpus(node);
  if (!gpus) return [];
  return [
    ...gpus.problems,
    ...(gpus.implausible
      ? [
          `implausible GPU count, left out of capacity and the finder: ${gpus.implausible}`,
        ]
      : []),
  ];
}

/** Whether a node is schedulable and Ready, for nodes without device-plugin GPUs (DRA). */
export { isAvailable as isNodeAvailable };

/** The raw memory quantity of a DRA device capacity, in MiB. */
export function deviceMemoryMiB(value: unknown): number | undefined {
  const mib = mebibytes(value);
  return mib === undefined ? undefined : Math.round(mib);
}
