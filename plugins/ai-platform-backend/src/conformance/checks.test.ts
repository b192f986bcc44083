import {
  clusterView,
  exampleCluster,
  upstreamObjects,
} from '../__testUtils__/clusterViews';
import type { KubeObject } from '../clusters/kinds';
import { REQUIREMENT_CHECKS } from './checks';
import { evaluateCluster } from './evaluate';
import { snapshotOf } from './snapshot';
import * as up from './__fixtures__/upstream';

/** Runs one check; `served` lists kinds the cluster serves even without objects. */
function run(id: string, objects: KubeObject[], served: string[] = []) {
  const check = REQUIREMENT_CHECKS.find(c => c.id === id)!;
  const view = clusterView('test', objects);
  const servedKinds = served.map(kindId => {
    const [group, kind] = kindId.split('/');
    return {
      id: kindId,
      group,
      kind,
      version: 'v1',
      plural: `${kind.toLowerCase()}s`,
      namespaced: false,
      aiRelevant: true,
    };
  });
  return check.run(snapshotOf({ ...view, servedKinds }));
}

const DRA_API = [
  'resource.k8s.io/ResourceSlice',
  'resource.k8s.io/DeviceClass',
  'resource.k8s.io/ResourceClaim',
];

const KUEUE_CRDS = [
  up.crd('clusterqueues', 'kueue.x-k8s.io', 'ClusterQueue', [
    'v1beta2',
    'v1beta1',
  ]),
  up.crd('workloads', 'kueue.x-k8s.io', 'Workload', ['v1beta2', 'v1beta1']),
];
const clusterQueue = {
  apiVersion: 'kueue.x-k8s.io/v1beta2',
  kind: 'ClusterQueue',
  metadata: { name: 'tas-cluster-queue' },
  spec: {
    namespaceSelector: {},
    resourceGroups: [
      {
        coveredResources: ['cpu', 'memory', 'nvidia.com/gpu'],
        flavors: [
          {
            name: 'tas-flavor',
            resources: [{ name: 'nvidia.com/gpu', nominalQuota: 16 }],
          },
        ],
      },
    ],
  },
  status: { conditions: [{ type: 'Active', status: 'True', reason: 'Ready' }] },
};

