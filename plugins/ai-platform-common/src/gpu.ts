import type { GpuResourceUnit } from './gpuResources';
import type { ClusterHealth } from './clusters';

/**
 * How a pool of GPU capacity is handed out.
 *
 * - `whole`: whole GPUs through the device plugin (`nvidia.com/gpu`).
 * - `mig`: MIG slices of one profile (`nvidia.com/mig-<g>g.<mem>gb`).
 * - `shared`: time-sliced or MPS replicas of GPUs; one unit is a slot, and
 *   several slots share one physical GPU.
 * - `dra`: devices published in DRA `ResourceSlice`s and allocated through
 *   `ResourceClaim`s.
 *
 * @public
 */
export type GpuPoolKind = 'whole' | 'mig' | 'shared' | 'dra';

/**
 * Allocatable, allocated and free units of a pool or a total. Units are those
 * of the pool (GPUs, MIG slices, shared slots, DRA devices).
 *
 * @public
 */
export interface GpuCounts {
  allocatable: number;
  allocated: number;
  free: number;
}

/**
 * One pool of GPU capacity of one product in one cluster: a resource name on
 * the nodes, or a DRA driver's devices.
 *
 * @public
 */
export interface GpuPool extends GpuCounts {
  kind: GpuPoolKind;
  /** `nvidia.com/gpu`, `nvidia.com/mig-1g.10gb`, or the DRA driver (`gpu.nvidia.com`). */
  resource: string;
  /** Node capacity of the resource (for DRA, the devices published). */
  capacity: number;
  /** Nodes that offer this pool. */
  nodes: number;
  /** Memory of one unit in MiB, when known (a whole GPU, a MIG slice; for a shared slot, the whole GPU's). */
  memoryMiB?: number;
  /** `1g.10gb` for a MIG pool. */
  migProfile?: string;
  /** `time-slicing` or `mps` for a shared pool. */
  sharingStrategy?: string;
  /** Slots per physical GPU for a shared pool. */
  replicasPerGpu?: number;
  /** Physical GPUs behind the pool, when the pool's units are not GPUs themselves (shared slots). */
  physicalGpus?: number;
  /** The most free units any one node of the pool has. */
  largestFreeOnNode: number;
  /** Nodes excluded from free capacity because they are cordoned or not Ready. */
  unavailableNodes: number;
  /**
   * Physical GPUs one unit is worth (`gpuShare`): 1 for a whole GPU, 3/7
   * for a `3g.40gb` slice, 1/4 for a slot of a GPU shared four ways. Where
   * nodes of the pool differ, the first node's; `gpuEquivalents` adds each
   * node's own.
   */
  gpuShare?: number;
  /**
   * The pool's units in physical GPUs (each node's units × its share): what
   * the cost recorder prices, figure for figure.
   */
  gpuEquivalents?: GpuCounts;
}

/**
 * The GPUs of one product (e.g. `NVIDIA-H100-80GB-HBM3`) in one cluster.
 *
 * @public
 */
export interface GpuProductSummary {
  /** GPU Feature Discovery's product name; DRA product names are normalised to it. */
  product: string;
  /** Memory of one GPU in MiB, when known. */
  memoryMiB?: number;
  /** e.g. `hopper`, `ampere`. */
  family?: string;
  /** Physical GPUs, each counted once however it is exposed (whole, MIG, shared, DRA). */
  physicalGpus: number;
  nodes: number;
  pools: GpuPool[];
}

/**
 * Totals over products or clusters, per way of handing GPUs out, so that a
 * slot or a slice is never added to a whole GPU.
 *
 * @public
 */
export interface GpuTotals {
  /** Physical GPUs, each counted once. */
  physicalGpus: number;
  /** Whole GPUs: device plugin `nvidia.com/gpu` without sharing, and DRA devices. */
  wholeGpus: GpuCounts;
  /** MIG slices of every profile. */
  migSlices: GpuCounts;
  /** Time-sliced or MPS slots. */
  sharedSlots: GpuCounts;
  /** Every pool in physical GPUs (slices and slots as their share), so they can be added. */
  gpuEquivalents?: GpuCounts;
  /** GPUs (in any unit) asked for by pods that are not scheduled yet. */
  pendingRequests: number;
  /** Pods waiting for GPUs. */
  pendingPods: number;
}

/**
 * The GPUs of one cluster.
 *
 * @public
 */
