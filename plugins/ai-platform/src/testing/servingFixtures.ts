import type {
  HttpRouteView,
  InferencePoolView,
  InferenceServiceInventory,
  InferenceServiceRow,
  RoutingOverview,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/**
 * Backend answers in the shapes of `GET /serving/inference-services` and
 * `GET /serving/routing`, as the backend gives them for the Frankfurt demo
 * cluster's Mistral service with a canary (90/10 between two pools, one of
 * whose pods is not ready) and a route whose backend does not exist.
 */
export const MISTRAL_DIGEST = `sha256:${'f'.repeat(64)}`;
const CANARY_DIGEST = `sha256:${'c'.repeat(64)}`;

const synced = { state: 'synced' as const, syncedAt: '2026-07-15T09:00:00Z' };

export const mistralRow: InferenceServiceRow = {
  cluster: 'eu-sovereign-fra',
  clusterHealth: synced,
  namespace: 'eu-inference',
  name: 'mistral-small-eu',
  kind: 'LLMInferenceService',
  apiVersion: 'serving.kserve.io/v1alpha2',
  team: 'group:default/eu-inference',
  model: {
    uri: `oci://registry.fra.eu-sovereign.example/models/mistral-small-3.2-24b-instruct@${MISTRAL_DIGEST}`,
    field: 'spec.model.uri',
    scheme: 'oci',
    registry: 'fra-sovereign',
    repository: 'models/mistral-small-3.2-24b-instruct',
    digest: MISTRAL_DIGEST,
    tags: ['3.2.0'],
  },
  replicas: { desired: 2, ready: 2, pods: 2 },
  gpusPerReplica: { resources: { 'nvidia.com/gpu': 2 }, claims: [] },
  gpusHeld: { 'nvidia.com/gpu': 4 },
  gpusPending: {},
  routes: [
    {
      namespace: 'eu-inference',
      name: 'mistral-small-eu-kserve-route',
      gateways: ['envoy-gateway-system/inference-gateway'],
      sharePercent: 100,
      problems: 2,
    },
  ],
  problems: [],
};

export const draRow: InferenceServiceRow = {
  cluster: 'eu-sovereign-fra',
  clusterHealth: synced,
  namespace: 'platform',
  name: 'qwen2-7b-instruct-dra-multi',
  kind: 'LLMInferenceService',
  apiVersion: 'serving.kserve.io/v1alpha2',
  model: {
    uri: 'hf://Qwen/Qwen2.5-7B-Instruct',
    field: 'spec.model.uri',
    scheme: 'hf',
    unresolved: 'hf addresses name no versioned artifact the portal reads',
  },
  replicas: { desired: 1, ready: 0, pods: 1 },
  gpusPerReplica: {
    resources: {},
    claims: [
      {
        name: 'managed-dra',
        via: 'managed-dra',
        object: 'qwen2-7b-instruct-dra-multi-managed-dra',
        requests: [{ deviceClass: 'gpu.nvidia.com', count: 2, gpu: true }],
      },
    ],
  },
  gpusHeld: {},
  gpusPending: { 'gpu.nvidia.com': 2 },
  routes: [],
  problems: [
    {
      severity: 'error',
      message: 'no replica is ready (1 desired, 1 pod(s) seen)',
    },
  ],
};

export const inventory: InferenceServiceInventory = {
  generatedAt: '2026-07-15T09:00:00Z',
  clusters: [{ cluster: 'eu-sovereign-fra', health: synced }],
  items: [mistralRow, draRow],
};

const route: HttpRouteView = {
  cluster: 'eu-sovereign-fra',
  namespace: 'eu-inference',
  name: 'mistral-small-eu-kserve-route',
  apiVersion: 'gateway.networking.k8s.io/v1',
  hostnames: [],
  parents: [
    {
      group: 'gateway.networking.k8s.io',
      kind: 'Gateway',
      namespace: 'envoy-gateway-system',
      name: 'inference-gateway',
      exists: true,
      accepted: 'True',
      reason: 'Accepted',
    },
  ],
  rules: [
    {
      matches: ['PathPrefix /eu-inference/mistral-small-eu/v1/completions'],
      totalWeight: 100,
      backends: [
        {
          group: 'inference.networking.k8s.io',
          kind: 'InferencePool',
          namespace: 'eu-inference',
          name: 'mistral-small-eu-inference-pool',
          port: 8000,
          weight: 90,
          weightGiven: true,
          sharePercent: 90,
          state: 'found',
        },
        {
          group: 'inference.networking.k8s.io',
          kind: 'InferencePool',
          namespace: 'eu-inference',
          name: 'mistral-small-eu-canary-pool',
          weight: 10,
          weightGiven: true,
          sharePercent: 10,
          state: 'found',
        },
      ],
    },
    {
      matches: ['PathPrefix /eu-inference/mistral-small-eu/v2'],
      totalWeight: 1,
      backends: [
        {
          group: '',
          kind: 'Service',
          namespace: 'eu-inference',
          name: 'mistral-small-eu-v2',
          port: 8000,
          weight: 1,
          weightGiven: false,
          sharePercent: 100,
          state: 'missing',
          reason:
            "Service 'eu-inference/mistral-small-eu-v2' does not exist on the cluster",
        },
      ],
    },
  ],
  owner: { kind: 'LLMInferenceService', name: 'mistral-small-eu' },
  problems: [
    {
      severity: 'error',
      message:
        "rule 2: backend Service 'eu-inference/mistral-small-eu-v2' does not exist on the cluster; the 100% of requests sent to it get 500",
    },
  ],
};

const pool = (
  name: string,
  ready: boolean[],
  digest: string,
): InferencePoolView => ({
  cluster: 'eu-sovereign-fra',
  namespace: 'eu-inference',
  name,
  apiVersion: 'inference.networking.k8s.io/v1',
  selector: {
    'app.kubernetes.io/name': name.replace(/-inference-pool|-pool$/, ''),
    'kserve.io/component': 'workload',
  },
  targetPorts: [8000],
  endpointPicker: {
    group: '',
    kind: 'Service',
    name: `${name}-epp`,
    port: 9002,
    failureMode: 'FailOpen',
    exists: true,
  },
  parents: [
    {
      parent: {
        group: 'gateway.networking.k8s.io',
        kind: 'Gateway',
        namespace: 'envoy-gateway-system',
        name: 'inference-gateway',
      },
      accepted: 'True',
      reason: 'SupportedByParent',
    },
  ],
  pods: ready.map((r, i) => ({
    name: `${name}-pod-${i}`,
    phase: r ? 'Running' : 'Pending',
    ready: r,
    ...(r ? { node: `fra-h100-${i + 1}` } : {}),
    images: [
      {
        container: 'main',
        image: 'ghcr.io/llm-d/llm-d-cuda:v0.9.0',
        digest: `sha256:${'a'.repeat(64)}`,
      },
      { container: 'modelcar', image: `registry/model@${digest}`, digest },
    ],
  })),
  readyPods: ready.filter(Boolean).length,
  routedBy: [],
  objectives:
    name === 'mistral-small-eu-inference-pool'
      ? [{ kind: 'InferenceObjective', name: 'eu-assistant-interactive' }]
      : [],
  problems: ready.some(Boolean)
    ? []
    : [
        {
          severity: 'error',
          message: `none of the ${ready.length} pod(s) the pool selects is ready: requests routed to it fail`,
        },
      ],
});

export const routing: RoutingOverview = {
  generatedAt: '2026-07-15T09:00:00Z',
  clusters: [{ name: 'eu-sovereign-fra', health: synced }],
  routes: [route],
  pools: [
    pool('mistral-small-eu-inference-pool', [true, true], MISTRAL_DIGEST),
    pool('mistral-small-eu-canary-pool', [false], CANARY_DIGEST),
  ],
  objectives: [
    {
      cluster: 'eu-sovereign-fra',
      namespace: 'eu-inference',
      name: 'eu-assistant-interactive',
      kind: 'InferenceObjective',
      apiVersion: 'llm-d.ai/v1alpha2',
      priority: 100,
      pool: {
        group: 'inference.networking.k8s.io',
        kind: 'InferencePool',
        namespace: 'eu-inference',
        name: 'mistral-small-eu-inference-pool',
      },
      poolExists: true,
      problems: [],
      routingProblems: [],
    },
  ],
};
