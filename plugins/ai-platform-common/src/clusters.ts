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
