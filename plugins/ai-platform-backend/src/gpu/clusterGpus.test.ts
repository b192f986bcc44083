import type { KubeObject } from '../clusters/kinds';
import { clusterView } from '../__testUtils__/clusterViews';
import { computeClusterGpus } from './clusterGpus';

// Objects in the shapes the NVIDIA device plugin, GPU Feature Discovery, the
// NVIDIA DRA driver and the API server publish (reference/ai-platform-shapes.md §5).

const ready = [{ type: 'Ready', status: 'True' }];

function node(
  name: string,
  labels: Record<string, string>,
  resources: Record<string, string>,
  extra: { unschedulable?: boolean; notReady?: boolean } = {},
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name, labels },
    spec: { unschedulable: extra.unschedulable },
    status: {
      capacity: { cpu: '96', ...resources },
      allocatable: { cpu: '95', ...resources },
      conditions: extra.notReady ? [{ type: 'Ready', status: 'False' }] : ready,
    },
  };
}

function pod(
  name: string,
  options: {
    node?: string;
    phase?: string;
    requests?: Record<string, string>;
    limits?: Record<string, string>;
    init?: Record<string, string>;
    claims?: string[];
    namespace?: string;
  },
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: options.namespace ?? 'team-a' },
    spec: {
      nodeName: options.node,
      containers: [
        {
          name: 'main',
          image: 'vllm/vllm-openai:v0.11.0',
          resources: { requests: options.requests, limits: options.limits },
        },
      ],
      initContainers: options.init
        ? [{ name: 'init', resources: { limits: options.init } }]
        : undefined,
      resourceClaims: options.claims?.map(c => ({
        name: c,
        resourceClaimName: c,
      })),
    },
    status: { phase: options.phase ?? 'Running' },
  };
}

const h100Labels = {
  'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3',
  'nvidia.com/gpu.count': '8',
  'nvidia.com/gpu.memory': '81559',
  'nvidia.com/gpu.family': 'hopper',
};

function poolsOf(objects: KubeObject[]) {
  const state = computeClusterGpus(clusterView('c', objects));
  return {
    state,
    pool: (resource: string) => state.pools.find(p => p.resource === resource)!,
  };
}

