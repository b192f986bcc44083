import { createServiceRef } from '@backstage/backend-plugin-api';
import type { ClusterHealth } from '@ai-platform/backstage-plugin-ai-platform-common';

/**
 * A Kubernetes kind the cluster layer keeps a watch cache of.
 *
 * @public
 */
export interface WatchedKind {
  /** Stable id used to read the cache, e.g. `core/v1/Pod`, `kueue.x-k8s.io/v1beta2/ClusterQueue`. */
  id: string;
  /** API group; empty string for the core group. */
  group: string;
  version: string;
  kind: string;
  /** Resource name in URLs, e.g. `pods`. */
  plural: string;
  namespaced: boolean;
  /** Whether the kind belongs in a cluster's list of AI APIs served. */
  aiRelevant: boolean;
}

/**
 * The compact form in which cached objects are kept: the metadata a domain
 * needs, and the parts of `spec` and `status` its kind's projection keeps.
 *
 * @public
 */
export interface CachedObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    uid?: string;
    resourceVersion?: string;
    creationTimestamp?: string;
    /** Set while the object is being deleted (finalizers pending). */
    deletionTimestamp?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    ownerReferences?: Array<{
      kind: string;
      name: string;
      uid?: string;
      controller?: boolean;
    }>;
  };
  spec?: Record<string, unknown>;
  status?: Record<string, unknown>;
  [key: string]: unknown;
}

/**
 * What the cluster layer knows of one cluster at the moment of reading.
 *
 * @public
 */
export interface ClusterView {
  name: string;
  title?: string;
  description?: string;
  labels: Record<string, string>;
  kubernetesVersion?: string;
  health: ClusterHealth;
  /** The watched kinds this cluster serves (others are simply absent). */
  servedKinds: WatchedKind[];
  /** Cached objects of a kind, optionally of one namespace; empty when the kind is not served. */
  list(kindId: string, namespace?: string): ReadonlyArray<CachedObject>;
}

/**
 * Read access to the watch caches of every configured cluster. Reads never
 * wait on a remote cluster: each answer is what the caches hold, with each
 * cluster's health beside it.
 *
 * @public
 */
export interface ClusterSource {
  /** Every configured cluster, in configuration order. */
  clusters(): ClusterView[];
  /** One cluster by name, or undefined if no such cluster is configured. */
  cluster(name: string): ClusterView | undefined;
}

/**
 * The cluster layer of the AI Platform backend, for other backend plugins and
 * modules (the upstream Kubernetes backend offers no such service).
 *
 * @public
 */
export const clusterSourceServiceRef = createServiceRef<ClusterSource>({
  id: 'ai-platform.cluster-source',
  scope: 'root',
});