export interface ClusterGpus {
  cluster: string;
  title?: string;
  /** Sovereignty and other labels of the cluster. */
  labels: Record<string, string>;
  health: ClusterHealth;
  products: GpuProductSummary[];
  totals: GpuTotals;
  /**
   * Nodes whose advertised GPU counts are not believed (they disagree with
   * GPU Feature Discovery, or no node holds that many): left out of
   * products, totals and the capacity finder. Absent when there are none.
   */
  implausibleNodes?: ImplausibleGpuNode[];
}

/**
 * A node whose GPU figures are not believed, and why.
 *
 * @public
 */
export interface ImplausibleGpuNode {
  node: string;
  product: string;
  /** A sentence naming the resource, its value and what it disagrees with. */
  reason: string;
}

/**
 * A GPU key of a ResourceQuota, read from its status.
 *
 * @public
 */
export interface GpuQuotaResource {
  /** The quota key, e.g. `requests.nvidia.com/gpu`, `gpu.nvidia.com.deviceclass.resource.k8s.io/devices`. */
  key: string;
  /** What it limits: `nvidia.com/gpu`, `nvidia.com/mig-1g.10gb`, or `deviceclass/gpu.nvidia.com`. */
  resource: string;
  /** `requests`, `limits` or none (a bare key); DRA device-class keys have none. */
  scope?: 'requests' | 'limits';
  /** The unit of `hard` and `used` (absent: whole GPUs or devices as the resource says). */
  unit?: GpuResourceUnit;
  hard: number;
  used: number;
}

/**
 * GPU quota of one namespace in one cluster, and the team that owns it.
 *
 * @public
 */
export interface NamespaceGpuQuota {
  cluster: string;
  namespace: string;
  /** Entity ref of the owning catalog Group, from the namespace's `ai-platform.io/team` label. */
  team?: string;
  /** ResourceQuotas of the namespace with at least one GPU key. */
  quotas: Array<{ name: string; resources: GpuQuotaResource[] }>;
  /** Names of ResourceQuotas in the namespace that limit no GPU resource. */
  quotasWithoutGpuKeys: string[];
  /**
   * GPU units the namespace holds, by resource (`nvidia.com/gpu`, a MIG
   * profile, or a DRA driver such as `gpu.nvidia.com`); units of different
   * resources are never added together.
   */
  allocated: Record<string, number>;
  /** GPU units asked for by the namespace's pods and claims that are not scheduled yet, by resource. */
  pending: Record<string, number>;
}

/**
 * The GPU quota of a Kueue ClusterQueue flavour or a KAI queue.
 *
 * @public
 */
export interface GpuQueueQuota {
  /** Kueue flavour name; absent for KAI. */
  flavor?: string;
  resource: string;
  /** The unit of the figures (absent: whole GPUs). */
  unit?: GpuResourceUnit;
  /** Kueue `nominalQuota`; KAI `quota`. Absent when unlimited. */
  nominal?: number;
  /** Kueue `borrowingLimit`; absent when unlimited or not in a cohort. */
  borrowingLimit?: number;
  /** Kueue `lendingLimit`. */
  lendingLimit?: number;
  /** KAI `limit`; absent when unlimited. */
  limit?: number;
  /** Kueue usage total; KAI `status.allocated`. */
  used: number;
  /** Kueue: the part of `used` borrowed from the cohort. */
  borrowed?: number;
  /** KAI: GPUs requested by the queue's jobs. */
  requested?: number;
}

/**
 * A scheduling queue with a GPU quota: a Kueue ClusterQueue or a KAI Queue.
 *
 * @public
 */
export interface GpuQueue {
  cluster: string;
  scheduler: 'kueue' | 'kai';
  name: string;
  /** Entity ref of the owning Group, from the queue's team label or the namespaces it admits. */
  team?: string;
  /** Kueue cohort, or KAI parent queue. */
  parent?: string;
  /** Namespaces whose workloads the queue admits (Kueue: its namespace selector). */
  namespaces: string[];
  quotas: GpuQueueQuota[];
  pendingWorkloads?: number;
  admittedWorkloads?: number;
}

/**
 * Values a GPU view can be filtered by, drawn from the data itself.
 *
 * @public
 */
export interface GpuFilterOptions {
  jurisdictions: string[];
  products: string[];
  teams: string[];
}

/**
 * Filters of `GET /gpu/overview`; every one optional.
 *
 * @public
 */
