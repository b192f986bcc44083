import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { GpuDeviceClasses } from '../gpu/deviceClasses';
import { readDraDevices } from '../gpu/dra';
import {
  CheckOutcome,
  ClusterSnapshot,
  condition,
  crdServes,
  evidenceOf,
  gpuNodes,
  K,
  labelsOf,
} from './snapshot';

/**
 * One read-only check of a Kubernetes AI Conformance requirement. The
 * signals are those of reference/ai-platform-shapes.md §1.4; `stillToProve`
 * says what only an active test could show.
 */
export interface RequirementCheck {
  id: string;
  signal: string;
  stillToProve: string;
  run(snapshot: ClusterSnapshot): CheckOutcome;
}

const unknown = (summary: string): CheckOutcome => ({
  status: 'unknown',
  summary,
  evidence: [],
});

const NO_GPU_NODES =
  'No node advertises NVIDIA GPUs (nvidia.com/gpu.product label or nvidia.com/gpu resources), so there is nothing to judge.';

const DRA_KINDS = [K.resourceSlice, K.deviceClass, K.resourceClaim];

function slicesOf(snapshot: ClusterSnapshot) {
  return snapshot.list(K.resourceSlice);
}

interface SliceDevice {
  name?: string;
  attributes?: Record<string, Record<string, unknown>>;
}

const devicesOf = (slice: CachedObject) =>
  ((slice.spec?.devices ?? []) as SliceDevice[]).filter(Boolean);

const attribute = (device: SliceDevice, name: string) => {
  const value = device.attributes?.[name];
  return value
    ? value.string ?? value.version ?? value.int ?? value.bool
    : undefined;
};

const draSupport: RequirementCheck = {
  id: 'dra_support',
  signal:
    'resource.k8s.io serves ResourceSlice, DeviceClass and ResourceClaim; at least one ResourceSlice published by a DRA driver; DeviceClass names',
  stillToProve:
    'That claims are allocated and reach pods: the upstream [sig-node] [DRA] CRUD conformance tests and a pod using a ResourceClaimTemplate.',
  run(snapshot) {
    const missing = DRA_KINDS.filter(id => !snapshot.serves(id));
    if (missing.length === DRA_KINDS.length) {
      return {
        status: 'fail',
        summary:
          'The cluster does not serve the DRA API (resource.k8s.io ResourceSlice, DeviceClass, ResourceClaim).',
        evidence: [],
      };
    }
    const slices = slicesOf(snapshot);
    const classes = snapshot.list(K.deviceClass);
    // Discovery is evidence too: which DRA resources the API server serves.
    const apis = snapshot.view.servedKinds
      .filter(k => DRA_KINDS.includes(k.id as (typeof DRA_KINDS)[number]))
      .map(k => ({
        kind: 'APIResource',
        apiVersion: `${k.group}/${k.version}`,
        name: `${k.plural}.${k.group}`,
        note: `served at ${k.group}/${k.version}`,
      }));
    const evidence = [
      ...apis,
      ...slices.map(s =>
        evidenceOf(
          s,
          `driver ${s.spec?.driver ?? '?'}, ${devicesOf(s).length} device(s)`,
        ),
      ),
      ...classes.map(c => evidenceOf(c)),
    ];
    if (slices.length === 0) {
      return {
        status: 'fail',
        summary:
          'The DRA API is served but no ResourceSlice exists: no DRA driver publishes devices. Ensure the DRA driver is running.',
        evidence,
      };
    }
    if (missing.length > 0) {
      return {
        status: 'fail',
        summary: `The DRA API is served only in part: ${missing.join(
          ', ',
        )} missing.`,
        evidence,
      };
    }
    const drivers = [...new Set(slices.map(s => String(s.spec?.driver)))];
    return {
      status: 'pass',
      summary: `DRA API served; ${
        slices.length
      } ResourceSlice(s) from ${drivers.join(', ')}; ${
        classes.length
      } DeviceClass(es).`,
      evidence,
    };
  },
};