describe('GPU allocation arithmetic', () => {
  it('counts only pods bound to a node and not terminated as allocated', () => {
    const { state, pool } = poolsOf([
      node('n1', h100Labels, { 'nvidia.com/gpu': '8' }),
      pod('running', { node: 'n1', requests: { 'nvidia.com/gpu': '2' } }),
      pod('bound-pending', {
        node: 'n1',
        phase: 'Pending',
        requests: { 'nvidia.com/gpu': '1' },
      }),
      pod('unscheduled', {
        phase: 'Pending',
        requests: { 'nvidia.com/gpu': '4' },
      }),
      pod('done', {
        node: 'n1',
        phase: 'Succeeded',
        requests: { 'nvidia.com/gpu': '2' },
      }),
      pod('crashed', {
        node: 'n1',
        phase: 'Failed',
        requests: { 'nvidia.com/gpu': '2' },
      }),
    ]);
    expect(pool('nvidia.com/gpu')).toMatchObject({
      allocatable: 8,
      allocated: 3,
      free: 5,
    });
    expect(state.pods.map(p => [p.name, p.holding])).toEqual([
      ['running', true],
      ['bound-pending', true],
      ['unscheduled', false],
    ]);
  });

  it('takes limits when an extended resource has no request, and the larger init container', () => {
    const { pool } = poolsOf([
      node('n1', h100Labels, { 'nvidia.com/gpu': '8' }),
      pod('limits-only', { node: 'n1', limits: { 'nvidia.com/gpu': '2' } }),
      pod('init-bigger', {
        node: 'n1',
        requests: { 'nvidia.com/gpu': '1' },
        init: { 'nvidia.com/gpu': '3' },
      }),
    ]);
    expect(pool('nvidia.com/gpu').allocated).toBe(5);
  });

  it('keeps each MIG profile of the mixed strategy as its own pool of slices', () => {
    const { state, pool } = poolsOf([
      node(
        'a100',
        {
          'nvidia.com/gpu.product': 'NVIDIA-A100-SXM4-80GB',
          'nvidia.com/gpu.count': '8',
          'nvidia.com/gpu.memory': '81920',
          'nvidia.com/mig.strategy': 'mixed',
          'nvidia.com/mig-1g.10gb.memory': '9728',
          'nvidia.com/mig-3g.40gb.memory': '40192',
        },
        {
          'nvidia.com/gpu': '2',
          'nvidia.com/mig-1g.10gb': '28',
          'nvidia.com/mig-3g.40gb': '4',
        },
      ),
      pod('slice', {
        node: 'a100',
        requests: { 'nvidia.com/mig-1g.10gb': '1' },
      }),
    ]);
    expect(pool('nvidia.com/mig-1g.10gb')).toMatchObject({
      kind: 'mig',
      migProfile: '1g.10gb',
      memoryMiB: 9728,
      allocated: 1,
      free: 27,
    });
    expect(pool('nvidia.com/gpu')).toMatchObject({ kind: 'whole', free: 2 });
    // 8 physical GPUs, however they are split.
    expect(state.products[0].physicalGpus).toBe(8);
  });

  it('reads the MIG single strategy, where slices are advertised as nvidia.com/gpu', () => {
    const { state, pool } = poolsOf([
      node(
        'a100-single',
        {
          'nvidia.com/gpu.product': 'NVIDIA-A100-SXM4-40GB-MIG-1g.5gb',
          'nvidia.com/gpu.count': '56',
          'nvidia.com/gpu.memory': '4864',
          'nvidia.com/mig.strategy': 'single',
        },
        { 'nvidia.com/gpu': '56' },
      ),
    ]);
    expect(pool('nvidia.com/gpu')).toMatchObject({
      kind: 'mig',
      migProfile: '1g.5gb',
    });
    expect(state.products[0].product).toBe('NVIDIA-A100-SXM4-40GB');
    expect(state.pools.filter(p => p.kind === 'whole')).toEqual([]);
  });

  it('shows time-sliced replicas as shared slots, never as more GPUs', () => {
    const { state, pool } = poolsOf([
      node(
        'l40s',
        {
          'nvidia.com/gpu.product': 'NVIDIA-L40S-SHARED',
          'nvidia.com/gpu.count': '4',
          'nvidia.com/gpu.replicas': '4',
          'nvidia.com/gpu.sharing-strategy': 'time-slicing',
        },
        { 'nvidia.com/gpu': '16' },
      ),
      pod('a', { node: 'l40s', requests: { 'nvidia.com/gpu': '1' } }),
    ]);
    expect(pool('nvidia.com/gpu')).toMatchObject({
      kind: 'shared',
      replicasPerGpu: 4,
      physicalGpus: 4,
      allocatable: 16,
      allocated: 1,
    });
    expect(state.products[0]).toMatchObject({
      product: 'NVIDIA-L40S',
      physicalGpus: 4,
    });
  });

  it('counts DRA devices allocated by claims, once, and pending claims as pending', () => {
    const device = (name: string) => ({
      name,
      attributes: {
        type: { string: 'gpu' },
        productName: { string: 'NVIDIA H100 80GB HBM3' },
      },
      capacity: { memory: { value: '81559Mi' } },
    });
    const claim = (
      name: string,
      devices: string[] | undefined,
      reservedFor?: string,
    ): KubeObject => ({
      apiVersion: 'resource.k8s.io/v1',
      kind: 'ResourceClaim',
      metadata: { name, namespace: 'team-a' },
      spec: {
        devices: {
          requests: [
            {
              name: 'gpu',
              exactly: { deviceClassName: 'gpu.nvidia.com', count: 2 },
            },
          ],
        },
      },
      status: devices
        ? {
            allocation: {
              devices: {
                results: devices.map(d => ({
                  request: 'gpu',
                  driver: 'gpu.nvidia.com',
                  pool: 'dra-node',
                  device: d,
                })),
              },
            },
            reservedFor: reservedFor
              ? [{ resource: 'pods', name: reservedFor }]
              : [],
          }
        : undefined,
    });
    const { state, pool } = poolsOf([
      node('dra-node', h100Labels, {}),
      {
        apiVersion: 'resource.k8s.io/v1',
        kind: 'ResourceSlice',
        metadata: { name: 'dra-node-gpu.nvidia.com-abcde' },
        spec: {
          driver: 'gpu.nvidia.com',
          nodeName: 'dra-node',
          pool: { name: 'dra-node', generation: 1, resourceSliceCount: 1 },
          devices: ['gpu-0', 'gpu-1', 'gpu-2', 'gpu-3'].map(device),
        },
      },
      claim('held', ['gpu-0', 'gpu-1'], 'trainer'),
      claim('waiting', undefined),
      pod('trainer', { node: 'dra-node', claims: ['held'] }),
    ]);
    expect(pool('gpu.nvidia.com')).toMatchObject({
      kind: 'dra',
      product: 'NVIDIA-H100-80GB-HBM3',
      memoryMiB: 81559,
      allocatable: 4,
      allocated: 2,
      free: 2,
    });
    // A DRA node's GPUs are its published devices; GFD's count is not added to them.
    expect(state.products[0].physicalGpus).toBe(4);
    expect(state.pods[0].gpus).toEqual({ 'gpu.nvidia.com': 2 });
    expect(state.quotas[0]).toMatchObject({
      namespace: 'team-a',
      allocated: { 'gpu.nvidia.com': 2 },
      pending: { 'dra-devices': 2 },
    });
  });

  it('leaves cordoned and NotReady nodes out of free capacity', () => {
    const { pool } = poolsOf([
      node('ok', h100Labels, { 'nvidia.com/gpu': '8' }),
      node(
        'cordoned',
        h100Labels,
        { 'nvidia.com/gpu': '8' },
        { unschedulable: true },
      ),
      node('down', h100Labels, { 'nvidia.com/gpu': '8' }, { notReady: true }),
    ]);
    expect(pool('nvidia.com/gpu')).toMatchObject({
      allocatable: 24,
      free: 8,
      unavailableNodes: 2,
      largestFreeOnNode: 8,
    });
  });

  it('reads GPU quota keys and lists a quota with no GPU key apart', () => {
    const quota = (
      name: string,
      hard: Record<string, string>,
      used: Record<string, string>,
    ) => ({
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name, namespace: 'team-a' },
      spec: { hard },
      status: { hard, used },
    });
    const { state } = poolsOf([
      quota(
        'gpus',
        {
          'requests.nvidia.com/gpu': '8',
          'requests.nvidia.com/mig-1g.10gb': '4',
          'gpu.nvidia.com.deviceclass.resource.k8s.io/devices': '2',
          'requests.cpu': '64',
        },
        {
          'requests.nvidia.com/gpu': '3',
          'requests.nvidia.com/mig-1g.10gb': '0',
          'gpu.nvidia.com.deviceclass.resource.k8s.io/devices': '1',
          'requests.cpu': '12',
        },
      ),
      quota('compute', { 'requests.cpu': '16' }, { 'requests.cpu': '0' }),
    ]);
    expect(state.quotas).toEqual([
      expect.objectContaining({
        namespace: 'team-a',
        quotas: [
          {
            name: 'gpus',
            resources: [
              {
                key: 'requests.nvidia.com/gpu',
                resource: 'nvidia.com/gpu',
                scope: 'requests',
                hard: 8,
                used: 3,
              },
              {
                key: 'requests.nvidia.com/mig-1g.10gb',
                resource: 'nvidia.com/mig-1g.10gb',
                scope: 'requests',
                unit: 'mig-instances',
                hard: 4,
                used: 0,
              },
              {
                key: 'gpu.nvidia.com.deviceclass.resource.k8s.io/devices',
                resource: 'deviceclass/gpu.nvidia.com',
                hard: 2,
                used: 1,
              },
            ],
          },
        ],
        quotasWithoutGpuKeys: ['compute'],
      }),
    ]);
  });
});
