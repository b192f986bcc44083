import { KubeObject } from './types';

/**
 * One fixture cluster: its objects and what it says about itself.
 *
 * @public
 */
export interface ClusterDefinition {
  /** Context name in the kubeconfig and path segment of the server URL. */
  name: string;
  /** Reported by `/version`; defaults to v1.33.2. */
  kubernetesVersion?: string;
  /** Cluster-level labels (from `cluster.yaml`), e.g. jurisdiction. */
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  /** Bearer token the cluster accepts; defaults to `<name>-token`. */
  token?: string;
  /**
   * The ServiceAccount (`<namespace>/<name>`) the token belongs to. RBAC
   * objects of the cluster (ClusterRoleBindings, RoleBindings) grant it
   * access; without it the token's user is `fixture:<name>`.
   */
  serviceAccount?: string;
  objects: Iterable<KubeObject>;
}

export const DEFAULT_KUBERNETES_VERSION = 'v1.33.2';

const CLUSTER_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Fails with a clear message when a cluster name cannot be a URL segment. */
export function checkClusterName(name: string) {
  if (!CLUSTER_NAME.test(name)) {
    throw new Error(
      `Cluster name "${name}" is invalid: use lower case letters, digits and '-' (it becomes a kubeconfig context and a URL path segment)`,
    );
  }
}