const driverRuntimeManagement: RequirementCheck = {
  id: 'driver_runtime_management',
  signal:
    'GFD labels nvidia.com/cuda.driver-version.full and nvidia.com/cuda.runtime-version.full consistent across nodes of one nvidia.com/gpu.product; or DRA device attributes driverVersion/cudaDriverVersion',
  stillToProve:
    'That the driver and runtime a pod really gets match what the node advertises (the KAR test execs a pod and compares).',
  run(snapshot) {
    const nodes = gpuNodes(snapshot);
    const draVersions = slicesOf(snapshot).flatMap(slice =>
      devicesOf(slice)
        .map(d => attribute(d, 'driverVersion'))
        .filter(v => v !== undefined)
        .map(v => ({ slice, version: String(v) })),
    );
    if (nodes.length === 0 && draVersions.length === 0) {
      return unknown(NO_GPU_NODES);
    }
    const unlabelled = nodes.filter(
      n =>
        !labelsOf(n)['nvidia.com/cuda.driver-version.full'] &&
        !draVersions.some(d => d.slice.spec?.nodeName === n.metadata.name),
    );
    const byProduct = new Map<string, Map<string, CachedObject[]>>();
    for (const node of nodes) {
      const labels = labelsOf(node);
      const driver = labels['nvidia.com/cuda.driver-version.full'];
      if (!driver) continue;
      const product = labels['nvidia.com/gpu.product'] ?? 'unknown product';
      const key = `${driver} / CUDA runtime ${
        labels['nvidia.com/cuda.runtime-version.full'] ?? '?'
      }`;
      const versions = byProduct.get(product) ?? new Map();
      versions.set(key, [...(versions.get(key) ?? []), node]);
      byProduct.set(product, versions);
    }
    const evidence = [
      ...nodes.map(n =>
        evidenceOf(
          n,
          `driver ${
            labelsOf(n)['nvidia.com/cuda.driver-version.full'] ??
            'not advertised'
          }`,
        ),
      ),
      ...draVersions.map(d =>
        evidenceOf(d.slice, `driverVersion ${d.version}`),
      ),
    ];
    const drift = [...byProduct].filter(([, versions]) => versions.size > 1);
    if (drift.length > 0) {
      const text = drift
        .map(
          ([product, versions]) =>
            `${product}: ${[...versions]
              .map(
                ([v, ns]) =>
                  `${v} on ${ns.map(n => n.metadata.name).join(', ')}`,
              )
              .join('; ')}`,
        )
        .join(' | ');
      return {
        status: 'fail',
        summary: `Driver versions differ between nodes of the same GPU product: ${text}.`,
        evidence,
      };
    }
    if (unlabelled.length > 0) {
      return {
        status: 'fail',
        summary: `No driver version advertised on ${unlabelled
          .map(n => n.metadata.name)
          .join(', ')} (no GPU Feature Discovery label, no DRA attribute).`,
        evidence,
      };
    }
    return {
      status: 'pass',
      summary:
        'Every GPU node advertises its driver and CUDA runtime version, consistent per GPU product.',
      evidence,
    };
  },
};

const gpuSharing: RequirementCheck = {
  id: 'gpu_sharing',
  signal:
    'allocatable nvidia.com/mig-<g>g.<mem>gb or nvidia.com/gpu.shared; labels nvidia.com/gpu.sharing-strategy (time-slicing|mps), nvidia.com/mig.strategy, nvidia.com/gpu.replicas > 1; DRA slices with sharedCounters',
  stillToProve:
    'That two pods really share one physical GPU (the KAR test schedules pods on the same device).',
  run(snapshot) {
    const nodes = gpuNodes(snapshot);
    const evidence = [];
    for (const node of nodes) {
      const labels = labelsOf(node);
      const allocatable = Object.keys(
        (node.status?.allocatable ?? {}) as Record<string, string>,
      );
      const mig = allocatable.filter(k => k.startsWith('nvidia.com/mig-'));
      const strategy = labels['nvidia.com/gpu.sharing-strategy'];
      const replicas = Number(labels['nvidia.com/gpu.replicas'] ?? '1');
      const notes = [
        mig.length ? `MIG ${mig.join(', ')}` : '',
        allocatable.includes('nvidia.com/gpu.shared')
          ? 'nvidia.com/gpu.shared'
          : '',
        strategy && strategy !== 'none' ? `sharing-strategy ${strategy}` : '',
        replicas > 1 ? `${replicas} replicas per GPU` : '',
      ].filter(Boolean);
      if (notes.length) evidence.push(evidenceOf(node, notes.join('; ')));
    }
    // Shared counters only count where their pool holds GPUs (a NIC
    // driver's bandwidth counters share no GPU).
    const slices = slicesOf(snapshot);
    const gpuPools = new Set(
      readDraDevices(
        slices,
        new GpuDeviceClasses(snapshot.list(K.deviceClass)),
      ).map(d => d.key.slice(0, d.key.lastIndexOf('/'))),
    );
    for (const slice of slices) {
      const spec = (slice.spec ?? {}) as {
        driver?: unknown;
        pool?: { name?: unknown };
        sharedCounters?: unknown;
      };
      if (
        Array.isArray(spec.sharedCounters) &&
        spec.sharedCounters.length > 0 &&
        gpuPools.has(`${spec.driver}/${spec.pool?.name}`)
      ) {
        evidence.push(
          evidenceOf(slice, 'partitionable GPU devices (sharedCounters)'),
        );
      }
    }
    if (evidence.length > 0) {
      return {
        status: 'pass',
        summary: `${evidence.length} node(s) or slice(s) expose shared or partitioned GPUs.`,
        evidence,
      };
    }
    if (nodes.length === 0) return unknown(NO_GPU_NODES);
    return {
      status: 'fail',
      summary: `None of the ${nodes.length} GPU node(s) exposes MIG, time-slicing, MPS or partitionable DRA devices.`,
      evidence: nodes.map(n => evidenceOf(n, 'whole GPUs only')),
    };
  },
};

