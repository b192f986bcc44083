/**
 * The metadata every Kubernetes object carries. Only the fields the fixture
 * server reads or sets are typed; everything else is passed through as is.
 *
 * @public
 */
export interface ObjectMeta {
  name?: string;
  generateName?: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  [field: string]: unknown;
}

/**
 * A Kubernetes object as it appears on the wire.
 *
 * @public
 */
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: ObjectMeta;
  [field: string]: unknown;
}

/**
 * A kind of object the server serves: one entry of an `APIResourceList`.
 *
 * @public
 */
export interface ResourceType {
  /** API group; empty for the core group. */
  group: string;
  version: string;
  kind: string;
  /** Plural resource name, the path segment (`pods`). */
  plural: string;
  singular: string;
  namespaced: boolean;
  shortNames?: string[];
  categories?: string[];
  verbs: string[];
  /**
   * Extra field paths this kind accepts in `fieldSelector`, beyond
   * `metadata.name` and `metadata.namespace`.
   */
  selectableFields?: string[];
  /** A CRD version's `additionalPrinterColumns`, shown by `kubectl get`. */
  printerColumns?: PrinterColumn[];
}

/**
 * One `additionalPrinterColumns` entry of a CRD version.
 *
 * @public
 */
export interface PrinterColumn {
  name: string;
  jsonPath: string;
  type?: string;
  description?: string;
  priority?: number;
}

/** `group/version`, or `version` for the core group. */
export function apiVersionOf(type: Pick<ResourceType, 'group' | 'version'>) {
  return type.group ? `${type.group}/${type.version}` : type.version;
}

/** `plural.group` as kube-apiserver names a resource in messages. */
export function qualifiedResource(
  type: Pick<ResourceType, 'group' | 'plural'>,
) {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}
