/*
 * GPU answers of the AI Platform backend for tests, with the figures of the
 * demo clusters in examples/clusters/README.md ("Expected figures").
 */
import type {
  CapacityResult,
  ClusterGpus,
  ClusterHealth,
  GpuOverview,
  GpuQueue,
  GpuTotals,
  NamespaceGpuQuota,
  TeamGpuUsage,
  WorkloadGpus,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { DateTime } from 'luxon';

export const minutesAgo = (minutes: number) =>
  DateTime.now().minus({ minutes }).toISO()!;

export const H100 = 'NVIDIA-H100-80GB-HBM3';
export const A100 = 'NVIDIA-A100-SXM4-80GB';
export const L40S = 'NVIDIA-L40S';

const zero = { allocatable: 0, allocated: 0, free: 0 };

const totals = (t: Partial<GpuTotals>): GpuTotals => ({
  physicalGpus: 0,
  wholeGpus: zero,
  migSlices: zero,
  sharedSlots: zero,
  pendingRequests: 0,
  pendingPods: 0,
  ...t,
});

const synced = (): ClusterHealth => ({
  state: 'synced',
  syncedAt: minutesAgo(60),
  lastEventAt: minutesAgo(1),
});

export const PAR_ERROR =
  'Watch of core/Pod on eu-hyperscaler-par failed: connect ECONNREFUSED 10.0.0.1:443';

export const fraGpus: ClusterGpus = {
  cluster: 'eu-sovereign-fra',
  title: 'EU sovereign, Frankfurt',
  labels: { 'ai-platform.io/jurisdiction': 'DE' },
  health: synced(),
  products: [
    {
      product: H100,
      memoryMiB: 81559,
      family: 'hopper',
      physicalGpus: 24,
      nodes: 3,
      pools: [
        {
          kind: 'whole',
          resource: 'nvidia.com/gpu',
          capacity: 16,
          allocatable: 16,
          allocated: 9,
          free: 7,
          nodes: 2,
          memoryMiB: 81559,
          largestFreeOnNode: 4,
          unavailableNodes: 0,
        },
        {
          kind: 'dra',
          resource: 'gpu.nvidia.com',
          capacity: 8,
          allocatable: 8,
          allocated: 3,
          free: 5,
          nodes: 1,
          memoryMiB: 81559,
          largestFreeOnNode: 5,
          unavailableNodes: 0,
        },
      ],
    },
  ],
  totals: totals({
    physicalGpus: 24,
    wholeGpus: { allocatable: 24, allocated: 12, free: 12 },
    pendingRequests: 8,
    pendingPods: 1,
  }),
};

const mig = (
  profile: string,
  allocatable: number,
  allocated: number,
  nodes: number,
  memoryMiB: number,
) => ({
  kind: 'mig' as const,
  resource: `nvidia.com/mig-${profile}`,
  migProfile: profile,
  capacity: allocatable,
  allocatable,
  allocated,
  free: allocatable - allocated,
  nodes,
  memoryMiB,
  largestFreeOnNode: allocatable - allocated,
  unavailableNodes: 0,
});

export const parGpus: ClusterGpus = {
  cluster: 'eu-hyperscaler-par',
  labels: { 'ai-platform.io/jurisdiction': 'FR' },
  health: {
    state: 'stale',
    syncedAt: minutesAgo(90),
    staleSince: minutesAgo(7),
    error: PAR_ERROR,
  },
  products: [
    {
      product: A100,
      memoryMiB: 81920,
      family: 'ampere',
      physicalGpus: 16,
      nodes: 2,
      pools: [
        {
          kind: 'whole',
          resource: 'nvidia.com/gpu',
          capacity: 2,
          allocatable: 2,
          allocated: 2,
          free: 0,
          nodes: 1,
          memoryMiB: 81920,
          largestFreeOnNode: 0,
          unavailableNodes: 0,
        },
        mig('1g.10gb', 44, 4, 2, 9728),
        mig('2g.20gb', 8, 0, 1, 19968),
        mig('3g.40gb', 12, 0, 2, 40192),
      ],
    },
    {
      product: L40S,
      memoryMiB: 46068,
      family: 'ada-lovelace',
      physicalGpus: 8,
      nodes: 2,
      pools: [
        {
          kind: 'shared',
          resource: 'nvidia.com/gpu',
          sharingStrategy: 'time-slicing',
          replicasPerGpu: 4,
          physicalGpus: 8,
          capacity: 32,
          allocatable: 32,
          allocated: 3,
          free: 29,
          nodes: 2,
          memoryMiB: 46068,
          largestFreeOnNode: 16,
          unavailableNodes: 0,
        },
      ],
    },
  ],
  totals: totals({
    physicalGpus: 24,
    wholeGpus: { allocatable: 2, allocated: 2, free: 0 },
    migSlices: { allocatable: 64, allocated: 4, free: 60 },
    sharedSlots: { allocatable: 32, allocated: 3, free: 29 },
    pendingRequests: 4,
    pendingPods: 1,
  }),
};

export const use1Gpus: ClusterGpus = {
  cluster: 'us-east-virginia',
  labels: { 'ai-platform.io/jurisdiction': 'US' },
  health: synced(),
  products: [
    {
      product: H100,
      memoryMiB: 81559,
      family: 'hopper',
      physicalGpus: 16,
      nodes: 2,
      pools: [
        {
          kind: 'whole',
          resource: 'nvidia.com/gpu',
          capacity: 16,
          allocatable: 16,
          allocated: 13,
          free: 3,
          nodes: 2,
          memoryMiB: 81559,
          largestFreeOnNode: 3,
          unavailableNodes: 0,
        },
      ],
    },
    {
      product: L40S,
      memoryMiB: 46068,
      family: 'ada-lovelace',
      physicalGpus: 4,
      nodes: 1,
      pools: [
        {
          kind: 'whole',
          resource: 'nvidia.com/gpu',
          capacity: 4,
          allocatable: 4,
          allocated: 2,
          free: 2,
          nodes: 1,
          memoryMiB: 46068,
          largestFreeOnNode: 2,
          unavailableNodes: 0,
        },
      ],
    },
  ],
  totals: totals({
    physicalGpus: 20,
    wholeGpus: { allocatable: 20, allocated: 15, free: 5 },
    pendingRequests: 4,
    pendingPods: 1,
  }),
};

const EU_INFERENCE = 'group:default/eu-inference';
const US_APPLIED_ML = 'group:default/us-applied-ml';
const PLATFORM = 'group:default/platform-engineering';

const gpuKey = (hard: number, used: number) => ({
  key: 'requests.nvidia.com/gpu',
  resource: 'nvidia.com/gpu',
  hard,
  used,
});

export const quotas: NamespaceGpuQuota[] = [
  {
    cluster: 'eu-sovereign-fra',
    namespace: 'eu-inference',
    team: EU_INFERENCE,
    quotas: [
      {
        name: 'gpu-quota',
        resources: [
          gpuKey(20, 16),
          {
            key: 'gpu.nvidia.com.deviceclass.resource.k8s.io/devices',
            resource: 'deviceclass/gpu.nvidia.com',
            hard: 4,
            used: 3,
          },
        ],
      },
    ],
    quotasWithoutGpuKeys: [],
    allocated: { 'nvidia.com/gpu': 8, 'gpu.nvidia.com': 3 },
    pending: { 'nvidia.com/gpu': 8 },
  },
  {
    cluster: 'eu-sovereign-fra',
    namespace: 'platform',
    team: PLATFORM,
    quotas: [{ name: 'gpu-quota', resources: [gpuKey(8, 1)] }],
    quotasWithoutGpuKeys: [],
    allocated: { 'nvidia.com/gpu': 1 },
    pending: {},
  },
  {
    cluster: 'eu-sovereign-fra',
    namespace: 'us-applied-ml',
    team: US_APPLIED_ML,
    quotas: [],
    quotasWithoutGpuKeys: ['compute-quota'],
    allocated: {},
    pending: {},
  },
  {
    cluster: 'eu-hyperscaler-par',
    namespace: 'eu-inference',
    team: EU_INFERENCE,
    quotas: [
      {
        name: 'gpu-quota',
        resources: [
          gpuKey(10, 8),
          {
            key: 'requests.nvidia.com/mig-1g.10gb',
            resource: 'nvidia.com/mig-1g.10gb',
            hard: 16,
            used: 3,
          },
          {
            key: 'requests.nvidia.com/mig-3g.40gb',
            resource: 'nvidia.com/mig-3g.40gb',
            hard: 4,
            used: 0,
          },
        ],
      },
    ],
    quotasWithoutGpuKeys: [],
    allocated: { 'nvidia.com/gpu': 4, 'nvidia.com/mig-1g.10gb': 3 },
    pending: { 'nvidia.com/gpu': 4 },
  },
  {
    cluster: 'us-east-virginia',
    namespace: 'us-applied-ml',
    team: US_APPLIED_ML,
    quotas: [{ name: 'gpu-quota', resources: [gpuKey(24, 18)] }],
    quotasWithoutGpuKeys: [],
    allocated: { 'nvidia.com/gpu': 14 },
    pending: { 'nvidia.com/gpu': 4 },
  },
  {
    cluster: 'us-east-virginia',
    namespace: 'eu-inference',
    team: EU_INFERENCE,
    quotas: [{ name: 'gpu-quota', resources: [gpuKey(0, 0)] }],
    quotasWithoutGpuKeys: [],
    allocated: {},
    pending: {},
  },
];

export const queues: GpuQueue[] = [
  {
    cluster: 'eu-sovereign-fra',
    scheduler: 'kueue',
    name: 'eu-inference-cq',
    team: EU_INFERENCE,
    parent: 'fra-gpu',
    namespaces: ['eu-inference'],
    quotas: [
      {
        flavor: 'h100',
        resource: 'nvidia.com/gpu',
        nominal: 8,
        borrowingLimit: 4,
        used: 4,
        borrowed: 0,
      },
    ],
    pendingWorkloads: 1,
    admittedWorkloads: 1,
  },
  {
    cluster: 'eu-sovereign-fra',
    scheduler: 'kueue',
    name: 'platform-cq',
    team: PLATFORM,
    parent: 'fra-gpu',
    namespaces: ['platform'],
    quotas: [
      { flavor: 'h100', resource: 'nvidia.com/gpu', nominal: 4, used: 0 },
    ],
    pendingWorkloads: 0,
    admittedWorkloads: 0,
  },
  {
    cluster: 'eu-hyperscaler-par',
    scheduler: 'kai',
    name: 'eu-inference',
    team: EU_INFERENCE,
    parent: 'eu-department',
    namespaces: ['eu-inference'],
    quotas: [
      {
        resource: 'nvidia.com/gpu',
        nominal: 4,
        limit: 6,
        used: 2,
        requested: 6,
      },
    ],
  },
  {
    cluster: 'us-east-virginia',
    scheduler: 'kueue',
    name: 'us-applied-ml-cq',
    team: US_APPLIED_ML,
    parent: 'us-gpu',
    namespaces: ['us-applied-ml'],
    quotas: [
      {
        flavor: 'h100',
        resource: 'nvidia.com/gpu',
        nominal: 8,
        borrowingLimit: 4,
        used: 12,
        borrowed: 4,
      },
    ],
    pendingWorkloads: 1,
    admittedWorkloads: 3,
  },
];

export const overview: GpuOverview = {
  generatedAt: minutesAgo(0),
  clusters: [fraGpus, parGpus, use1Gpus],
  quotas,
  queues,
  totals: totals({
    physicalGpus: 68,
    wholeGpus: { allocatable: 46, allocated: 29, free: 17 },
    migSlices: { allocatable: 64, allocated: 4, free: 60 },
    sharedSlots: { allocatable: 32, allocated: 3, free: 29 },
    pendingRequests: 16,
    pendingPods: 3,
  }),
  filterOptions: {
    jurisdictions: ['DE', 'FR', 'US'],
    products: [A100, H100, L40S],
    teams: [EU_INFERENCE, PLATFORM, US_APPLIED_ML],
  },
};

/** The overview of one cluster, as `getGpuOverview({ cluster })` answers it. */
export function overviewOf(cluster: ClusterGpus): GpuOverview {
  return {
    ...overview,
    clusters: [cluster],
    quotas: quotas.filter(q => q.cluster === cluster.cluster),
    queues: queues.filter(q => q.cluster === cluster.cluster),
    totals: cluster.totals,
  };
}

export const teamUsage: TeamGpuUsage = {
  team: EU_INFERENCE,
  quotas: quotas.filter(q => q.team === EU_INFERENCE),
  queues: queues.filter(q => q.team === EU_INFERENCE),
  clusters: [fraGpus, parGpus, use1Gpus].map(c => ({
    cluster: c.cluster,
    title: c.title,
    health: c.health,
  })),
};

export const workload: WorkloadGpus = {
  selector: 'backstage.io/kubernetes-id=eu-chat-llm',
  pods: [
    {
      cluster: 'eu-sovereign-fra',
      namespace: 'eu-inference',
      name: 'eu-chat-llm-predictor-7c9d5b6f4-2xkqp',
      phase: 'Running',
      node: 'fra-h100-1',
      product: H100,
      gpus: { 'nvidia.com/gpu': 2 },
      holding: true,
    },
    {
      cluster: 'eu-sovereign-fra',
      namespace: 'eu-inference',
      name: 'eu-chat-llm-predictor-7c9d5b6f4-9mwzt',
      phase: 'Running',
      node: 'fra-h100-2',
      product: H100,
      gpus: { 'nvidia.com/gpu': 2 },
      holding: true,
    },
    {
      cluster: 'eu-sovereign-fra',
      namespace: 'eu-inference',
      name: 'eu-chat-llm-predictor-7c9d5b6f4-qq4lh',
      phase: 'Pending',
      gpus: { 'nvidia.com/gpu': 2 },
      holding: false,
    },
  ],
  held: { 'nvidia.com/gpu': 4 },
  pending: { 'nvidia.com/gpu': 2 },
  clusters: [{ cluster: 'eu-sovereign-fra', health: fraGpus.health }],
};

export const capacityResult: CapacityResult = {
  request: {
    gpus: 4,
    jurisdiction: 'EU',
    team: EU_INFERENCE,
    placement: 'single-node',
  },
  candidates: [
    {
      cluster: 'eu-sovereign-fra',
      clusterTitle: 'EU sovereign, Frankfurt',
      jurisdiction: 'DE',
      namespace: 'eu-inference',
      product: H100,
      memoryMiB: 81559,
      kind: 'whole',
      resource: 'nvidia.com/gpu',
      freeGpus: 7,
      largestFreeOnNode: 4,
      quotaHeadroom: 4,
      reasons: [
        'fra-h100-2 has 4 free H100 GPUs, enough on one node',
        'Quota gpu-quota in eu-inference allows 4 more nvidia.com/gpu (16 of 20 used)',
      ],
    },
  ],
  excluded: [
    {
      cluster: 'eu-sovereign-fra',
      namespace: 'eu-inference',
      product: H100,
      reason: 'quota',
      message:
        'Quota gpu-quota in eu-inference allows 1 more DRA device (3 of 4 used); 4 asked for',
    },
    {
      cluster: 'eu-hyperscaler-par',
      reason: 'stale',
      message:
        'eu-hyperscaler-par has been stale for 7 minutes; its free GPUs cannot be trusted',
    },
    {
      cluster: 'us-east-virginia',
      reason: 'jurisdiction',
      message: 'us-east-virginia is in US, not in the EU',
    },
  ],
};
