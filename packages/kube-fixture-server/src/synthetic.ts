import { ClusterDefinition } from './clusters';
import { KubeObject } from './types';

/**
 * Sizes of generated clusters for benchmarks.
 *
 * @public
 */
export interface SyntheticClustersOptions {
  /** Number of clusters, named `<prefix>-01`, `<prefix>-02`, ... */
  count: number;
  /** Nodes per cluster; about 3 in 4 carry GPUs. */
  nodes: number;
  /** Pods per cluster; about 2 in 5 request GPUs. */
  pods: number;
  /** Team namespaces per cluster, each with a GPU ResourceQuota. Default 10. */
  namespaces?: number;
  /** Default `synthetic`. */
  namePrefix?: string;
  /** Seed of the generator; the same seed gives the same clusters. Default 1. */
  seed?: number;
}

/** GPU products as GPU Feature Discovery labels them, with memory in MiB. */
const GPU_PRODUCTS = [
  {
    product: 'NVIDIA-H100-80GB-HBM3',
    memory: 81559,
    family: 'hopper',
    count: 8,
  },
  {
    product: 'NVIDIA-A100-SXM4-80GB',
    memory: 81920,
    family: 'ampere',
    count: 8,
  },
  { product: 'NVIDIA-L40S', memory: 46068, family: 'ada-lovelace', count: 4 },
  { product: 'NVIDIA-H200', memory: 143771, family: 'hopper', count: 8 },
];
const REGIONS = [
  { region: 'eu-central-1', zone: 'eu-central-1a', jurisdiction: 'EU' },
  { region: 'eu-west-1', zone: 'eu-west-1b', jurisdiction: 'EU' },
  { region: 'us-east-1', zone: 'us-east-1c', jurisdiction: 'US' },
  { region: 'ap-northeast-1', zone: 'ap-northeast-1a', jurisdiction: 'JP' },
];
const CREATED = '2026-01-15T08:00:00Z';

/** A small deterministic PRNG (mulberry32), so runs are reproducible. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generates clusters of GPU nodes (with GPU Feature Discovery labels), team
 * namespaces with `requests.nvidia.com/gpu` quotas, and pods in Running,
 * Pending and Succeeded phases, some of them requesting GPUs. Objects are
 * produced lazily, cluster by cluster, to keep start-up memory low.
 *
 * @public
 */
export function generateSyntheticClusters(
  options: SyntheticClustersOptions,
): ClusterDefinition[] {
  for (const key of ['count', 'nodes', 'pods'] as const) {
    if (!Number.isInteger(options[key]) || options[key] < 0) {
      throw new Error(
        `Synthetic ${key} must be a whole number >= 0, got ${options[key]}`,
      );
    }
  }
  const prefix = options.namePrefix ?? 'synthetic';
  const width = Math.max(2, String(options.count).length);
  return Array.from({ length: options.count }, (_, index) => {
    const place = REGIONS[index % REGIONS.length];
    const seed = (options.seed ?? 1) * 1000 + index;
    return {
      name: `${prefix}-${String(index + 1).padStart(width, '0')}`,
      kubernetesVersion: 'v1.33.2',
      labels: {
        'topology.kubernetes.io/region': place.region,
        'ai-platform.io/jurisdiction': place.jurisdiction,
      },
      objects: {
        [Symbol.iterator]: () => generateCluster(options, place, seed),
      },
    };
  });
}

function* generateCluster(
  options: SyntheticClustersOptions,
  place: (typeof REGIONS)[number],
  seed: number,
): Generator<KubeObject> {
  const next = random(seed);
  const namespaces = Array.from(
    { length: Math.max(1, options.namespaces ?? 10) },
    (_, i) => `team-${String(i + 1).padStart(2, '0')}`,
  );
  const nodes: Array<{ name: string; gpus: number }> = [];
  for (let i = 0; i < options.nodes; i++) {
    const gpu =
      next() < 0.75
        ? GPU_PRODUCTS[Math.floor(next() * GPU_PRODUCTS.length)]
        : undefined;
    const node = syntheticNode(i, gpu, place);
    nodes.push({ name: node.metadata.name!, gpus: gpu?.count ?? 0 });
    yield node;
  }
  const gpuNodes = nodes.filter(n => n.gpus > 0);
  // GPUs still free per node: a running pod only lands where its GPUs fit,
  // as the scheduler would place it; one that fits nowhere stays Pending.
  const freeGpus = new Map(gpuNodes.map(n => [n.name, n.gpus]));
  const placeGpuPod = (gpus: number) => {
    for (let attempt = 0; attempt < 8; attempt++) {
      const candidate = gpuNodes[Math.floor(next() * gpuNodes.length)];
      if ((freeGpus.get(candidate.name) ?? 0) >= gpus) return candidate;
    }
    return gpuNodes.find(n => (freeGpus.get(n.name) ?? 0) >= gpus);
  };
  const usedGpus = new Map<string, number>();
  const pods: KubeObject[] = [];
  for (let i = 0; i < options.pods; i++) {
    const namespace = namespaces[i % namespaces.length];
    let phase = pickPhase(next());
    const gpus = next() < 0.4 ? [1, 1, 2, 4, 8][Math.floor(next() * 5)] : 0;
    let node: { name: string; gpus: number } | undefined;
    if (phase === 'Pending' || nodes.length === 0) {
      node = undefined;
    } else if (gpus > 0 && phase === 'Running') {
      node = placeGpuPod(gpus);
      if (node) freeGpus.set(node.name, freeGpus.get(node.name)! - gpus);
      else phase = 'Pending';
    } else {
      const pool = gpus > 0 && gpuNodes.length > 0 ? gpuNodes : nodes;
      node = pool[Math.floor(next() * pool.length)];
    }
    if (gpus > 0 && phase !== 'Succeeded') {
      usedGpus.set(namespace, (usedGpus.get(namespace) ?? 0) + gpus);
    }
    pods.push(syntheticPod(i, namespace, phase, gpus, node?.name));
  }
  for (const namespace of namespaces) {
    yield {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: namespace,
        labels: {
          'kubernetes.io/metadata.name': namespace,
          'ai-platform.io/team': namespace,
        },
      },
      spec: { finalizers: ['kubernetes'] },
      status: { phase: 'Active' },
    };
    const used = String(usedGpus.get(namespace) ?? 0);
    const hard = String(
      Math.max(8, Math.ceil((usedGpus.get(namespace) ?? 0) / 8) * 8 + 8),
    );
    yield {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'gpu-quota', namespace, creationTimestamp: CREATED },
      spec: {
        hard: {
          'requests.nvidia.com/gpu': hard,
          'limits.nvidia.com/gpu': hard,
        },
      },
      status: {
        hard: {
          'requests.nvidia.com/gpu': hard,
          'limits.nvidia.com/gpu': hard,
        },
        used: {
          'requests.nvidia.com/gpu': used,
          'limits.nvidia.com/gpu': used,
        },
      },
    };
  }
  yield* pods;
}

