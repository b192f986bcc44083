/**
 * The health of the watch caches of one cluster.
 *
 * - `syncing`: the first list of at least one kind has not completed yet.
 * - `synced`: every watched kind is listed and its watch is running.
 * - `stale`: the cluster stopped answering or a watch failed; the cached
 *   objects are served as they were at `staleSince`.
 * - `error`: nothing could ever be read (wrong URL, credentials or TLS).
 *
 * @public
 */
export type ClusterHealthState = 'syncing' | 'synced' | 'stale' | 'error';

/**
 * Health of one cluster as seen by the backend.
 *
 * @public
 */
export interface ClusterHealth {
  state: ClusterHealthState;
  /** When every watched kind was first fully listed (ISO 8601). */
  syncedAt?: string;
  /** The last time any watch event or list answer arrived (ISO 8601). */
  lastEventAt?: string;
  /** Since when the data is stale, if it is (ISO 8601). */
  staleSince?: string;
  /** The last error, as a sentence that says what failed and where. */
  error?: string;
  /**
   * Watched kinds the cluster refuses to show the portal (403 Forbidden).
   * The other kinds sync; each entry names the RBAC rule that would fix it.
   */
  notPermitted?: NotPermittedKind[];
  /**
   * Objects the backend skipped, could not read or judged implausible, so
   * their figures are left out; absent when there are none.
   */
  notUnderstood?: NotUnderstoodObjects;
}

/**
 * One rule of a Kubernetes (Cluster)Role.
 *
 * @public
 */
export interface RbacRule {
  apiGroups: string[];
  resources: string[];
  verbs: string[];
}

/**
 * A watched kind the portal's credentials may not read on a cluster.
 *
 * @public
 */
export interface NotPermittedKind {
  /** e.g. `kueue.x-k8s.io/ClusterQueue` */
  id: string;
  group: string;
  kind: string;
  /** The resource (plural) the rule must name, e.g. `clusterqueues`. */
  resource: string;
  /** The cluster's answer, e.g. `clusterqueues.kueue.x-k8s.io is forbidden: User ...`. */
  message: string;
  /** The rule to add to the portal's ClusterRole. */
  rule: RbacRule;
  /** Since when (ISO 8601). */
  since: string;
}

/**
 * One cached object the backend does not (fully) use, and why.
 *
 * @public
 */
export interface NotUnderstoodObject {
  /** The kind id, `<group or core>/<Kind>`, e.g. `core/Node`. */
  kind: string;
  namespace?: string;
  name: string;
  /** Every reason, each naming the field it concerns. */
  reasons: string[];
}

/**
 * The objects of one cluster the backend does not (fully) use.
 *
 * @public
 */
export interface NotUnderstoodObjects {
  /** How many objects, in all. */
  total: number;
  /** How many objects, by kind id. */
  byKind: Record<string, number>;
  /** The objects, at most {@link NOT_UNDERSTOOD_LISTED} of them. */
  objects: NotUnderstoodObject[];
}

/**
 * How many not-understood objects a cluster's health lists by name.
 *
 * @public
 */
export const NOT_UNDERSTOOD_LISTED = 100;

/**
 * A Kubernetes API the suite knows about, and whether a cluster serves it.
 *
 * @public
 */
export interface ServedApi {
  /** e.g. `serving.kserve.io/v1beta1/InferenceService` */
  id: string;
  group: string;
  version: string;
  kind: string;
}

/**
 * One cluster in the inventory answered by `GET /clusters`.
 *
 * @public
 */
export interface ClusterSummary {
  name: string;
  title?: string;
  description?: string;
  /** Sovereignty and other labels from configuration. */
  labels: Record<string, string>;
  /** e.g. `v1.35.2`, when the cluster answered `/version`. */
  kubernetesVersion?: string;
  /** The AI-relevant APIs this cluster serves. */
  servedApis: ServedApi[];
  /** How many objects of each watched kind are cached, by kind. */
  objectCounts: Record<string, number>;
  health: ClusterHealth;
}
