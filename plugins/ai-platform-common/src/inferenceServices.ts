import type { ClusterHealth } from './clusters';
import type { MutableTagStatus } from './models';
import type { ModelUriScheme } from './kserve';
import type { RoutingProblem } from './routing';

/**
 * One DRA claim each replica of an inference service makes.
 *
 * @public
 */
export interface InferenceServiceClaim {
  /** The claim's name in the pod spec (`resourceClaims[].name`), or `managed-dra`. */
  name: string;
  /**
   * Where the devices are asked for: a ResourceClaimTemplate (one claim per
   * pod), a shared ResourceClaim, or KServe's managed DRA annotations
   * (`serving.kserve.io/exp-dra-*`, which make a template named
   * `<service>-managed-dra`).
   */
  via: 'template' | 'claim' | 'managed-dra';
  /** The template's or claim's name. */
  object?: string;
  /** Requests of the claim, each with its device class and count. */
  requests: Array<{
    deviceClass: string;
    /** Devices asked for; absent for `allocationMode: All`. */
    count?: number;
    allDevices?: boolean;
    /** Whether the device class hands out GPUs (configuration and DeviceClass). */
    gpu: boolean;
  }>;
  /** Why the requests are not known (template not on the cluster, …). */
  unresolved?: string;
}

/**
 * One KServe InferenceService or LLMInferenceService, as the inventory lists
 * it.
 *
 * @public
 */
export interface InferenceServiceRow {
  cluster: string;
  clusterHealth: ClusterHealth;
  namespace: string;
  name: string;
  kind: 'InferenceService' | 'LLMInferenceService';
  apiVersion: string;
  /** The namespace's or the object's `ai-platform.io/team`, as a Group ref. */
  team?: string;
  model: {
    /** The model address as written, and the field it was read from. */
    uri?: string;
    field?: string;
    scheme?: ModelUriScheme;
    /** Why KServe cannot fetch the address, when it cannot. */
    invalid?: string;
    /** Resolved on a configured registry: the repository and the digest the pods run. */
    registry?: string;
    repository?: string;
    digest?: string;
    /** Tags pointing to that digest now, e.g. `1.0.0`. */
    tags?: string[];
    mutableTag?: MutableTagStatus;
    /** Why no version is resolved, e.g. `hf:// is not an OCI registry the portal reads`. */
    unresolved?: string;
  };
  replicas: {
    /** Replicas the spec asks for (LLMInferenceService `replicas`; InferenceService `minReplicas`, default 1). */
    desired: number;
    min?: number;
    max?: number;
    /** Serving pods with the Ready condition, not being deleted. */
    ready: number;
    /** Serving pods seen. */
    pods: number;
    /** Prefill replicas (P/D disaggregation), when the service has them. */
    prefill?: number;
  };
  /** What each replica asks for. */
  gpusPerReplica: {
    /** Device-plugin GPU resources, e.g. `{ 'nvidia.com/gpu': 2 }`. */
    resources: Record<string, number>;
    claims: InferenceServiceClaim[];
  };
  /** GPU units the service's pods hold now: device-plugin resources and DRA devices by driver. */
  gpusHeld: Record<string, number>;
  /** GPU units its unscheduled pods wait for. */
  gpusPending: Record<string, number>;
  /** The HTTPRoutes that send traffic to it. */
  routes: Array<{
    namespace: string;
    name: string;
    /** The Gateways it is attached to, as `namespace/name`. */
    gateways: string[];
    /** Its share of the route's traffic, percent (the largest over the route's rules). */
    sharePercent?: number;
    problems: number;
  }>;
  /** What is wrong: unready replicas, an invalid model address, a multi-node spec counted by its leader only. */
  problems: RoutingProblem[];
}

/**
 * Answer of `GET /serving/inference-services`.
 *
 * @public
 */
export interface InferenceServiceInventory {
  generatedAt: string;
  clusters: Array<{ cluster: string; health: ClusterHealth }>;
  items: InferenceServiceRow[];
}