const virtualizedAccelerator: RequirementCheck = {
  id: 'virtualized_accelerator',
  signal:
    'node label nvidia.com/vgpu.present=true (with nvidia.com/vgpu.host-driver-version/-branch)',
  stillToProve: 'That a pod can use the vGPU (pod test).',
  run(snapshot) {
    const nodes = gpuNodes(snapshot);
    if (nodes.length === 0) return unknown(NO_GPU_NODES);
    const vgpu = nodes.filter(
      n => labelsOf(n)['nvidia.com/vgpu.present'] === 'true',
    );
    if (vgpu.length > 0) {
      return {
        status: 'pass',
        summary: `${vgpu.length} node(s) expose virtual GPUs.`,
        evidence: vgpu.map(n =>
          evidenceOf(
            n,
            `vGPU host driver ${
              labelsOf(n)['nvidia.com/vgpu.host-driver-version'] ?? '?'
            }`,
          ),
        ),
      };
    }
    return {
      status: 'fail',
      summary: `None of the ${nodes.length} GPU node(s) carries nvidia.com/vgpu.present=true.`,
      evidence: [],
    };
  },
};

const GATEWAY_CRDS = [
  'gatewayclasses.gateway.networking.k8s.io',
  'gateways.gateway.networking.k8s.io',
  'httproutes.gateway.networking.k8s.io',
];

/** Unknown when CRDs cannot be read at all (not served or not yet cached). */
function crdsUnreadable(snapshot: ClusterSnapshot): CheckOutcome | undefined {
  if (!snapshot.serves(K.crd)) {
    return unknown(
      'CustomResourceDefinitions could not be read from this cluster (apiextensions.k8s.io not served or not yet synced).',
    );
  }
  return undefined;
}

const aiInference: RequirementCheck = {
  id: 'ai_inference',
  signal:
    'CRDs gatewayclasses/gateways/httproutes.gateway.networking.k8s.io served at v1; at least one GatewayClass with Accepted=True',
  stillToProve:
    'Weighted traffic splitting and header-based routing on real inference traffic (traffic test).',
  run(snapshot) {
    const unreadable = crdsUnreadable(snapshot);
    if (unreadable) return unreadable;
    const missing = GATEWAY_CRDS.filter(
      name => !crdServes(snapshot.crd(name), 'v1'),
    );
    const crdEvidence = GATEWAY_CRDS.flatMap(name => {
      const crd = snapshot.crd(name);
      return crd ? [evidenceOf(crd)] : [];
    });
    if (missing.length > 0) {
      return {
        status: 'fail',
        summary: `Gateway API is not installed at v1: ${missing.join(
          ', ',
        )} missing.`,
        evidence: crdEvidence,
      };
    }
    const classes = snapshot.list(K.gatewayClass);
    const accepted = classes.filter(c => condition(c, 'Accepted') === 'True');
    const evidence = [
      ...crdEvidence,
      ...classes.map(c =>
        evidenceOf(
          c,
          `controller ${c.spec?.controllerName ?? '?'}, Accepted=${
            condition(c, 'Accepted') ?? 'unset'
          }`,
        ),
      ),
    ];
    if (accepted.length === 0) {
      return {
        status: 'fail',
        summary:
          'Gateway API CRDs are installed but no GatewayClass is Accepted: no implementation serves them.',
        evidence,
      };
    }
    return {
      status: 'pass',
      summary: `Gateway API v1 installed; accepted GatewayClass(es): ${accepted
        .map(c => c.metadata.name)
        .join(', ')}.`,
      evidence,
    };
  },
};

