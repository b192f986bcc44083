import {
  GpuCounts,
  GpuPod,
  GpuPool,
  GpuProductSummary,
  GpuQueue,
  GpuTotals,
  gpuShare,
  ImplausibleGpuNode,
  NamespaceGpuQuota,
  TEAM_LABEL,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  CachedObject,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  gpuClassesOf,
  GpuDeviceClasses,
  IsGpuDeviceClass,
  suiteDeviceClassRecognition,
} from './deviceClasses';
import { DraDevice, readClaims, readDraDevices } from './dra';
import { isNodeAvailable, NodeGpus, NodePool, readNodeGpus } from './nodes';
import { podGpuRequests, podGpuState } from './pods';
import { namespaceQuotas } from './quotas';
import { readClusterQueue, readKaiQueue } from './queues';
import { teamRef } from './teams';

/** Kind ids of the watch caches this domain reads. */
export const GPU_KINDS = {
  node: 'core/Node',
  pod: 'core/Pod',
  namespace: 'core/Namespace',
  quota: 'core/ResourceQuota',
  slice: 'resource.k8s.io/ResourceSlice',
  claim: 'resource.k8s.io/ResourceClaim',
  clusterQueue: 'kueue.x-k8s.io/ClusterQueue',
  localQueue: 'kueue.x-k8s.io/LocalQueue',
  kaiQueue: 'scheduling.run.ai/Queue',
  deviceClass: 'resource.k8s.io/DeviceClass',
} as const;

/** A pool with the free units of each available node, for the capacity finder. */
export interface PoolWithNodes extends GpuPool {
  product: string;
  nodeFree: number[];
}

/** Everything the GPU domain derives from one cluster's caches. */
export interface ClusterGpuState {
  products: GpuProductSummary[];
  pools: PoolWithNodes[];
  pods: GpuPod[];
  quotas: NamespaceGpuQuota[];
  queues: GpuQueue[];
  /** Namespace → team entity ref. */
  teams: Map<string, string>;
  /** Labels of the GPU pods by `namespace/name`, for label selectors. */
  podLabels: Map<string, Record<string, string>>;
  /** Nodes whose GPU counts are not believed, left out of every figure. */
  implausibleNodes: ImplausibleGpuNode[];
}

const emptyCounts = (): GpuCounts => ({
  allocatable: 0,
  allocated: 0,
  free: 0,
});

function addCounts(target: GpuCounts, pool: GpuCounts) {
  target.allocatable += pool.allocatable;
  target.allocated += pool.allocated;
  target.free += pool.free;
}

/** Totals of a set of products and pods, by way of handing GPUs out. */
export function totalsOf(
  products: ReadonlyArray<GpuProductSummary>,
  pods: ReadonlyArray<GpuPod>,
): GpuTotals {
  const totals: GpuTotals = {
    physicalGpus: 0,
    wholeGpus: emptyCounts(),
    migSlices: emptyCounts(),
    sharedSlots: emptyCounts(),
    gpuEquivalents: emptyCounts(),
    pendingRequests: 0,
    pendingPods: 0,
  };
  for (const product of products) {
    totals.physicalGpus += product.physicalGpus;
    for (const pool of product.pools) {
      if (pool.gpuEquivalents)
        addCounts(totals.gpuEquivalents!, pool.gpuEquivalents);
      if (pool.kind === 'mig') addCounts(totals.migSlices, pool);
      else if (pool.kind === 'shared') addCounts(totals.sharedSlots, pool);
      else addCounts(totals.wholeGpus, pool);
    }
  }
  for (const pod of pods) {
    if (pod.holding) continue;
    totals.pendingPods++;
    totals.pendingRequests += Object.values(pod.gpus).reduce(
      (a, b) => a + b,
      0,
    );
  }
  return totals;
}

/** GPU units a namespace holds and waits for, by resource. */
export interface NamespaceUsage {
  allocated: Record<string, number>;
  pending: Record<string, number>;
}

interface PoolAccumulator extends PoolWithNodes {
  /** node → units allocated on it */
  allocatedOn: Map<string, number>;
}

/**
 * Builds the cluster's GPU state from its caches. Pure: the same lists give
 * the same answer. `deviceClasses` says which DRA device classes hand out
 * GPUs (the plugin's recognisers; the suite's own by default).
 */