describe('requirement checks', () => {
  it('covers every requirement of the checklists exactly once', () => {
    expect(REQUIREMENT_CHECKS.map(c => c.id).sort()).toEqual(
      [
        'accelerator_metrics',
        'advanced_inference_ingress',
        'ai_inference',
        'ai_service_metrics',
        'cluster_autoscaling',
        'disaggregated_inference',
        'dra_support',
        'driver_runtime_management',
        'gang_scheduling',
        'gpu_sharing',
        'high_performance_networking',
        'pod_autoscaling',
        'robust_controller',
        'secure_accelerator_access',
        'virtualized_accelerator',
      ].sort(),
    );
  });

  describe('dra_support', () => {
    it('passes with a DRA driver publishing ResourceSlices, naming the slices and DeviceClass', () => {
      const result = run(
        'dra_support',
        [up.gpuResourceSlice('gpu-1'), up.gpuDeviceClass],
        DRA_API,
      );
      expect(result.status).toBe('pass');
      expect(
        result.evidence
          .filter(e => e.kind !== 'APIResource')
          .map(e => `${e.kind}/${e.name}`),
      ).toEqual([
        'ResourceSlice/gpu-1-gpu.nvidia.com-abcde',
        'DeviceClass/gpu.nvidia.com',
      ]);
    });
    it('fails when the DRA API is served but no driver publishes a ResourceSlice', () => {
      const result = run('dra_support', [], DRA_API);
      expect(result.status).toBe('fail');
      expect(result.summary).toMatch(/no ResourceSlice/);
      expect(result.evidence).toContainEqual(
        expect.objectContaining({
          kind: 'APIResource',
          name: 'resourceslices.resource.k8s.io',
        }),
      );
    });
    it('fails when only part of the DRA API is served', () => {
      const result = run(
        'dra_support',
        [up.gpuResourceSlice('gpu-1')],
        DRA_API.slice(0, 1),
      );
      expect(result.status).toBe('fail');
      expect(result.summary).toMatch(/only in part/);
    });
    it('fails when the cluster does not serve resource.k8s.io at all', () => {
      expect(run('dra_support', [up.gpuNode('gpu-1')]).status).toBe('fail');
    });
  });

  describe('driver_runtime_management', () => {
    it('passes when nodes of one product advertise the same driver', () => {
      const r = run('driver_runtime_management', [
        up.gpuNode('a'),
        up.gpuNode('b'),
      ]);
      expect(r.status).toBe('pass');
    });
    it('fails on driver drift between nodes of the same product, naming the drifting node', () => {
      const r = run('driver_runtime_management', [
        up.gpuNode('a'),
        up.gpuNode('b', { 'nvidia.com/cuda.driver-version.full': '550.54.15' }),
      ]);
      expect(r.status).toBe('fail');
      expect(r.summary).toContain('550.54.15 / CUDA runtime 12.8 on b');
    });
    it('is unknown without GPU nodes', () => {
      expect(run('driver_runtime_management', []).status).toBe('unknown');
    });
  });

  describe('gpu_sharing', () => {
    it('passes with MIG resources in allocatable', () => {
      const r = run('gpu_sharing', [
        up.gpuNode(
          'mig',
          { 'nvidia.com/mig.strategy': 'mixed' },
          { 'nvidia.com/gpu': '0', 'nvidia.com/mig-1g.10gb': '7' },
        ),
      ]);
      expect(r.status).toBe('pass');
      expect(r.evidence[0].note).toContain('nvidia.com/mig-1g.10gb');
    });
    it('passes with time-slicing replicas', () => {
      const r = run('gpu_sharing', [
        up.gpuNode('ts', {
          'nvidia.com/gpu.sharing-strategy': 'time-slicing',
          'nvidia.com/gpu.replicas': '4',
        }),
      ]);
      expect(r.status).toBe('pass');
    });
    it('passes on a pool of partitionable GPUs (sharedCounters, KEP-4815 shape)', () => {
      const r = run('gpu_sharing', [
        {
          apiVersion: 'resource.k8s.io/v1',
          kind: 'ResourceSlice',
          metadata: { name: 'node-1-gpus' },
          spec: {
            driver: 'gpu.nvidia.com',
            nodeName: 'node-1',
            pool: { name: 'node-1', generation: 1, resourceSliceCount: 1 },
            sharedCounters: [
              {
                name: 'gpu-0-counter-set',
                counters: { memory: { value: '80Gi' } },
              },
            ],
            devices: [
              {
                name: 'gpu-0',
                attributes: {
                  type: { string: 'gpu' },
                  productName: { string: 'NVIDIA H100 80GB HBM3' },
                },
                capacity: { memory: { value: '80Gi' } },
                consumesCounters: [
                  {
                    counterSet: 'gpu-0-counter-set',
                    counters: { memory: { value: '80Gi' } },
                  },
                ],
              },
            ],
          },
        },
      ]);
      expect(r.status).toBe('pass');
      expect(r.evidence).toEqual([
        expect.objectContaining({
          name: 'node-1-gpus',
          note: 'partitionable GPU devices (sharedCounters)',
        }),
      ]);
    });
    it('does not pass on shared counters of a pool without GPUs (a NIC driver)', () => {
      const nicSlice = upstreamObjects('hostile--gpu.yaml').find(
        o => o.metadata.name === 'nic-slice',
      )!;
      const r = run('gpu_sharing', [
        up.gpuNode('whole', { 'nvidia.com/gpu.sharing-strategy': 'none' }),
        nicSlice,
      ]);
      expect(nicSlice.spec.sharedCounters.length).toBeGreaterThan(0);
      expect(r.status).toBe('fail');
    });
    it('fails when GPUs are only handed out whole', () => {
      expect(
        run('gpu_sharing', [
          up.gpuNode('whole', { 'nvidia.com/gpu.sharing-strategy': 'none' }),
        ]).status,
      ).toBe('fail');
    });
  });

  describe('virtualized_accelerator', () => {
    it('passes with nvidia.com/vgpu.present=true', () => {
      expect(
        run('virtualized_accelerator', [
          up.gpuNode('v', { 'nvidia.com/vgpu.present': 'true' }),
        ]).status,
      ).toBe('pass');
    });
    it('fails on bare-metal GPU nodes only', () => {
      expect(run('virtualized_accelerator', [up.gpuNode('b')]).status).toBe(
        'fail',
      );
    });
  });

  describe('ai_inference', () => {
    it('passes with Gateway API v1 CRDs and an accepted GatewayClass', () => {
      const r = run('ai_inference', [
        ...up.gatewayApiCrds,
        up.gatewayClass(true),
      ]);
      expect(r.status).toBe('pass');
      expect(r.evidence).toContainEqual(
        expect.objectContaining({ kind: 'GatewayClass', name: 'eg' }),
      );
    });
    it('fails when no GatewayClass is accepted', () => {
      expect(
        run('ai_inference', [...up.gatewayApiCrds, up.gatewayClass(false)])
          .status,
      ).toBe('fail');
    });
    it('fails when the Gateway API CRDs are missing', () => {
      const r = run('ai_inference', [KUEUE_CRDS[0]]);
      expect(r.status).toBe('fail');
      expect(r.summary).toContain('httproutes.gateway.networking.k8s.io');
    });
    it('is unknown when CRDs cannot be read', () => {
      expect(run('ai_inference', []).status).toBe('unknown');
    });
  });

  describe('advanced_inference_ingress', () => {
    const poolCrd = up.crd(
      'inferencepools',
      'inference.networking.k8s.io',
      'InferencePool',
      ['v1'],
    );
    it('passes with an InferencePool accepted with resolved refs', () => {
      expect(
        run('advanced_inference_ingress', [poolCrd, up.inferencePool(true)])
          .status,
      ).toBe('pass');
    });
    it('fails when the pool is not accepted by its Gateway', () => {
      expect(
        run('advanced_inference_ingress', [poolCrd, up.inferencePool(false)])
          .status,
      ).toBe('fail');
    });
    it('fails with only the legacy x-k8s.io InferencePool CRD', () => {
      const legacy = up.crd(
        'inferencepools',
        'inference.networking.x-k8s.io',
        'InferencePool',
        ['v1alpha2'],
      );
      expect(run('advanced_inference_ingress', [legacy]).status).toBe('fail');
    });
  });

  describe('high_performance_networking', () => {
    it('passes with devices of a network DRA driver', () => {
      const nic = {
        ...up.gpuResourceSlice('n1'),
        metadata: { name: 'n1-dra.net-xyz' },
      };
      nic.spec = { ...nic.spec, driver: 'dra.net' };
      expect(run('high_performance_networking', [nic]).status).toBe('pass');
    });
    it('is unknown with GPU slices only (absence cannot be proven read-only)', () => {
      expect(
        run('high_performance_networking', [up.gpuResourceSlice('g')]).status,
      ).toBe('unknown');
    });
  });

  describe('disaggregated_inference', () => {
    const llmisvc = (prefill: boolean) => ({
      apiVersion: 'serving.kserve.io/v1alpha2',
      kind: 'LLMInferenceService',
      metadata: { name: 'llama', namespace: 'llm' },
      spec: {
        model: {
          uri: 'hf://meta-llama/Llama-3.1-8B-Instruct',
          name: 'meta-llama/Llama-3.1-8B-Instruct',
        },
        replicas: 1,
        ...(prefill ? { prefill: { replicas: 2 } } : {}),
      },
    });
    it('passes with an LLMInferenceService that sets spec.prefill', () => {
      expect(run('disaggregated_inference', [llmisvc(true)]).status).toBe(
        'pass',
      );
    });
    it('passes with llm-d prefill and decode pods', () => {
      expect(
        run('disaggregated_inference', [
          up.pod('p', { labels: { 'llm-d.ai/role': 'prefill' } }),
          up.pod('d', { labels: { 'llm-d.ai/role': 'decode' } }),
        ]).status,
      ).toBe('pass');
    });
    it('fails with aggregated serving only', () => {
      expect(run('disaggregated_inference', [llmisvc(false)]).status).toBe(
        'fail',
      );
    });
  });

  describe('gang_scheduling', () => {
    it('passes with Kueue CRDs and a ClusterQueue', () => {
      expect(run('gang_scheduling', [...KUEUE_CRDS, clusterQueue]).status).toBe(
        'pass',
      );
    });
    it('passes with the KAI Scheduler queues', () => {
      const kai = {
        apiVersion: 'scheduling.run.ai/v2',
        kind: 'Queue',
        metadata: { name: 'team-a' },
        spec: {
          parentQueue: 'department-a',
          resources: { gpu: { quota: 4, limit: 6, overQuotaWeight: 1 } },
        },
      };
      expect(
        run('gang_scheduling', [
          up.crd('queues', 'scheduling.run.ai', 'Queue', ['v2']),
          kai,
        ]).status,
      ).toBe('pass');
    });
    it('fails when Kueue is installed without a queue', () => {
      expect(run('gang_scheduling', KUEUE_CRDS).status).toBe('fail');
    });
    it('fails with no gang scheduler', () => {
      expect(run('gang_scheduling', up.gatewayApiCrds).status).toBe('fail');
    });
  });

  describe('cluster_autoscaling', () => {
    it('passes with a cluster-autoscaler Deployment', () => {
      const ca = up.deployment(
        'kube-system',
        'cluster-autoscaler',
        'registry.k8s.io/autoscaling/cluster-autoscaler:v1.34.0',
        {
          'app.kubernetes.io/name': 'cluster-autoscaler',
        },
      );
      expect(run('cluster_autoscaling', [ca]).status).toBe('pass');
    });
    it('is unknown (conditional MUST) when no autoscaler is seen', () => {
      const r = run('cluster_autoscaling', [up.gpuNode('g')]);
      expect(r.status).toBe('unknown');
      expect(r.summary).toMatch(/N\/A/);
    });
  });

  describe('pod_autoscaling', () => {
    it('passes with an available custom metrics API', () => {
      expect(
        run('pod_autoscaling', [up.customMetricsApiService(true)]).status,
      ).toBe('pass');
    });
    it('fails when the custom metrics APIService is not available', () => {
      expect(
        run('pod_autoscaling', [up.customMetricsApiService(false)]).status,
      ).toBe('fail');
    });
    it('is unknown when APIServices cannot be read', () => {
      expect(run('pod_autoscaling', [up.gpuNode('g')]).status).toBe('unknown');
    });
  });

  describe('accelerator_metrics', () => {
    it('passes with a ready DCGM exporter', () => {
      expect(
        run('accelerator_metrics', [up.gpuNode('g'), up.dcgmExporter(2)])
          .status,
      ).toBe('pass');
    });
    it('fails when the exporter has no ready pod', () => {
      expect(
        run('accelerator_metrics', [up.gpuNode('g'), up.dcgmExporter(0)])
          .status,
      ).toBe('fail');
    });
    it('fails on GPU nodes without an exporter', () => {
      expect(run('accelerator_metrics', [up.gpuNode('g')]).status).toBe('fail');
    });
    /** A pod of the exporter DaemonSet, Ready or not. */
    const exporterPod = (name: string, ready: boolean): KubeObject => ({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name,
        namespace: 'gpu-operator',
        labels: { 'app.kubernetes.io/name': 'dcgm-exporter' },
        ownerReferences: [
          {
            apiVersion: 'apps/v1',
            kind: 'DaemonSet',
            name: 'dcgm-exporter',
            uid: 'ds-uid',
            controller: true,
          },
        ],
      },
      spec: { nodeName: name, containers: [{ name: 'dcgm-exporter' }] },
      status: {
        phase: 'Running',
        conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
      },
    });
    it('reads readiness from the exporter pods when the DaemonSet has no status', () => {
      const { status: _dropped, ...noStatus } = up.dcgmExporter(0);
      const pods = [exporterPod('g1', true), exporterPod('g2', true)];
      const r = run('accelerator_metrics', [
        up.gpuNode('g'),
        noStatus,
        ...pods,
      ]);
      const readyPods = pods.filter(p =>
        p.status.conditions.some(
          (c: any) => c.type === 'Ready' && c.status === 'True',
        ),
      ).length;
      expect(r.status).toBe('pass');
      expect(r.evidence[0].note).toBe(
        `${readyPods}/${pods.length} ready (from its pods)`,
      );
    });
    it('believes the pods over a stale DaemonSet status', () => {
      const r = run('accelerator_metrics', [
        up.gpuNode('g'),
        up.dcgmExporter(2),
        exporterPod('g1', false),
        exporterPod('g2', false),
      ]);
      expect(r.status).toBe('fail');
      expect(r.evidence[0].note).toBe('0/2 ready (from its pods)');
    });
  });

  describe('ai_service_metrics', () => {
    it('passes with the Prometheus Operator CRDs', () => {
      const sm = up.crd(
        'servicemonitors',
        'monitoring.coreos.com',
        'ServiceMonitor',
        ['v1'],
      );
      expect(run('ai_service_metrics', [sm]).status).toBe('pass');
    });
    it('fails without them', () => {
      expect(run('ai_service_metrics', KUEUE_CRDS).status).toBe('fail');
    });
  });

  describe('secure_accelerator_access', () => {
    it('passes when GPU pods request GPUs through the device plugin', () => {
      expect(
        run('secure_accelerator_access', [
          up.gpuNode('gpu-1'),
          up.pod('train', { gpus: 1 }),
        ]).status,
      ).toBe('pass');
    });
    it('fails on a pod mounting /dev/nvidia0 by hostPath without a GPU request', () => {
      const r = run('secure_accelerator_access', [
        up.gpuNode('gpu-1'),
        up.pod('sneaky', { hostPathDev: true }),
      ]);
      expect(r.status).toBe('fail');
      expect(r.evidence).toEqual([
        expect.objectContaining({ kind: 'Pod', name: 'sneaky' }),
      ]);
    });
    it('fails on a privileged pod without a GPU request', () => {
      expect(
        run('secure_accelerator_access', [
          up.gpuNode('gpu-1'),
          up.pod('root', { privileged: true }),
        ]).status,
      ).toBe('fail');
    });
  });

  describe('robust_controller', () => {
    const isvcCrd = up.crd(
      'inferenceservices',
      'serving.kserve.io',
      'InferenceService',
      ['v1beta1'],
    );
    const isvc = up.inferenceService(
      'sklearn-oci-fetch',
      'oci+fetch://ghcr.io/kliukovkin/kserve-oci-test-fixture:v1',
    );
    it('passes with KServe: CRD established, controller available, a Ready InferenceService', () => {
      const controller = up.deployment(
        'kserve',
        'kserve-controller-manager',
        'kserve/kserve-controller:v0.20.0',
      );
      expect(run('robust_controller', [isvcCrd, controller, isvc]).status).toBe(
        'pass',
      );
    });
    it('fails when the controller Deployment is not available', () => {
      const down = up.deployment(
        'kserve',
        'kserve-controller-manager',
        'kserve/kserve-controller:v0.20.0',
        {},
        false,
      );
      expect(run('robust_controller', [isvcCrd, down, isvc]).status).toBe(
        'fail',
      );
    });
  });
});