const advancedInferenceIngress: RequirementCheck = {
  id: 'advanced_inference_ingress',
  signal:
    'CRD inferencepools.inference.networking.k8s.io at v1; InferencePools whose status.parents[].conditions have Accepted=True and ResolvedRefs=True',
  stillToProve:
    "Endpoint-picker routing decisions (e.g. K/V cache-aware): GAIE's conformance suite with -gateway-class <name>.",
  run(snapshot) {
    const unreadable = crdsUnreadable(snapshot);
    if (unreadable) return unreadable;
    const crd = snapshot.crd('inferencepools.inference.networking.k8s.io');
    if (!crdServes(crd, 'v1')) {
      return {
        status: 'fail',
        summary:
          'The Gateway API Inference Extension is not installed (no InferencePool CRD at inference.networking.k8s.io/v1).',
        evidence: crd ? [evidenceOf(crd)] : [],
      };
    }
    const pools = snapshot.list(K.inferencePool);
    const bound = pools.filter(pool =>
      (
        (pool.status?.parents ?? []) as Array<
          { status?: Record<string, unknown> } & Record<string, unknown>
        >
      ).some(
        parent =>
          condition({ status: parent }, 'Accepted') === 'True' &&
          condition({ status: parent }, 'ResolvedRefs') === 'True',
      ),
    );
    const evidence = [
      evidenceOf(crd!),
      ...pools.map(p =>
        evidenceOf(
          p,
          bound.includes(p)
            ? 'accepted by a Gateway, references resolved'
            : 'not accepted by any Gateway',
        ),
      ),
    ];
    if (bound.length === 0) {
      return {
        status: 'fail',
        summary:
          pools.length === 0
            ? 'The InferencePool CRD is installed but no InferencePool exists.'
            : 'No InferencePool is Accepted with ResolvedRefs by a Gateway.',
        evidence,
      };
    }
    return {
      status: 'pass',
      summary: `${bound.length} InferencePool(s) accepted by a Gateway with their endpoint picker resolved.`,
      evidence,
    };
  },
};

const ACCELERATOR_DRIVER = /gpu|neuron|tpu|habana|gaudi/i;

const highPerformanceNetworking: RequirementCheck = {
  id: 'high_performance_networking',
  signal:
    'ResourceSlices from a network DRA driver: devices with resource.kubernetes.io/pciBusID or pcieRoot from a driver that is not an accelerator driver',
  stillToProve:
    'Pod-to-pod bandwidth over the extra interfaces (pod-to-pod test). The DRANET driver name is unverified, so absence is reported as unknown.',
  run(snapshot) {
    const network = slicesOf(snapshot).filter(
      slice =>
        !ACCELERATOR_DRIVER.test(String(slice.spec?.driver ?? '')) &&
        devicesOf(slice).some(
          d =>
            attribute(d, 'resource.kubernetes.io/pciBusID') !== undefined ||
            attribute(d, 'resource.kubernetes.io/pcieRoot') !== undefined,
        ),
    );
    if (network.length > 0) {
      return {
        status: 'pass',
        summary: `Network devices are published through DRA by ${[
          ...new Set(network.map(s => s.spec?.driver)),
        ].join(', ')}.`,
        evidence: network.map(s => evidenceOf(s, `driver ${s.spec?.driver}`)),
      };
    }
    return unknown(
      'No ResourceSlice of a network DRA driver was seen; multi-NIC set-ups without DRA cannot be seen read-only.',
    );
  },
};