export function computeClusterGpus(
  view: ClusterView,
  deviceClasses: IsGpuDeviceClass = suiteDeviceClassRecognition,
): ClusterGpuState {
  const cluster = view.name;
  const isGpuClass = gpuClassesOf(view, deviceClasses);
  const nodes = view.list(GPU_KINDS.node);
  const namespaces = view.list(GPU_KINDS.namespace);

  const teams = new Map<string, string>();
  for (const ns of namespaces) {
    const team = ns.metadata.labels?.[TEAM_LABEL];
    if (team) teams.set(ns.metadata.name, teamRef(team));
  }

  const nodeGpus = new Map<string, NodeGpus>();
  const nodeAvailable = new Map<string, boolean>();
  const implausibleNodes: ImplausibleGpuNode[] = [];
  for (const node of nodes) {
    nodeAvailable.set(node.metadata.name, isNodeAvailable(node));
    const gpus = readNodeGpus(node);
    if (!gpus) continue;
    if (gpus.implausible) {
      // Its counts are not believed: no capacity, no free GPUs, no finder.
      implausibleNodes.push({
        node: gpus.node,
        product: gpus.product,
        reason: gpus.implausible,
      });
      continue;
    }
    if (gpus.pools.length > 0) nodeGpus.set(gpus.node, gpus);
  }
  const classes = new GpuDeviceClasses(
    view.list(GPU_KINDS.deviceClass),
    isGpuClass,
  );
  const devices = readDraDevices(view.list(GPU_KINDS.slice), classes);
  const deviceByKey = new Map(devices.map(d => [d.key, d]));
  const claims = readClaims(
    view.list(GPU_KINDS.claim),
    new Set(deviceByKey.keys()),
    isGpuClass,
  );
  const allocatedDevices = new Set(claims.flatMap(c => c.devices));

  // DRA units per pod, from the claims reserved for (or owned by) it.
  const claimUnits = new Map<string, Record<string, number>>();
  for (const claim of claims) {
    for (const pod of claim.pods) {
      const key = `${claim.namespace}/${pod}`;
      const units = claimUnits.get(key) ?? {};
      for (const device of claim.devices) {
        const driver = deviceByKey.get(device)!.driver;
        units[driver] = (units[driver] ?? 0) + 1;
      }
      claimUnits.set(key, units);
    }
  }

  const usage = new Map<string, NamespaceUsage>();
  const use = (
    ns: string,
    into: keyof NamespaceUsage,
    units: Record<string, number>,
  ) => {
    let u = usage.get(ns);
    if (!u) usage.set(ns, (u = { allocated: {}, pending: {} }));
    for (const [resource, n] of Object.entries(units)) {
      if (n > 0) u[into][resource] = (u[into][resource] ?? 0) + n;
    }
  };
  const allocatedOnNode = new Map<string, Map<string, number>>();
  const pods: GpuPod[] = [];
  const podLabels = new Map<string, Record<string, string>>();
  for (const pod of view.list(GPU_KINDS.pod)) {
    const namespace = pod.metadata.namespace ?? '';
    const requested = podGpuRequests(pod);
    const dra = claimUnits.get(`${namespace}/${pod.metadata.name}`) ?? {};
    const gpus = { ...requested, ...dra };
    if (Object.keys(gpus).length === 0) continue;
    const state = podGpuState(pod);
    if (state === 'done') continue;
    const node = (pod.spec as { nodeName?: string }).nodeName;
    if (state === 'holding' && node) {
      const onNode = allocatedOnNode.get(node) ?? new Map<string, number>();
      for (const [resource, n] of Object.entries(requested)) {
        onNode.set(resource, (onNode.get(resource) ?? 0) + n);
      }
      allocatedOnNode.set(node, onNode);
      use(namespace, 'allocated', requested);
    } else {
      use(namespace, 'pending', requested);
    }
    podLabels.set(
      `${namespace}/${pod.metadata.name}`,
      pod.metadata.labels ?? {},
    );
    pods.push({
      cluster,
      namespace,
      name: pod.metadata.name,
      phase: (pod.status as { phase?: string })?.phase ?? 'Unknown',
      node,
      product: node
        ? nodeGpus.get(node)?.product ?? draProductOn(devices, node)
        : undefined,
      gpus,
      holding: state === 'holding',
    });
  }
  // DRA devices count for the namespace of the claim that holds them, once.
  for (const claim of claims) {
    const drivers: Record<string, number> = {};
    for (const device of claim.devices) {
      const driver = deviceByKey.get(device)!.driver;
      drivers[driver] = (drivers[driver] ?? 0) + 1;
    }
    use(claim.namespace, 'allocated', drivers);
    // A claim not allocated yet names a device class, not a driver.
    use(claim.namespace, 'pending', { 'dra-devices': claim.pending });
  }

  const pools = new Map<string, PoolAccumulator>();
  const pool = (
    key: string,
    init: () => Omit<PoolAccumulator, 'allocatedOn'>,
  ) => {
    let p = pools.get(key);
    if (!p) pools.set(key, (p = { ...init(), allocatedOn: new Map() }));
    return p;
  };
  for (const gpus of nodeGpus.values()) {
    for (const np of gpus.pools) {
      const p = pool(`${gpus.product}|${np.kind}|${np.resource}`, () => ({
        product: gpus.product,
        kind: np.kind,
        resource: np.resource,
        capacity: 0,
        allocatable: 0,
        allocated: 0,
        free: 0,
        nodes: 0,
        memoryMiB: np.memoryMiB,
        migProfile: np.migProfile,
        sharingStrategy: np.sharingStrategy,
        replicasPerGpu: np.replicasPerGpu,
        physicalGpus: np.physicalGpus === undefined ? undefined : 0,
        largestFreeOnNode: 0,
        unavailableNodes: 0,
        gpuShare: nodePoolShare(gpus.product, np),
        gpuEquivalents: emptyCounts(),
        nodeFree: [],
      }));
      const allocated = allocatedOnNode.get(gpus.node)?.get(np.resource) ?? 0;
      addEquivalents(
        p,
        nodePoolShare(gpus.product, np),
        np.allocatable,
        allocated,
        gpus.available,
      );
      p.capacity += np.capacity;
      p.allocatable += np.allocatable;
      p.allocated += allocated;
      p.nodes++;
      if (np.physicalGpus !== undefined) {
        p.physicalGpus = (p.physicalGpus ?? 0) + np.physicalGpus;
      }
      addNodeFree(p, gpus.available, np.allocatable - allocated);
    }
  }
  const draByNode = new Map<string, DraDevice[]>();
  for (const device of devices) {
    const key = device.node ?? '';
    draByNode.set(key, [...(draByNode.get(key) ?? []), device]);
  }
  for (const [node, nodeDevices] of draByNode) {
    const byPool = new Map<string, DraDevice[]>();
    for (const d of nodeDevices) {
      const key = `${d.product}|dra|${d.driver}`;
      byPool.set(key, [...(byPool.get(key) ?? []), d]);
    }
    for (const [key, group] of byPool) {
      const p = pool(key, () => ({
        product: group[0].product,
        kind: 'dra',
        resource: group[0].driver,
        capacity: 0,
        allocatable: 0,
        allocated: 0,
        free: 0,
        nodes: 0,
        memoryMiB: group[0].memoryMiB,
        largestFreeOnNode: 0,
        unavailableNodes: 0,
        gpuShare: gpuShare({ kind: 'dra', product: group[0].product }),
        gpuEquivalents: emptyCounts(),
        nodeFree: [],
      }));
      const allocated = group.filter(d => allocatedDevices.has(d.key)).length;
      addEquivalents(
        p,
        gpuShare({ kind: 'dra', product: group[0].product }),
        group.length,
        allocated,
        node ? nodeAvailable.get(node) ?? true : true,
      );
      p.capacity += group.length;
      p.allocatable += group.length;
      p.allocated += allocated;
      p.nodes++;
      // Devices not bound to one node (network-attached) are available where the driver says.
      addNodeFree(
        p,
        node ? nodeAvailable.get(node) ?? true : true,
        group.length - allocated,
      );
    }
  }

  const poolList: PoolWithNodes[] = [...pools.values()].map(
    ({ allocatedOn: _unused, ...p }) => p,
  );
  return {
    products: summarizeProducts(poolList, nodeGpus, draByNode),
    pools: poolList,
    pods,
    quotas: namespaceQuotas({
      cluster,
      quotas: view.list(GPU_KINDS.quota),
      teams,
      usage,
      isGpuClass,
    }),
    queues: [
      ...view
        .list(GPU_KINDS.clusterQueue)
        .map(q =>
          readClusterQueue(
            cluster,
            q,
            namespaces,
            view.list(GPU_KINDS.localQueue),
            isGpuClass,
          ),
        ),
      ...view
        .list(GPU_KINDS.kaiQueue)
        .map(q => readKaiQueue(cluster, q, namespaces)),
    ].filter((q): q is GpuQueue => Boolean(q)),
    teams,
    podLabels,
    implausibleNodes,
  };
}