/** 80% Running, 10% Pending, 10% Succeeded. */
function pickPhase(roll: number) {
  if (roll < 0.8) return 'Running';
  return roll < 0.9 ? 'Pending' : 'Succeeded';
}

function syntheticNode(
  index: number,
  gpu: (typeof GPU_PRODUCTS)[number] | undefined,
  place: (typeof REGIONS)[number],
): KubeObject {
  const name = `${gpu ? 'gpu' : 'cpu'}-node-${String(index).padStart(4, '0')}`;
  const gpuLabels: Record<string, string> = gpu
    ? {
        'nvidia.com/gpu.present': 'true',
        'nvidia.com/gpu.product': gpu.product,
        'nvidia.com/gpu.count': String(gpu.count),
        'nvidia.com/gpu.memory': String(gpu.memory),
        'nvidia.com/gpu.family': gpu.family,
        'nvidia.com/mig.strategy': 'single',
        'nvidia.com/cuda.driver.major': '570',
      }
    : {};
  const resources = {
    cpu: gpu ? '192' : '32',
    memory: gpu ? '2113408Mi' : '131072Mi',
    pods: '110',
    ...(gpu ? { 'nvidia.com/gpu': String(gpu.count) } : {}),
  };
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      creationTimestamp: CREATED,
      labels: {
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'node.kubernetes.io/instance-type': gpu ? 'p5.48xlarge' : 'm6i.8xlarge',
        'topology.kubernetes.io/region': place.region,
        'topology.kubernetes.io/zone': place.zone,
        ...gpuLabels,
      },
    },
    spec: {},
    status: {
      capacity: resources,
      allocatable: resources,
      conditions: [
        {
          type: 'Ready',
          status: 'True',
          reason: 'KubeletReady',
          lastTransitionTime: CREATED,
        },
      ],
      nodeInfo: {
        kubeletVersion: 'v1.33.2',
        containerRuntimeVersion: 'containerd://2.0.5',
        osImage: 'Ubuntu 24.04.2 LTS',
        architecture: 'amd64',
        operatingSystem: 'linux',
      },
    },
  };
}

function syntheticPod(
  index: number,
  namespace: string,
  phase: string,
  gpus: number,
  nodeName?: string,
): KubeObject {
  const name = `${gpus > 0 ? 'inference' : 'worker'}-${String(index).padStart(
    5,
    '0',
  )}`;
  const requests: Record<string, string> = { cpu: '2', memory: '8Gi' };
  const limits: Record<string, string> = { memory: '8Gi' };
  if (gpus > 0) {
    requests['nvidia.com/gpu'] = String(gpus);
    limits['nvidia.com/gpu'] = String(gpus);
  }
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name,
      namespace,
      creationTimestamp: CREATED,
      labels: {
        app: gpus > 0 ? 'inference' : 'worker',
        'ai-platform.io/team': namespace,
      },
    },
    spec: {
      ...(nodeName ? { nodeName } : {}),
      schedulerName: 'default-scheduler',
      restartPolicy: phase === 'Succeeded' ? 'Never' : 'Always',
      containers: [
        {
          name: 'main',
          image:
            gpus > 0 ? 'nvcr.io/nvidia/tritonserver:25.01-py3' : 'busybox:1.37',
          resources: { requests, limits },
        },
      ],
    },
    status: {
      phase,
      ...(phase === 'Pending'
        ? {
            conditions: [
              {
                type: 'PodScheduled',
                status: 'False',
                reason: 'Unschedulable',
              },
            ],
          }
        : {}),
    },
  };
}