const disaggregatedInference: RequirementCheck = {
  id: 'disaggregated_inference',
  signal:
    'CRDs disaggregatedsets.disaggregatedset.x-k8s.io / leaderworkersets.leaderworkerset.x-k8s.io; pods labelled llm-d.ai/role=prefill|decode; LLMInferenceService.spec.prefill set',
  stillToProve:
    'That one request is served by a prefill and a decode instance (the KAR test correlates the request ID in both pod logs).',
  run(snapshot) {
    const services = snapshot.list(K.llmisvc).filter(s => s.spec?.prefill);
    const pods = snapshot
      .list(K.pod)
      .filter(p =>
        ['prefill', 'decode'].includes(labelsOf(p)['llm-d.ai/role'] ?? ''),
      );
    const roles = new Set(pods.map(p => labelsOf(p)['llm-d.ai/role']));
    const crds = [
      'disaggregatedsets.disaggregatedset.x-k8s.io',
      'leaderworkersets.leaderworkerset.x-k8s.io',
    ].flatMap(name => {
      const crd = snapshot.crd(name);
      return crd ? [crd] : [];
    });
    const evidence = [
      ...services.map(s => evidenceOf(s, 'spec.prefill set')),
      ...pods.map(p => evidenceOf(p, `role ${labelsOf(p)['llm-d.ai/role']}`)),
      ...crds.map(c => evidenceOf(c)),
    ];
    if (services.length > 0 || (roles.has('prefill') && roles.has('decode'))) {
      return {
        status: 'pass',
        summary: 'Separate prefill and decode workloads are deployed.',
        evidence,
      };
    }
    return {
      status: 'fail',
      summary:
        crds.length > 0
          ? 'The CRDs are installed but no disaggregated (prefill/decode) workload runs.'
          : 'No disaggregated inference solution is seen (no prefill/decode workloads, no DisaggregatedSet or LeaderWorkerSet CRD).',
      evidence,
    };
  },
};

const GANG_CRDS: Array<{ name: string; solution: string }> = [
  { name: 'clusterqueues.kueue.x-k8s.io', solution: 'Kueue' },
  { name: 'workloads.kueue.x-k8s.io', solution: 'Kueue' },
  { name: 'queues.scheduling.run.ai', solution: 'KAI Scheduler' },
  { name: 'podgroups.scheduling.run.ai', solution: 'KAI Scheduler' },
  // Volcano's CRD name is unverified (reference §8).
  { name: 'podgroups.scheduling.volcano.sh', solution: 'Volcano' },
];

const gangScheduling: RequirementCheck = {
  id: 'gang_scheduling',
  signal:
    'Kueue CRDs (*.kueue.x-k8s.io) with ClusterQueues; KAI queues.scheduling.run.ai / podgroups.scheduling.run.ai; Volcano podgroups.scheduling.volcano.sh',
  stillToProve:
    'All-or-nothing admission: a job that fits runs whole, one that does not fit gets no pods (positive and negative job test).',
  run(snapshot) {
    const unreadable = crdsUnreadable(snapshot);
    if (unreadable) return unreadable;
    const found = GANG_CRDS.filter(c => crdServes(snapshot.crd(c.name)));
    const queues = [
      ...snapshot.list(K.clusterQueue),
      ...snapshot.list(K.kaiQueue),
    ];
    const solutions = [...new Set(found.map(c => c.solution))];
    const evidence = [
      ...found.map(c => evidenceOf(snapshot.crd(c.name)!)),
      ...queues.map(q => evidenceOf(q)),
    ];
    if (solutions.length === 0) {
      return {
        status: 'fail',
        summary:
          'No gang scheduling solution is installed (no Kueue, KAI Scheduler or Volcano CRDs).',
        evidence,
      };
    }
    if (queues.length === 0 && !solutions.includes('Volcano')) {
      return {
        status: 'fail',
        summary: `${solutions.join(
          ', ',
        )} CRDs are installed but no queue is defined.`,
        evidence,
      };
    }
    return {
      status: 'pass',
      summary: `${solutions.join(', ')} installed with ${
        queues.length
      } queue(s).`,
      evidence,
    };
  },
};

const clusterAutoscaling: RequirementCheck = {
  id: 'cluster_autoscaling',
  signal:
    'a cluster-autoscaler Deployment (app.kubernetes.io/name=cluster-autoscaler or that name) or Karpenter CRDs nodepools.karpenter.sh',
  stillToProve:
    'Scale-up of an accelerator node group for a pending GPU pod and scale-down when idle (scale test). Object names are unverified.',
  run(snapshot) {
    const autoscalers = snapshot
      .list(K.deployment)
      .filter(
        d =>
          labelsOf(d)['app.kubernetes.io/name'] === 'cluster-autoscaler' ||
          d.metadata.name.includes('cluster-autoscaler') ||
          labelsOf(d)['app.kubernetes.io/name'] === 'karpenter',
      );
    const karpenter = snapshot.crd('nodepools.karpenter.sh');
    const evidence = [
      ...autoscalers.map(d => evidenceOf(d)),
      ...(karpenter ? [evidenceOf(karpenter)] : []),
    ];
    if (evidence.length > 0) {
      return {
        status: 'pass',
        summary: 'A cluster autoscaler is installed.',
        evidence,
      };
    }
    return unknown(
      'No cluster autoscaler is seen. The requirement applies only if the platform provides one; say so (N/A with a justification) in the self-assessment.',
    );
  },
};

