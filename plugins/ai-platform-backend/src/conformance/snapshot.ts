import type {
  ConformanceEvidence,
  ConformanceStatus,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  CachedObject,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';

/** Kind ids (`<group or core>/<Kind>`) the checks read. */
export const K = {
  node: 'core/Node',
  pod: 'core/Pod',
  deployment: 'apps/Deployment',
  daemonSet: 'apps/DaemonSet',
  crd: 'apiextensions.k8s.io/CustomResourceDefinition',
  apiService: 'apiregistration.k8s.io/APIService',
  hpa: 'autoscaling/HorizontalPodAutoscaler',
  gatewayClass: 'gateway.networking.k8s.io/GatewayClass',
  resourceSlice: 'resource.k8s.io/ResourceSlice',
  deviceClass: 'resource.k8s.io/DeviceClass',
  resourceClaim: 'resource.k8s.io/ResourceClaim',
  inferencePool: 'inference.networking.k8s.io/InferencePool',
  isvc: 'serving.kserve.io/InferenceService',
  llmisvc: 'serving.kserve.io/LLMInferenceService',
  clusterQueue: 'kueue.x-k8s.io/ClusterQueue',
  kaiQueue: 'scheduling.run.ai/Queue',
  policyReport: 'wgpolicyk8s.io/PolicyReport',
  clusterPolicyReport: 'wgpolicyk8s.io/ClusterPolicyReport',
} as const;

/**
 * What the checks read of one cluster: the cached objects, which kinds the
 * cluster serves, and its Kubernetes version.
 */
export interface ClusterSnapshot {
  view: ClusterView;
  /** Whether the cluster serves a watched kind (so an empty list means none). */
  serves(kindId: string): boolean;
  list(kindId: string): ReadonlyArray<CachedObject>;
  /** CRDs by `metadata.name` (`<plural>.<group>`). */
  crd(name: string): CachedObject | undefined;
}

/** Reads a cluster view as a snapshot for the checks. */
export function snapshotOf(view: ClusterView): ClusterSnapshot {
  const served = new Set(view.servedKinds.map(k => k.id));
  const crds = new Map(view.list(K.crd).map(c => [c.metadata.name, c]));
  return {
    view,
    // A kind with cached objects is served even when the view does not list it.
    serves: id => served.has(id) || view.list(id).length > 0,
    list: id => view.list(id),
    crd: name => crds.get(name),
  };
}

/** An object as evidence. */
export function evidenceOf(
  object: CachedObject,
  note?: string,
): ConformanceEvidence {
  return {
    kind: object.kind,
    apiVersion: object.apiVersion,
    namespace: object.metadata.namespace,
    name: object.metadata.name,
    ...(note ? { note } : {}),
  };
}

/** The status of a condition, or undefined when the object has none of that type. */
export function condition(
  object: CachedObject | { status?: Record<string, unknown> },
  type: string,
): string | undefined {
  const list = (object.status?.conditions ?? []) as Array<{
    type?: string;
    status?: string;
  }>;
  return list.find(c => c.type === type)?.status;
}

/** A CRD that is Established and serves `version` (any version when omitted). */
export function crdServes(
  crd: CachedObject | undefined,
  version?: string,
): boolean {
  if (!crd) return false;
  const versions = (crd.spec?.versions ?? []) as Array<{
    name?: string;
    served?: boolean;
  }>;
  const servedVersion = versions.some(
    v => v.served !== false && (!version || v.name === version),
  );
  return servedVersion && condition(crd, 'Established') !== 'False';
}

/** The raw result of a check, before level and metadata are added. */
export interface CheckOutcome {
  status: ConformanceStatus;
  summary: string;
  evidence: ConformanceEvidence[];
}

export const labelsOf = (o: CachedObject) => o.metadata.labels ?? {};

/** Nodes with NVIDIA GPUs, by GFD product label or GPU resources. */
export function gpuNodes(snapshot: ClusterSnapshot): CachedObject[] {
  return snapshot.list(K.node).filter(node => {
    if (labelsOf(node)['nvidia.com/gpu.product']) return true;
    const capacity = (node.status?.capacity ?? {}) as Record<string, string>;
    return Object.keys(capacity).some(
      key => key === 'nvidia.com/gpu' || key.startsWith('nvidia.com/mig-'),
    );
  });
}
