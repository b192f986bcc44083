import { ResourceType } from '../types';

/** The verbs this server implements for every resource. */
export const SERVED_VERBS = [
  'create',
  'delete',
  'get',
  'list',
  'patch',
  'update',
  'watch',
];

type Builtin = Omit<ResourceType, 'verbs' | 'singular'> & { singular?: string };

const core = (
  kind: string,
  plural: string,
  namespaced: boolean,
  extra: Partial<Builtin> = {},
): Builtin => ({
  group: '',
  version: 'v1',
  kind,
  plural,
  namespaced,
  ...extra,
});

const grouped = (
  groupVersion: string,
  kind: string,
  plural: string,
  namespaced: boolean,
  extra: Partial<Builtin> = {},
): Builtin => {
  const [group, version] = groupVersion.split('/');
  return { group, version, kind, plural, namespaced, ...extra };
};

// Short names, categories and selectable fields follow kube-apiserver 1.33
// (`kubectl api-resources -o wide` and the fieldSelector conversion funcs).
const BUILTINS: Builtin[] = [
  core('Namespace', 'namespaces', false, {
    shortNames: ['ns'],
    selectableFields: ['status.phase'],
  }),
  core('Node', 'nodes', false, {
    shortNames: ['no'],
    selectableFields: ['spec.unschedulable'],
  }),
  core('Pod', 'pods', true, {
    shortNames: ['po'],
    categories: ['all'],
    selectableFields: [
      'spec.nodeName',
      'spec.restartPolicy',
      'spec.schedulerName',
      'spec.serviceAccountName',
      'spec.hostNetwork',
      'status.phase',
      'status.podIP',
      'status.nominatedNodeName',
    ],
  }),
  core('Service', 'services', true, {
    shortNames: ['svc'],
    categories: ['all'],
  }),
  core('ConfigMap', 'configmaps', true, { shortNames: ['cm'] }),
  core('Secret', 'secrets', true, { selectableFields: ['type'] }),
  core('ResourceQuota', 'resourcequotas', true, { shortNames: ['quota'] }),
  core('Event', 'events', true, {
    shortNames: ['ev'],
    selectableFields: [
      'involvedObject.kind',
      'involvedObject.namespace',
      'involvedObject.name',
      'involvedObject.uid',
      'involvedObject.apiVersion',
      'involvedObject.resourceVersion',
      'involvedObject.fieldPath',
      'reason',
      'reportingComponent',
      'source',
      'type',
    ],
  }),
  core('ServiceAccount', 'serviceaccounts', true, { shortNames: ['sa'] }),
  grouped('apps/v1', 'Deployment', 'deployments', true, {
    shortNames: ['deploy'],
    categories: ['all'],
  }),
  grouped('apps/v1', 'DaemonSet', 'daemonsets', true, {
    shortNames: ['ds'],
    categories: ['all'],
  }),
  grouped('apps/v1', 'StatefulSet', 'statefulsets', true, {
    shortNames: ['sts'],
    categories: ['all'],
  }),
  grouped('apps/v1', 'ReplicaSet', 'replicasets', true, {
    shortNames: ['rs'],
    categories: ['all'],
  }),
  grouped('batch/v1', 'Job', 'jobs', true, {
    categories: ['all'],
    selectableFields: ['status.successful'],
  }),
  grouped('batch/v1', 'CronJob', 'cronjobs', true, {
    shortNames: ['cj'],
    categories: ['all'],
  }),
  grouped('networking.k8s.io/v1', 'Ingress', 'ingresses', true, {
    shortNames: ['ing'],
  }),
  grouped('networking.k8s.io/v1', 'IngressClass', 'ingressclasses', false),
  grouped(
    'apiextensions.k8s.io/v1',
    'CustomResourceDefinition',
    'customresourcedefinitions',
    false,
    { shortNames: ['crd', 'crds'], categories: ['api-extensions'] },
  ),
  // RBAC: a cluster holding any of these enforces them (see rbac.ts)
  grouped('rbac.authorization.k8s.io/v1', 'ClusterRole', 'clusterroles', false),
  grouped(
    'rbac.authorization.k8s.io/v1',
    'ClusterRoleBinding',
    'clusterrolebindings',
    false,
  ),
  grouped('rbac.authorization.k8s.io/v1', 'Role', 'roles', true),
  grouped('rbac.authorization.k8s.io/v1', 'RoleBinding', 'rolebindings', true),
  grouped('resource.k8s.io/v1', 'ResourceSlice', 'resourceslices', false, {
    selectableFields: ['spec.nodeName', 'spec.driver'],
  }),
  grouped('resource.k8s.io/v1', 'DeviceClass', 'deviceclasses', false),
  grouped('resource.k8s.io/v1', 'ResourceClaim', 'resourceclaims', true),
  grouped(
    'resource.k8s.io/v1',
    'ResourceClaimTemplate',
    'resourceclaimtemplates',
    true,
  ),
];

/** The kinds every fixture cluster serves without a CRD. */
export function builtinResourceTypes(): ResourceType[] {
  return BUILTINS.map(b => ({
    ...b,
    singular: b.singular ?? b.kind.toLowerCase(),
    verbs: SERVED_VERBS,
  }));
}