const podAutoscaling: RequirementCheck = {
  id: 'pod_autoscaling',
  signal:
    'APIService v1beta1.custom.metrics.k8s.io Available=True; HorizontalPodAutoscalers with Pods/External metrics',
  stillToProve:
    'That an HPA scales GPU pods on an AI metric under load (load test).',
  run(snapshot) {
    if (!snapshot.serves(K.apiService)) {
      return unknown(
        'APIServices could not be read from this cluster (apiregistration.k8s.io not served or not yet synced).',
      );
    }
    const custom = snapshot
      .list(K.apiService)
      .filter(a =>
        [
          'v1beta1.custom.metrics.k8s.io',
          'v1beta2.custom.metrics.k8s.io',
          'v1beta1.external.metrics.k8s.io',
        ].includes(a.metadata.name),
      );
    const available = custom.filter(a => condition(a, 'Available') === 'True');
    const hpas = snapshot
      .list(K.hpa)
      .filter(h =>
        ((h.spec?.metrics ?? []) as Array<{ type?: string }>).some(
          m => m.type === 'Pods' || m.type === 'External',
        ),
      );
    const evidence = [
      ...custom.map(a =>
        evidenceOf(a, `Available=${condition(a, 'Available') ?? 'unset'}`),
      ),
      ...hpas.map(h => evidenceOf(h, 'scales on Pods/External metrics')),
    ];
    if (available.length === 0) {
      return {
        status: 'fail',
        summary:
          'No custom or external metrics API is available (APIService v1beta1.custom.metrics.k8s.io), so an HPA cannot scale on AI metrics.',
        evidence,
      };
    }
    return {
      status: 'pass',
      summary: `Custom metrics API available; ${hpas.length} HPA(s) use Pods/External metrics.`,
      evidence,
    };
  },
};

const isDcgmExporter = (o: CachedObject) =>
  labelsOf(o)['app.kubernetes.io/name'] === 'dcgm-exporter' ||
  labelsOf(o).app === 'nvidia-dcgm-exporter' ||
  o.metadata.name.includes('dcgm-exporter');

const acceleratorMetrics: RequirementCheck = {
  id: 'accelerator_metrics',
  signal:
    'a ready DCGM exporter DaemonSet (app.kubernetes.io/name=dcgm-exporter) on GPU nodes',
  stillToProve:
    'That the endpoint serves DCGM_FI_DEV_GPU_UTIL and DCGM_FI_DEV_FB_USED/_FB_FREE per GPU (and should serve temperature, power, NVLink) and that they move under load.',
  run(snapshot) {
    const nodes = gpuNodes(snapshot);
    const exporters = snapshot.list(K.daemonSet).filter(isDcgmExporter);
    if (nodes.length === 0 && exporters.length === 0) {
      return unknown(NO_GPU_NODES);
    }
    const pods = snapshot.list(K.pod);
    const readiness = new Map(
      exporters.map(d => [d, exporterReadiness(d, pods)]),
    );
    const ready = exporters.filter(d => readiness.get(d)!.ready > 0);
    const evidence = exporters.map(d => {
      const r = readiness.get(d)!;
      return evidenceOf(
        d,
        `${r.ready}/${r.desired ?? '?'} ready${
          r.source === 'pods' ? ' (from its pods)' : ''
        }`,
      );
    });
    if (ready.length === 0) {
      return {
        status: 'fail',
        summary:
          exporters.length === 0
            ? `No accelerator metrics exporter (DCGM exporter) runs on the ${nodes.length} GPU node(s).`
            : 'The DCGM exporter has no ready pod.',
        evidence,
      };
    }
    return {
      status: 'pass',
      summary: `DCGM exporter ready on ${ready
        .map(d => readiness.get(d)!.ready)
        .join(', ')} node(s).`,
      evidence,
    };
  },
};

/**
 * How many of a DaemonSet's pods are ready. Its pods in the cache are the
 * truth (Ready condition True); the DaemonSet's status counts only where no
 * pod of it is cached, since a DaemonSet without status (or with a stale
 * one) beside running pods says nothing about them.
 */