export interface GpuOverviewFilter {
  cluster?: string;
  jurisdiction?: string;
  product?: string;
  /** Entity ref or name of a Group. */
  team?: string;
}

/**
 * The answer of `GET /gpu/overview`: every cluster's GPUs, quotas and queues.
 *
 * @public
 */
export interface GpuOverview {
  generatedAt: string;
  clusters: ClusterGpus[];
  quotas: NamespaceGpuQuota[];
  queues: GpuQueue[];
  totals: GpuTotals;
  filterOptions: GpuFilterOptions;
}

/**
 * The answer of `GET /gpu/teams/:team`: a team's quotas, queues and usage
 * across clusters.
 *
 * @public
 */
export interface TeamGpuUsage {
  /** Entity ref of the Group. */
  team: string;
  quotas: NamespaceGpuQuota[];
  queues: GpuQueue[];
  /** Health of each cluster the team has a namespace or queue on. */
  clusters: Array<{ cluster: string; title?: string; health: ClusterHealth }>;
}

/**
 * A pod that holds or waits for GPUs.
 *
 * @public
 */
export interface GpuPod {
  cluster: string;
  namespace: string;
  name: string;
  phase: string;
  node?: string;
  product?: string;
  /** GPU units by resource (`nvidia.com/gpu`, MIG profiles, DRA driver). */
  gpus: Record<string, number>;
  /** Whether the GPUs are held (scheduled and not terminated) or only asked for. */
  holding: boolean;
}

/**
 * The answer of `GET /gpu/workloads`: the GPU pods matching a label selector.
 *
 * @public
 */
export interface WorkloadGpus {
  selector: string;
  pods: GpuPod[];
  /** Held GPU units by resource, over all pods. */
  held: Record<string, number>;
  /** Asked-for but unscheduled GPU units by resource. */
  pending: Record<string, number>;
  clusters: Array<{ cluster: string; health: ClusterHealth }>;
}

/**
 * A question to the capacity finder: where can this run now?
 *
 * @public
 */
export interface CapacityRequest {
  /** Whole GPUs wanted (1 to 512). */
  gpus: number;
  /** A GPU product, e.g. `NVIDIA-H100-80GB-HBM3`; matched case-insensitively, spaces or dashes. */
  product?: string;
  /** Minimum memory per GPU in GiB. */
  minMemoryGiB?: number;
  /** ISO 3166-1 alpha-2 code, or `EU` for any EU member state. */
  jurisdiction?: string;
  /** Data classification the workload handles, checked with the sovereignty rules. */
  classification?: string;
  /** Group entity ref or name: quota headroom is read in this team's namespaces. */
  team?: string;
  /** Whether all GPUs must be on one node (default), or may be spread over nodes. */
  placement?: 'single-node' | 'spread';
}

/**
 * Why a cluster or namespace is not a candidate.
 *
 * @public
 */
export type CapacityExclusionReason =
  | 'stale'
  | 'jurisdiction'
  | 'sovereignty'
  | 'product'
  | 'memory'
  | 'capacity'
  | 'fragmented'
  | 'no-namespace'
  | 'quota';

/**
 * A place where the request fits now.
 *
 * @public
 */
export interface CapacityCandidate {
  cluster: string;
  clusterTitle?: string;
  jurisdiction?: string;
  /** The team namespace whose quota was checked, when a team was given. */
  namespace?: string;
  product: string;
  memoryMiB?: number;
  /** `whole` or `dra`. */
  kind: GpuPoolKind;
  resource: string;
  /** Free GPUs of the product in the cluster. */
  freeGpus: number;
  /** The most free GPUs on one node. */
  largestFreeOnNode: number;
  /** Quota headroom in the namespace; absent when no quota limits GPUs there. */
  quotaHeadroom?: number;
  /** Sentences saying why it fits. */
  reasons: string[];
}

/**
 * A place the finder looked at and rejected.
 *
 * @public
 */
export interface CapacityExclusion {
  cluster: string;
  namespace?: string;
  product?: string;
  reason: CapacityExclusionReason;
  /** A sentence with the figures that rule it out. */
  message: string;
}

/**
 * The answer of the capacity finder: candidates best first, and every
 * exclusion with its reason.
 *
 * @public
 */
export interface CapacityResult {
  request: CapacityRequest;
  candidates: CapacityCandidate[];
  excluded: CapacityExclusion[];
}
