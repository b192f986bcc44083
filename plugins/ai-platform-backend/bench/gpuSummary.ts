/**
 * The cluster-wide GPU summary the benchmark reads. It takes plain
 * Kubernetes-shaped objects, so the same function summarises the compact
 * projections of the watch caches and the full objects of a live list.
 */

const GPU = 'nvidia.com/gpu';

/** The fields of a node the summary reads; cached projections and full objects both have them. */
export interface NodeLike {
  status?: { allocatable?: Record<string, unknown> } & Record<string, any>;
}

interface ContainerLike {
  resources?: {
    requests?: Record<string, unknown>;
    limits?: Record<string, unknown>;
  };
}

/** The fields of a pod the summary reads. */
export interface PodLike {
  spec?: {
    nodeName?: string;
    containers?: ContainerLike[];
    initContainers?: ContainerLike[];
  } & Record<string, any>;
  status?: { phase?: string } & Record<string, any>;
}

export interface ClusterGpuSummary {
  cluster: string;
  nodes: number;
  gpuNodes: number;
  pods: number;
  /** Pods that hold GPUs: Running, or Pending and already bound to a node. */
  gpuPods: number;
  allocatable: number;
  allocated: number;
  free: number;
}

export interface GpuSummary {
  clusters: ClusterGpuSummary[];
  totals: Omit<ClusterGpuSummary, 'cluster'>;
}

/** A GPU count: extended resources are whole numbers ("8", or 8). */
function count(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value === '') return 0;
  const n = Number(value);
  return Number.isFinite(n) ? n : 0;
}

/** GPUs of one container: its request, or its limit (requests default to limits for extended resources). */
function containerGpus(container: ContainerLike): number {
  const resources = container.resources;
  if (!resources) return 0;
  const request = resources.requests?.[GPU];
  return count(request !== undefined ? request : resources.limits?.[GPU]);
}

/**
 * GPUs a pod holds, as the scheduler counts them: the sum over its
 * containers, or the largest init container if that is more.
 */
export function podGpus(pod: PodLike): number {
  let sum = 0;
  for (const c of pod.spec?.containers ?? []) sum += containerGpus(c);
  let init = 0;
  for (const c of pod.spec?.initContainers ?? [])
    init = Math.max(init, containerGpus(c));
  return Math.max(sum, init);
}

/** Running pods, and Pending pods already bound to a node, hold their GPUs. */
function holdsGpus(pod: PodLike): boolean {
  const phase = pod.status?.phase;
  return (
    phase === 'Running' || (phase === 'Pending' && Boolean(pod.spec?.nodeName))
  );
}

export function summariseCluster(
  cluster: string,
  nodes: ReadonlyArray<NodeLike>,
  pods: ReadonlyArray<PodLike>,
): ClusterGpuSummary {
  let allocatable = 0;
  let gpuNodes = 0;
  for (const node of nodes) {
    const gpus = count(node.status?.allocatable?.[GPU]);
    if (gpus > 0) gpuNodes++;
    allocatable += gpus;
  }
  let allocated = 0;
  let gpuPods = 0;
  for (const pod of pods) {
    if (!holdsGpus(pod)) continue;
    const gpus = podGpus(pod);
    if (gpus > 0) {
      gpuPods++;
      allocated += gpus;
    }
  }
  return {
    cluster,
    nodes: nodes.length,
    gpuNodes,
    pods: pods.length,
    gpuPods,
    allocatable,
    allocated,
    free: allocatable - allocated,
  };
}

/** The summary of every cluster, and the grand totals. */
export function summarise(
  clusters: ReadonlyArray<{
    name: string;
    nodes: ReadonlyArray<NodeLike>;
    pods: ReadonlyArray<PodLike>;
  }>,
): GpuSummary {
  const rows = clusters.map(c => summariseCluster(c.name, c.nodes, c.pods));
  const totals = {
    nodes: 0,
    gpuNodes: 0,
    pods: 0,
    gpuPods: 0,
    allocatable: 0,
    allocated: 0,
    free: 0,
  };
  for (const row of rows) {
    totals.nodes += row.nodes;
    totals.gpuNodes += row.gpuNodes;
    totals.pods += row.pods;
    totals.gpuPods += row.gpuPods;
    totals.allocatable += row.allocatable;
    totals.allocated += row.allocated;
    totals.free += row.free;
  }
  return { clusters: rows, totals };
}