function exporterReadiness(
  daemonSet: CachedObject,
  pods: ReadonlyArray<CachedObject>,
): { ready: number; desired?: number; source: 'pods' | 'status' } {
  const own = pods.filter(
    p =>
      p.metadata.namespace === daemonSet.metadata.namespace &&
      (p.metadata.ownerReferences ?? []).some(
        o => o.kind === 'DaemonSet' && o.name === daemonSet.metadata.name,
      ),
  );
  const status = (daemonSet.status ?? {}) as {
    numberReady?: unknown;
    desiredNumberScheduled?: unknown;
  };
  const count = (v: unknown) =>
    typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined;
  const desired = count(status.desiredNumberScheduled);
  if (own.length > 0) {
    return {
      ready: own.filter(p => condition(p, 'Ready') === 'True').length,
      desired: desired ?? own.length,
      source: 'pods',
    };
  }
  return { ready: count(status.numberReady) ?? 0, desired, source: 'status' };
}

const aiServiceMetrics: RequirementCheck = {
  id: 'ai_service_metrics',
  signal:
    'CRDs servicemonitors.monitoring.coreos.com / podmonitors.monitoring.coreos.com (Prometheus Operator)',
  stillToProve:
    'That workload metrics (e.g. vllm:kv_cache_usage_perc) are really scraped: a Prometheus query under traffic.',
  run(snapshot) {
    const unreadable = crdsUnreadable(snapshot);
    if (unreadable) return unreadable;
    const crds = [
      'servicemonitors.monitoring.coreos.com',
      'podmonitors.monitoring.coreos.com',
    ].flatMap(name => {
      const crd = snapshot.crd(name);
      return crd && crdServes(crd) ? [crd] : [];
    });
    if (crds.length === 0) {
      return {
        status: 'fail',
        summary:
          'No Prometheus-format workload monitoring is installed (no ServiceMonitor/PodMonitor CRD).',
        evidence: [],
      };
    }
    return {
      status: 'pass',
      summary: `Prometheus Operator CRDs installed: ${crds
        .map(c => c.metadata.name)
        .join(', ')}.`,
      evidence: crds.map(c => evidenceOf(c)),
    };
  },
};

interface PodContainer {
  name?: string;
  privileged?: boolean;
  resources?: {
    requests?: Record<string, unknown>;
    limits?: Record<string, unknown>;
    claims?: unknown[];
  };
}

function requestsAccelerator(pod: CachedObject): boolean {
  const containers = [
    ...((pod.spec?.containers ?? []) as PodContainer[]),
    ...((pod.spec?.initContainers ?? []) as PodContainer[]),
  ];
  const claims = pod.spec?.resourceClaims as unknown[] | undefined;
  return (
    (claims?.length ?? 0) > 0 ||
    containers.some(c =>
      Object.keys({ ...c.resources?.requests, ...c.resources?.limits }).some(
        k => k.startsWith('nvidia.com/'),
      ),
    )
  );
}

const secureAcceleratorAccess: RequirementCheck = {
  id: 'secure_accelerator_access',
  signal:
    'GPUs exposed through the device plugin (nvidia.com/gpu allocatable) or DRA (ResourceSlices); no pod mounts /dev/nvidia* by hostPath or runs privileged without a GPU request or claim (heuristic)',
  stillToProve:
    'Isolation between containers and pods on one node: upstream TestSecureAcceleratorAccess (PositiveAccessTest, NegativeIsolationTest, MultiContainerIsolationTest).',
  run(snapshot) {
    const nodes = gpuNodes(snapshot);
    const slices = slicesOf(snapshot);
    if (nodes.length === 0 && slices.length === 0) return unknown(NO_GPU_NODES);
    const bypassing = snapshot.list(K.pod).filter(pod => {
      const devMount = ((pod.spec?.hostPaths ?? []) as string[]).some(p =>
        /^\/dev\/nvidia/.test(p),
      );
      const privileged = ((pod.spec?.containers ?? []) as PodContainer[]).some(
        c => c.privileged,
      );
      return (devMount || privileged) && !requestsAccelerator(pod);
    });
    const isDriverPod = (pod: CachedObject) =>
      pod.metadata.namespace === 'gpu-operator' ||
      isDcgmExporter(pod) ||
      /device-plugin|dra-driver|kubelet-plugin/.test(pod.metadata.name);
    const offenders = bypassing.filter(p => !isDriverPod(p));
    const mediated = [
      ...nodes
        .filter(n =>
          Object.keys(
            (n.status?.allocatable ?? {}) as Record<string, string>,
          ).some(k => k.startsWith('nvidia.com/')),
        )
        .map(n => evidenceOf(n, 'GPUs as extended resources (device plugin)')),
      ...slices.map(s => evidenceOf(s, `DRA driver ${s.spec?.driver}`)),
    ];
    if (offenders.length > 0) {
      return {
        status: 'fail',
        summary: `${offenders.length} pod(s) reach GPUs around the resource framework (hostPath /dev/nvidia* or privileged, without a GPU request or claim).`,
        evidence: offenders.map(p =>
          evidenceOf(p, 'hostPath /dev/nvidia* or privileged, no GPU request'),
        ),
      };
    }
    if (mediated.length === 0) {
      return {
        status: 'fail',
        summary:
          'GPU nodes exist but GPUs are neither extended resources nor DRA devices.',
        evidence: [],
      };
    }
    return {
      status: 'pass',
      summary:
        'GPUs are handed out through the device plugin or DRA, and no workload pod mounts them around it.',
      evidence: mediated,
    };
  },
};

