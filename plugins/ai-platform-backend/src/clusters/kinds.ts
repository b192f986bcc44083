import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { countResults } from '../conformance/policyReports';

/**
 * A kind the cluster layer watches. `versions` lists the API versions the
 * readers understand, preferred first; discovery picks the first one the
 * cluster serves, so clusters on older or newer releases of an operator still
 * work as long as one version is shared.
 */
export interface WatchedKindDefinition {
  group: string;
  versions: string[];
  kind: string;
  plural: string;
  namespaced: boolean;
  /** Whether the kind belongs in a cluster's "AI APIs served" list. */
  aiRelevant: boolean;
  /** Keeps what the domains read; the rest of the object is dropped. */
  project?(object: KubeObject): CachedObject;
  /**
   * Why the domains cannot (fully) use a cached object: one sentence per
   * problem, naming the field. Empty when the object is understood.
   */
  inspect?(object: CachedObject): string[];
}

/** A Kubernetes object as it comes off the wire. */
export type KubeObject = Record<string, any>;

/** The id a domain reads a kind by: `<group or core>/<Kind>`, version-independent. */
export function kindId(kind: { group: string; kind: string }): string {
  return `${kind.group || 'core'}/${kind.kind}`;
}

const DROPPED_ANNOTATIONS = [
  'kubectl.kubernetes.io/last-applied-configuration',
];

function compactMetadata(metadata: KubeObject = {}): CachedObject['metadata'] {
  const annotations = metadata.annotations
    ? Object.fromEntries(
        Object.entries(metadata.annotations as Record<string, string>).filter(
          ([key]) => !DROPPED_ANNOTATIONS.includes(key),
        ),
      )
    : undefined;
  return {
    name: metadata.name,
    namespace: metadata.namespace,
    uid: metadata.uid,
    resourceVersion: metadata.resourceVersion,
    creationTimestamp: metadata.creationTimestamp,
    ...(metadata.deletionTimestamp
      ? { deletionTimestamp: metadata.deletionTimestamp }
      : {}),
    labels: metadata.labels,
    annotations,
    ownerReferences: metadata.ownerReferences?.map((ref: KubeObject) => ({
      kind: ref.kind,
      name: ref.name,
      uid: ref.uid,
      controller: ref.controller,
    })),
  };
}

/** Default projection: everything but managed fields and last-applied copies. */
export function projectDefault(object: KubeObject): CachedObject {
  return {
    apiVersion: object.apiVersion,
    kind: object.kind,
    metadata: compactMetadata(object.metadata),
    spec: object.spec,
    status: object.status,
  };
}

/**
 * RBAC objects keep their rules, subjects and role reference at the top
 * level; the cache keeps them under `spec`, where the readers look.
 */
function projectRbac(object: KubeObject): CachedObject {
  return {
    ...projectDefault(object),
    spec: {
      rules: object.rules,
      subjects: object.subjects,
      roleRef: object.roleRef,
    },
  };
}

function containerResources(containers: KubeObject[] | undefined) {
  return containers?.map(c => ({
    name: c.name,
    image: c.image,
    resources: c.resources,
    // Secure accelerator access (conformance) looks for privileged containers.
    ...(c.securityContext?.privileged ? { privileged: true } : {}),
  }));
}

/**
 * Of the volumes only host paths are kept (conformance looks for
 * `/dev/nvidia*` mounts), and only on pods that have any.
 */
function hostPaths(volumes: KubeObject[] | undefined) {
  const paths: string[] = (volumes ?? [])
    .map(v => v.hostPath?.path)
    .filter((p): p is string => typeof p === 'string');
  return paths.length ? { hostPaths: paths } : {};
}

/** Conditions reduced to what health and readiness checks read. */
function conditions(status: KubeObject | undefined) {
  return status?.conditions?.map((c: KubeObject) => ({
    type: c.type,
    status: c.status,
  }));
}

