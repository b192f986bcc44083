import { StatusError } from './errors';
import { ClusterStore } from './store/ClusterStore';
import { KubeObject, ResourceType, qualifiedResource } from './types';

/** Who a bearer token authenticates as, as kube-apiserver's authenticators say. */
export interface UserInfo {
  username: string;
  groups: string[];
}

/** One request as kube-apiserver's RBAC authorizer sees it. */
export interface ResourceAttributes {
  verb: string;
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
}

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/**
 * The user of a ServiceAccount's token: `system:serviceaccount:<ns>:<name>`,
 * in the groups kube-apiserver puts every ServiceAccount in.
 */
export function serviceAccountUser(ref: string): UserInfo {
  const [namespace, name, ...rest] = ref.split('/');
  if (!namespace || !name || rest.length) {
    throw new Error(
      `serviceAccount "${ref}" must be <namespace>/<name>, e.g. backstage/backstage-ai-platform`,
    );
  }
  return {
    username: `system:serviceaccount:${namespace}:${name}`,
    groups: [
      'system:serviceaccounts',
      `system:serviceaccounts:${namespace}`,
      'system:authenticated',
    ],
  };
}

/** The verb of a request, as kube-apiserver derives it from method and query. */
export function requestVerb(
  method: string,
  named: boolean,
  query: URLSearchParams,
): string {
  switch (method) {
    case 'GET':
    case 'HEAD':
      if (['true', '1'].includes(query.get('watch') ?? '')) return 'watch';
      return named ? 'get' : 'list';
    case 'POST':
      return 'create';
    case 'PUT':
      return 'update';
    case 'PATCH':
      return 'patch';
    case 'DELETE':
      return named ? 'delete' : 'deletecollection';
    default:
      return method.toLowerCase();
  }
}

interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  verbs?: string[];
  resourceNames?: string[];
}

const includes = (list: string[] | undefined, value: string) =>
  Boolean(list?.includes('*') || list?.includes(value));

function ruleAllows(rule: PolicyRule, request: ResourceAttributes): boolean {
  const resource = request.subresource
    ? `${request.type.plural}/${request.subresource}`
    : request.type.plural;
  return (
    includes(rule.verbs, request.verb) &&
    includes(rule.apiGroups, request.type.group) &&
    (includes(rule.resources, resource) ||
      // `*/status`-style rules name every resource's subresource
      Boolean(
        request.subresource &&
          rule.resources?.includes(`*/${request.subresource}`),
      )) &&
    (!rule.resourceNames?.length ||
      (request.name !== undefined && rule.resourceNames.includes(request.name)))
  );
}

function subjectMatches(subject: any, user: UserInfo): boolean {
  switch (subject?.kind) {
    case 'User':
      return subject.name === user.username;
    case 'Group':
      return user.groups.includes(subject.name);
    case 'ServiceAccount':
      return (
        user.username ===
        `system:serviceaccount:${subject.namespace}:${subject.name}`
      );
    default:
      return false;
  }
}

/**
 * The subset of kube-apiserver's RBAC authorizer a fixture cluster needs:
 * ClusterRoleBindings grant their ClusterRole everywhere; RoleBindings grant
 * a Role of their namespace, or a ClusterRole, inside their namespace.
 * Aggregated ClusterRoles (`aggregationRule`) are not evaluated: a cluster
 * folder with one is refused at start-up (see `aggregatedClusterRoles`), so
 * a fixture never silently grants less than it says.
 *
 * A cluster enforces RBAC only while it holds at least one ClusterRole,
 * ClusterRoleBinding, Role or RoleBinding; without any, every authenticated
 * request is allowed, as before.
 */
export class RbacAuthorizer {
  constructor(private readonly store: ClusterStore) {}

  private type(kind: string) {
    return this.store.registry.lookupKind(`${RBAC_GROUP}/v1`, kind);
  }

  private objects(kind: string, namespace?: string): KubeObject[] {
    const type = this.type(kind);
    if (!type) return [];
    return this.store.list(type, { namespace }).items.map(i => i.object);
  }

  /** Whether this cluster has RBAC objects at all. */
  enforced(): boolean {
    return ['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding'].some(
      kind => {
        const type = this.type(kind);
        return type !== undefined && this.store.count(type) > 0;
      },
    );
  }

  /** Names of ClusterRoles with an `aggregationRule`, which this authorizer cannot evaluate. */
  aggregatedClusterRoles(): string[] {
    return this.objects('ClusterRole')
      .filter(role => role.aggregationRule)
      .map(role => role.metadata.name!);
  }

  private rulesOf(roleRef: any, namespace?: string): PolicyRule[] {
    if (roleRef?.apiGroup !== RBAC_GROUP) return [];
    let role: KubeObject | undefined;
    if (roleRef.kind === 'ClusterRole') {
      role = this.objects('ClusterRole').find(
        r => r.metadata.name === roleRef.name,
      );
    } else if (roleRef.kind === 'Role' && namespace) {
      role = this.objects('Role', namespace).find(
        r => r.metadata.name === roleRef.name,
      );
    }
    return (role?.rules as PolicyRule[] | undefined) ?? [];
  }

  allows(user: UserInfo, request: ResourceAttributes): boolean {
    const granted = (binding: KubeObject, namespace?: string) =>
      ((binding.subjects as unknown[]) ?? []).some(s =>
        subjectMatches(s, user),
      ) &&
      this.rulesOf(binding.roleRef, namespace).some(rule =>
        ruleAllows(rule, request),
      );
    if (this.objects('ClusterRoleBinding').some(b => granted(b))) return true;
    return Boolean(
      request.namespace &&
        this.objects('RoleBinding', request.namespace).some(b =>
          granted(b, request.namespace),
        ),
    );
  }

  /** Throws the 403 `Forbidden` Status kube-apiserver answers a denied request with. */
  authorize(user: UserInfo, request: ResourceAttributes): void {
    if (!this.enforced() || this.allows(user, request)) return;
    throw forbidden(user, request);
  }
}

/** The 403 Status, worded as kube-apiserver's (`pods is forbidden: User "..." cannot list ...`). */
export function forbidden(
  user: UserInfo,
  { verb, type, namespace, name, subresource }: ResourceAttributes,
): StatusError {
  const resource = subresource ? `${type.plural}/${subresource}` : type.plural;
  const what = name === undefined ? '' : ` "${name}"`;
  const scope = namespace
    ? `in the namespace "${namespace}"`
    : 'at the cluster scope';
  return new StatusError(
    403,
    'Forbidden',
    `${qualifiedResource(type)}${what} is forbidden: User "${
      user.username
    }" cannot ${verb} resource "${resource}" in API group "${
      type.group
    }" ${scope}`,
    {
      ...(name !== undefined ? { name } : {}),
      ...(type.group ? { group: type.group } : {}),
      kind: type.plural,
    },
  );
}