/** The share of one unit of a node's pool (a MIG slice, a shared slot, a GPU). */
export function nodePoolShare(
  product: string,
  np: Pick<NodePool, 'kind' | 'migProfile' | 'replicasPerGpu'>,
): number {
  return gpuShare({ ...np, product });
}

/** Adds one node's part of a pool in physical GPUs; free only on available nodes, as for units. */
function addEquivalents(
  p: PoolWithNodes,
  share: number,
  allocatable: number,
  allocated: number,
  available: boolean,
) {
  const eq = p.gpuEquivalents!;
  eq.allocatable += allocatable * share;
  eq.allocated += allocated * share;
  if (available) eq.free += Math.max(0, allocatable - allocated) * share;
}

function addNodeFree(p: PoolWithNodes, available: boolean, free: number) {
  if (!available) {
    p.unavailableNodes++;
    return;
  }
  const f = Math.max(0, free);
  p.free += f;
  p.nodeFree.push(f);
  p.largestFreeOnNode = Math.max(p.largestFreeOnNode, f);
}

function draProductOn(devices: DraDevice[], node: string): string | undefined {
  return devices.find(d => d.node === node)?.product;
}

/**
 * Products with their physical GPUs. A node's GPUs are counted once: from
 * GFD's count for device-plugin nodes, from published devices for DRA nodes,
 * and the larger of the two if a node somehow has both.
 */