/** Pods are the bulk of a cluster: keep placement, resources and phase only. */
function projectPod(pod: KubeObject): CachedObject {
  return {
    apiVersion: pod.apiVersion,
    kind: pod.kind,
    metadata: compactMetadata(pod.metadata),
    spec: {
      nodeName: pod.spec?.nodeName,
      schedulerName: pod.spec?.schedulerName,
      serviceAccountName: pod.spec?.serviceAccountName,
      containers: containerResources(pod.spec?.containers),
      initContainers: containerResources(pod.spec?.initContainers),
      resourceClaims: pod.spec?.resourceClaims,
      ...hostPaths(pod.spec?.volumes),
    },
    status: {
      phase: pod.status?.phase,
      startTime: pod.status?.startTime,
      conditions: conditions(pod.status),
      // The image ID is the digest a container really runs: for a modelcar
      // (an OCI model as a sidecar image) it tells which model version runs.
      containerStatuses: pod.status?.containerStatuses?.map(
        (c: KubeObject) => ({
          name: c.name,
          image: c.image,
          imageID: c.imageID,
        }),
      ),
      // KServe's modelcar init container pulls the same model image first.
      initContainerStatuses: pod.status?.initContainerStatuses?.map(
        (c: KubeObject) => ({
          name: c.name,
          image: c.image,
          imageID: c.imageID,
        }),
      ),
    },
  };
}

function projectNode(node: KubeObject): CachedObject {
  return {
    apiVersion: node.apiVersion,
    kind: node.kind,
    metadata: compactMetadata(node.metadata),
    spec: {
      unschedulable: node.spec?.unschedulable,
      taints: node.spec?.taints,
    },
    status: {
      capacity: node.status?.capacity,
      allocatable: node.status?.allocatable,
      conditions: conditions(node.status),
      nodeInfo: node.status?.nodeInfo && {
        kubeletVersion: node.status.nodeInfo.kubeletVersion,
        containerRuntimeVersion: node.status.nodeInfo.containerRuntimeVersion,
      },
    },
  };
}

/** CRDs carry big schemas: keep names, served versions and conditions. */
function projectCrd(crd: KubeObject): CachedObject {
  return {
    apiVersion: crd.apiVersion,
    kind: crd.kind,
    metadata: compactMetadata(crd.metadata),
    spec: {
      group: crd.spec?.group,
      scope: crd.spec?.scope,
      names: crd.spec?.names && {
        kind: crd.spec.names.kind,
        plural: crd.spec.names.plural,
      },
      versions: crd.spec?.versions?.map((v: KubeObject) => ({
        name: v.name,
        served: v.served,
        storage: v.storage,
      })),
    },
    status: { conditions: conditions(crd.status) },
  };
}

/**
 * PolicyReports keep their totals in a top-level `summary` (and the reported
 * object in `scope`), outside spec/status: move them where the cache keeps
 * fields. Individual results are dropped; their counts per result value
 * and the summary are what is read.
 */
function projectPolicyReport(report: KubeObject): CachedObject {
  return {
    apiVersion: report.apiVersion,
    kind: report.kind,
    metadata: compactMetadata(report.metadata),
    spec: report.scope
      ? {
          scope: {
            kind: report.scope.kind,
            namespace: report.scope.namespace,
            name: report.scope.name,
          },
        }
      : undefined,
    status: {
      summary: report.summary,
      // How many results hold each value, so a missing or wrong summary
      // does not lose failures.
      resultCounts: countResults(report.results),
    },
  };
}

/**
 * Services are read to tell whether a route's backend or a pool's endpoint
 * picker exists, and who owns them: keep selector, ports and type.
 */
function projectService(service: KubeObject): CachedObject {
  return {
    apiVersion: service.apiVersion,
    kind: service.kind,
    metadata: compactMetadata(service.metadata),
    spec: {
      type: service.spec?.type,
      selector: service.spec?.selector,
      ports: service.spec?.ports?.map((p: KubeObject) => ({
        name: p.name,
        port: p.port,
        targetPort: p.targetPort,
        protocol: p.protocol,
      })),
    },
  };
}

const core = (
  kind: string,
  plural: string,
  namespaced: boolean,
): WatchedKindDefinition => ({
  group: '',
  versions: ['v1'],
  kind,
  plural,
  namespaced,
  aiRelevant: false,
});

/**
 * Every kind the domains read (GPU, models, agents, sovereignty, cost,
 * conformance). Shapes and versions: reference/ai-platform-shapes.md.
 */