/** AI operators whose CRDs and controllers robust_controller looks for. */
const AI_OPERATORS: Array<{
  name: string;
  crd: string;
  kindId: string;
  deployment: RegExp;
}> = [
  {
    name: 'KServe',
    crd: 'inferenceservices.serving.kserve.io',
    kindId: K.isvc,
    deployment: /^kserve-controller-manager$/,
  },
  {
    name: 'KServe',
    crd: 'llminferenceservices.serving.kserve.io',
    kindId: K.llmisvc,
    deployment: /^(kserve-controller-manager|llmisvc-controller-manager)$/,
  },
  {
    name: 'Kueue',
    crd: 'clusterqueues.kueue.x-k8s.io',
    kindId: K.clusterQueue,
    deployment: /^kueue-controller-manager$/,
  },
];

const robustController: RequirementCheck = {
  id: 'robust_controller',
  signal:
    'an AI operator CRD Established, its controller Deployment Available, and its custom resources Ready=True (KServe, Kueue)',
  stillToProve:
    'That its webhooks reject an invalid custom resource and that reconciliation recovers (invalid-CR rejection test).',
  run(snapshot) {
    const unreadable = crdsUnreadable(snapshot);
    if (unreadable) return unreadable;
    const deployments = snapshot.list(K.deployment);
    const evidence = [];
    const working: string[] = [];
    for (const operator of AI_OPERATORS) {
      const crd = snapshot.crd(operator.crd);
      if (!crd || condition(crd, 'Established') !== 'True') continue;
      const controller = deployments.find(
        d =>
          operator.deployment.test(d.metadata.name) &&
          condition(d, 'Available') === 'True',
      );
      const resources = snapshot.list(operator.kindId);
      // Kueue's ClusterQueue reports Active rather than Ready.
      const ready = resources.filter(
        r =>
          condition(r, 'Ready') === 'True' || condition(r, 'Active') === 'True',
      );
      evidence.push(evidenceOf(crd, 'Established'));
      if (controller) evidence.push(evidenceOf(controller, 'Available'));
      evidence.push(...ready.map(r => evidenceOf(r, 'reconciled (Ready)')));
      if (controller && (ready.length > 0 || resources.length === 0)) {
        working.push(operator.name);
      }
    }
    if (working.length > 0) {
      return {
        status: 'pass',
        summary: `${[...new Set(working)].join(
          ', ',
        )}: CRD established, controller available, resources reconciled.`,
        evidence,
      };
    }
    return {
      status: 'fail',
      summary:
        evidence.length > 0
          ? 'AI operator CRDs are installed but no controller is Available with reconciled resources.'
          : 'No AI operator (KServe, Kueue) with an established CRD is installed.',
      evidence,
    };
  },
};

/** Every requirement check, in checklist order. */
export const REQUIREMENT_CHECKS: RequirementCheck[] = [
  draSupport,
  driverRuntimeManagement,
  gpuSharing,
  virtualizedAccelerator,
  aiInference,
  advancedInferenceIngress,
  highPerformanceNetworking,
  disaggregatedInference,
  gangScheduling,
  clusterAutoscaling,
  podAutoscaling,
  acceleratorMetrics,
  aiServiceMetrics,
  secureAcceleratorAccess,
  robustController,
];