describe('evaluateCluster', () => {
  it('fails dra_support (a MUST on 1.35) on us-east-virginia, which runs no DRA driver', () => {
    const result = evaluateCluster(exampleCluster('us-east-virginia'));
    const dra = result.checks.find(c => c.id === 'dra_support')!;
    expect(result.checklistVersion).toBe('1.35');
    expect(dra).toMatchObject({ status: 'fail', level: 'MUST', kar: '0051' });
  });

  it('passes dra_support on eu-sovereign-fra, citing its ResourceSlice', () => {
    const dra = evaluateCluster(exampleCluster('eu-sovereign-fra')).checks.find(
      c => c.id === 'dra_support',
    )!;
    expect(dra.status).toBe('pass');
    expect(dra.evidence.some(e => e.kind === 'ResourceSlice')).toBe(true);
  });

  it('reports the driver drift on fra-h100-2', () => {
    const check = evaluateCluster(
      exampleCluster('eu-sovereign-fra'),
    ).checks.find(c => c.id === 'driver_runtime_management')!;
    expect(check.status).toBe('fail');
    expect(check.summary).toContain('fra-h100-2');
  });

  it('marks requirements absent from the minor as not applicable and leaves them out of the score', () => {
    const par = evaluateCluster(exampleCluster('eu-hyperscaler-par')); // v1.34
    const sharing = par.checks.find(c => c.id === 'gpu_sharing')!;
    expect(sharing.level).toBeUndefined();
    expect(sharing.notApplicable).toMatch(/1\.34/);
    expect(par.checks.find(c => c.id === 'dra_support')!.level).toBe('MUST');
    expect(par.score.applicable).toBe(9);
  });

  it('says dra_support moved to base conformance on a 1.36 cluster', () => {
    const view = { ...clusterView('new', []), kubernetesVersion: 'v1.36.0' };
    const dra = evaluateCluster(view).checks.find(c => c.id === 'dra_support')!;
    expect(dra.level).toBeUndefined();
    expect(dra.notApplicable).toMatch(/base Kubernetes conformance/);
  });

  it('answers unknown with the reason for a cluster whose caches never filled, without crashing', () => {
    const view = {
      ...clusterView('down', []),
      kubernetesVersion: undefined,
      health: {
        state: 'error' as const,
        error: 'connect ECONNREFUSED 127.0.0.1:6449',
      },
    };
    const result = evaluateCluster(view);
    expect(result.checks.every(c => c.status === 'unknown')).toBe(true);
    expect(result.checks[0].summary).toContain('ECONNREFUSED');
    expect(result.hygiene).toEqual([]);
  });

  it('judges a stale cluster on its last objects and says so', () => {
    const result = evaluateCluster(
      exampleCluster('us-east-virginia', {
        state: 'stale',
        staleSince: '2026-07-15T09:05:00Z',
        error: 'connect ECONNREFUSED',
      }),
    );
    const dra = result.checks.find(c => c.id === 'dra_support')!;
    expect(dra.status).toBe('fail');
    expect(dra.summary).toContain('as of 2026-07-15T09:05:00Z');
  });

  it('turns a check that throws into unknown', () => {
    const view = clusterView('odd', [up.gpuNode('g')]);
    const broken = {
      ...view,
      kubernetesVersion: 'v1.35.0',
      list: (id: string) => {
        if (id === 'core/Node') throw new Error('boom');
        return view.list(id);
      },
    };
    const result = evaluateCluster(broken);
    expect(result.checks.find(c => c.id === 'gpu_sharing')).toMatchObject({
      status: 'unknown',
      summary: expect.stringContaining('boom'),
    });
  });
});