export const WATCHED_KINDS: WatchedKindDefinition[] = [
  { ...core('Node', 'nodes', false), project: projectNode },
  { ...core('Pod', 'pods', true), project: projectPod },
  core('Namespace', 'namespaces', false),
  core('ResourceQuota', 'resourcequotas', true),
  { ...core('Service', 'services', true), project: projectService },
  {
    group: 'apps',
    versions: ['v1'],
    kind: 'DaemonSet',
    plural: 'daemonsets',
    namespaced: true,
    aiRelevant: false,
  },
  {
    group: 'apps',
    versions: ['v1'],
    kind: 'Deployment',
    plural: 'deployments',
    namespaced: true,
    aiRelevant: false,
  },
  // RBAC: who may read which namespaces, for what an agent's tools can reach
  ...(
    [
      ['ClusterRole', 'clusterroles', false],
      ['ClusterRoleBinding', 'clusterrolebindings', false],
      ['Role', 'roles', true],
      ['RoleBinding', 'rolebindings', true],
    ] as const
  ).map(([kind, plural, namespaced]) => ({
    group: 'rbac.authorization.k8s.io',
    versions: ['v1'],
    kind,
    plural,
    namespaced,
    aiRelevant: false,
    project: projectRbac,
  })),
  // Dynamic Resource Allocation
  {
    group: 'resource.k8s.io',
    versions: ['v1', 'v1beta2', 'v1beta1'],
    kind: 'ResourceSlice',
    plural: 'resourceslices',
    namespaced: false,
    aiRelevant: true,
  },
  {
    group: 'resource.k8s.io',
    versions: ['v1', 'v1beta2', 'v1beta1'],
    kind: 'DeviceClass',
    plural: 'deviceclasses',
    namespaced: false,
    aiRelevant: true,
  },
  {
    group: 'resource.k8s.io',
    versions: ['v1', 'v1beta2', 'v1beta1'],
    kind: 'ResourceClaim',
    plural: 'resourceclaims',
    namespaced: true,
    aiRelevant: true,
  },
  // What an inference service's pods claim per replica (KServe's managed
  // DRA creates one, `<name>-managed-dra`)
  {
    group: 'resource.k8s.io',
    versions: ['v1', 'v1beta2', 'v1beta1'],
    kind: 'ResourceClaimTemplate',
    plural: 'resourceclaimtemplates',
    namespaced: true,
    aiRelevant: true,
  },
  // Queues: Kueue and KAI
  {
    group: 'kueue.x-k8s.io',
    versions: ['v1beta2', 'v1beta1'],
    kind: 'ClusterQueue',
    plural: 'clusterqueues',
    namespaced: false,
    aiRelevant: true,
  },
  {
    group: 'kueue.x-k8s.io',
    versions: ['v1beta2', 'v1beta1'],
    kind: 'LocalQueue',
    plural: 'localqueues',
    namespaced: true,
    aiRelevant: true,
  },
  {
    group: 'kueue.x-k8s.io',
    versions: ['v1beta2', 'v1beta1'],
    kind: 'ResourceFlavor',
    plural: 'resourceflavors',
    namespaced: false,
    aiRelevant: true,
  },
  {
    group: 'scheduling.run.ai',
    versions: ['v2', 'v2alpha2'],
    kind: 'Queue',
    plural: 'queues',
    namespaced: false,
    aiRelevant: true,
  },
  // Inference
  {
    group: 'serving.kserve.io',
    versions: ['v1beta1'],
    kind: 'InferenceService',
    plural: 'inferenceservices',
    namespaced: true,
    aiRelevant: true,
  },
  {
    group: 'serving.kserve.io',
    versions: ['v1alpha2', 'v1alpha1'],
    kind: 'LLMInferenceService',
    plural: 'llminferenceservices',
    namespaced: true,
    aiRelevant: true,
  },
  {
    group: 'inference.networking.k8s.io',
    versions: ['v1'],
    kind: 'InferencePool',
    plural: 'inferencepools',
    namespaced: true,
    aiRelevant: true,
  },
  {
    group: 'inference.networking.x-k8s.io',
    versions: ['v1alpha2'],
    kind: 'InferencePool',
    plural: 'inferencepools',
    namespaced: true,
    aiRelevant: true,
  },
  // Served by Gateway API Inference Extension v1.0 to v1.5, before the
  // kind moved to llm-d.ai; InferenceModel is what it replaced (v0.5).
  {
    group: 'inference.networking.x-k8s.io',
    versions: ['v1alpha2'],
    kind: 'InferenceObjective',
    plural: 'inferenceobjectives',
    namespaced: true,
    aiRelevant: true,
  },
  {
    group: 'inference.networking.x-k8s.io',
    versions: ['v1alpha2'],
    kind: 'InferenceModel',
    plural: 'inferencemodels',
    namespaced: true,
    aiRelevant: true,
  },
  {
    group: 'llm-d.ai',
    versions: ['v1alpha2'],
    kind: 'InferenceObjective',
    plural: 'inferenceobjectives',
    namespaced: true,
    aiRelevant: true,
  },
  // Agents and MCP servers (kagent, kmcp)
  {
    group: 'kagent.dev',
    versions: ['v1alpha2', 'v1alpha1'],
    kind: 'Agent',
    plural: 'agents',
    namespaced: true,
    aiRelevant: true,
  },
  {
    group: 'kagent.dev',
    versions: ['v1alpha2', 'v1alpha3', 'v1alpha1'],
    kind: 'ModelConfig',
    plural: 'modelconfigs',
    namespaced: true,
    aiRelevant: true,
  },
  {
    group: 'kagent.dev',
    versions: ['v1alpha2', 'v1alpha3'],
    kind: 'RemoteMCPServer',
    plural: 'remotemcpservers',
    namespaced: true,
    aiRelevant: true,
  },
  {
    group: 'kagent.dev',
    versions: ['v1alpha1'],
    kind: 'MCPServer',
    plural: 'mcpservers',
    namespaced: true,
    aiRelevant: true,
  },
  // kagent's legacy MCP servers, still served (v1alpha1 only) by kagent 0.x
  {
    group: 'kagent.dev',
    versions: ['v1alpha1'],
    kind: 'ToolServer',
    plural: 'toolservers',
    namespaced: true,
    aiRelevant: true,
  },
  // API extensions and autoscaling (conformance signals)
  {
    group: 'apiextensions.k8s.io',
    versions: ['v1'],
    kind: 'CustomResourceDefinition',
    plural: 'customresourcedefinitions',
    namespaced: false,
    aiRelevant: false,
    project: projectCrd,
  },
  {
    group: 'apiregistration.k8s.io',
    versions: ['v1'],
    kind: 'APIService',
    plural: 'apiservices',
    namespaced: false,
    aiRelevant: false,
  },
  {
    group: 'autoscaling',
    versions: ['v2'],
    kind: 'HorizontalPodAutoscaler',
    plural: 'horizontalpodautoscalers',
    namespaced: true,
    aiRelevant: false,
  },
  {
    group: 'gateway.networking.k8s.io',
    versions: ['v1', 'v1beta1'],
    kind: 'GatewayClass',
    plural: 'gatewayclasses',
    namespaced: false,
    aiRelevant: false,
  },
  // Routing: which Gateway and HTTPRoute send traffic to which pool
  {
    group: 'gateway.networking.k8s.io',
    versions: ['v1', 'v1beta1'],
    kind: 'Gateway',
    plural: 'gateways',
    namespaced: true,
    aiRelevant: false,
  },
  {
    group: 'gateway.networking.k8s.io',
    versions: ['v1', 'v1beta1'],
    kind: 'HTTPRoute',
    plural: 'httproutes',
    namespaced: true,
    aiRelevant: false,
  },
  // Policy posture
  {
    group: 'wgpolicyk8s.io',
    versions: ['v1alpha2'],
    kind: 'PolicyReport',
    plural: 'policyreports',
    namespaced: true,
    aiRelevant: false,
    project: projectPolicyReport,
  },
  {
    group: 'wgpolicyk8s.io',
    versions: ['v1alpha2'],
    kind: 'ClusterPolicyReport',
    plural: 'clusterpolicyreports',
    namespaced: false,
    aiRelevant: false,
    project: projectPolicyReport,
  },
];