function summarizeProducts(
  pools: PoolWithNodes[],
  nodeGpus: Map<string, NodeGpus>,
  draByNode: Map<string, DraDevice[]>,
): GpuProductSummary[] {
  const physical = new Map<string, Map<string, number>>();
  const add = (product: string, node: string, n: number) => {
    const perNode = physical.get(product) ?? new Map<string, number>();
    perNode.set(node, Math.max(perNode.get(node) ?? 0, n));
    physical.set(product, perNode);
  };
  for (const gpus of nodeGpus.values())
    add(gpus.product, gpus.node, gpus.physicalGpus);
  for (const [node, devices] of draByNode) {
    const perProduct = new Map<string, number>();
    for (const d of devices)
      perProduct.set(d.product, (perProduct.get(d.product) ?? 0) + 1);
    for (const [product, n] of perProduct)
      add(product, node || `(${product})`, n);
  }
  const products = [...new Set(pools.map(p => p.product))].sort();
  return products.map(product => {
    const own = pools.filter(p => p.product === product);
    const nodeInfo = [...nodeGpus.values()].find(n => n.product === product);
    const perNode = physical.get(product) ?? new Map();
    return {
      product,
      memoryMiB:
        nodeInfo?.memoryMiB ??
        own.find(p => p.kind !== 'mig' && p.memoryMiB)?.memoryMiB,
      family: nodeInfo?.family,
      physicalGpus: [...perNode.values()].reduce((a, b) => a + b, 0),
      nodes: perNode.size,
      pools: own
        .map(({ product: _p, nodeFree: _n, ...rest }) => rest)
        .sort(comparePools),
    };
  });
}

const KIND_ORDER = { whole: 0, dra: 1, shared: 2, mig: 3 } as const;

function comparePools(a: GpuPool, b: GpuPool): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    a.resource.localeCompare(b.resource)
  );
}

/** Memoises a cluster's state on the identity of its cached lists, which change only when the cache does. */
export class ClusterGpuMemo {
  constructor(
    private readonly deviceClasses: IsGpuDeviceClass = suiteDeviceClassRecognition,
  ) {}

  private readonly entries = new WeakMap<
    ReadonlyArray<CachedObject>,
    {
      cluster: string;
      lists: ReadonlyArray<CachedObject>[];
      state: ClusterGpuState;
    }
  >();

  get(view: ClusterView): ClusterGpuState {
    const lists = Object.values(GPU_KINDS).map(kind => view.list(kind));
    const pods = lists[1];
    const hit = this.entries.get(pods);
    if (
      hit &&
      hit.cluster === view.name &&
      hit.lists.every((list, i) => list === lists[i])
    ) {
      return hit.state;
    }
    const state = computeClusterGpus(view, this.deviceClasses);
    this.entries.set(pods, { cluster: view.name, lists, state });
    return state;
  }
}
