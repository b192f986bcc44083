/**
 * What an identity in a cluster may read, from the cluster's RBAC objects,
 * and which identity an MCP server runs as.
 */

import {
  SOVEREIGNTY_LABELS,
  type AgentReachInput,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  CachedObject,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { ClusterAgents } from './clusterAgents';
import { canonicalUrl } from './endpoints';
import type { KagentMcpServer } from './kagent';
import { inClusterLocation, resolvedLabels } from './locations';

const RBAC = 'rbac.authorization.k8s.io';
const READ_VERBS = ['get', 'list', 'watch', '*'];

/** A ServiceAccount, the identity the reach is worked out for. */
export interface ServiceAccountRef {
  namespace: string;
  name: string;
}

/** One namespace (or every namespace) a ServiceAccount may read. */
export interface RbacGrant {
  /** A namespace, or `*` for a ClusterRoleBinding. */
  namespace: string;
  binding: string;
  access: string;
}

type Obj = Record<string, any>;

const specOf = (o: CachedObject | undefined): Obj => (o?.spec ?? {}) as Obj;

export const userOf = (sa: ServiceAccountRef) =>
  `system:serviceaccount:${sa.namespace}:${sa.name}`;

/** Whether a binding's subject is the ServiceAccount, as kube-apiserver matches it. */
function subjectMatches(subject: Obj, sa: ServiceAccountRef): boolean {
  switch (subject?.kind) {
    case 'ServiceAccount':
      return subject.name === sa.name && subject.namespace === sa.namespace;
    case 'User':
      return subject.name === userOf(sa);
    case 'Group':
      return [
        'system:serviceaccounts',
        `system:serviceaccounts:${sa.namespace}`,
        'system:authenticated',
      ].includes(subject.name);
    default:
      return false;
  }
}

/** What a role's rules allow reading, in words; undefined when nothing. */
function readAccess(role: CachedObject | undefined): string | undefined {
  const rules: Obj[] = Array.isArray(specOf(role).rules)
    ? specOf(role).rules
    : [];
  const resources = new Set<string>();
  const verbs = new Set<string>();
  for (const rule of rules) {
    const ruleVerbs: string[] = Array.isArray(rule?.verbs) ? rule.verbs : [];
    const read = ruleVerbs.filter(v => READ_VERBS.includes(v));
    if (read.length === 0) continue;
    const ruleResources: string[] = Array.isArray(rule?.resources)
      ? rule.resources
      : [];
    if (ruleResources.length === 0) continue;
    read.forEach(v => verbs.add(v));
    ruleResources.forEach(r => resources.add(r));
  }
  if (resources.size === 0) return undefined;
  return `${[...verbs].sort().join(', ')} ${[...resources].sort().join(', ')}`;
}

/**
 * Every namespace a ServiceAccount may read something in: RoleBindings in a
 * namespace to a Role or ClusterRole, and ClusterRoleBindings (every
 * namespace). A binding to a role the cluster does not have grants nothing,
 * as in kube-apiserver.
 */
export function rbacGrants(
  view: ClusterView,
  sa: ServiceAccountRef,
): RbacGrant[] {
  const clusterRoles = new Map(
    view.list(`${RBAC}/ClusterRole`).map(r => [r.metadata.name, r] as const),
  );
  const roles = new Map(
    view
      .list(`${RBAC}/Role`)
      .map(r => [`${r.metadata.namespace}/${r.metadata.name}`, r] as const),
  );
  const out: RbacGrant[] = [];
  const bound = (binding: CachedObject) =>
    (Array.isArray(specOf(binding).subjects)
      ? specOf(binding).subjects
      : []
    ).some((s: Obj) => subjectMatches(s, sa));
  const roleRef = (binding: CachedObject): Obj => specOf(binding).roleRef ?? {};
  for (const binding of view.list(`${RBAC}/ClusterRoleBinding`)) {
    if (!bound(binding)) continue;
    const ref = roleRef(binding);
    const access =
      ref.kind === 'ClusterRole'
        ? readAccess(clusterRoles.get(ref.name))
        : undefined;
    if (!access) continue;
    out.push({
      namespace: '*',
      binding: `ClusterRoleBinding ${binding.metadata.name} → ClusterRole ${ref.name}`,
      access,
    });
  }
  for (const binding of view.list(`${RBAC}/RoleBinding`)) {
    if (!bound(binding)) continue;
    const ns = binding.metadata.namespace!;
    const ref = roleRef(binding);
    const role = {
      ClusterRole: () => clusterRoles.get(ref.name),
      Role: () => roles.get(`${ns}/${ref.name}`),
    }[ref.kind as 'ClusterRole' | 'Role']?.();
    const access = readAccess(role);
    if (!access) continue;
    out.push({
      namespace: ns,
      binding: `RoleBinding ${ns}/${binding.metadata.name} → ${ref.kind} ${ref.name}`,
      access,
    });
  }
  return out;
}

/**
 * The ServiceAccount the pods of a workload run as: of the Deployment a
 * kmcp MCPServer owns, or of the pods behind an in-cluster Service. Several
 * different ones, or none found, leave it unknown (with the reason).
 */
export function serviceAccountOfPods(
  pods: ReadonlyArray<CachedObject>,
  what: string,
): { sa: ServiceAccountRef } | { unknown: string } {
  const names = new Set(
    pods.map(p => String(specOf(p).serviceAccountName ?? 'default')),
  );
  if (pods.length === 0) return { unknown: `no pod of ${what} was found` };
  if (names.size > 1) {
    return {
      unknown: `the pods of ${what} run as different ServiceAccounts (${[
        ...names,
      ]
        .sort()
        .join(', ')})`,
    };
  }
  return {
    sa: { namespace: pods[0].metadata.namespace!, name: [...names][0] },
  };
}

/** The Deployment's pod template ServiceAccount of a kmcp MCPServer. */
export function mcpServerDeploymentAccount(
  view: ClusterView,
  server: CachedObject,
): { sa: ServiceAccountRef } | { unknown: string } {
  const ns = server.metadata.namespace!;
  const deployment = view
    .list('apps/Deployment')
    .find(
      d =>
        d.metadata.namespace === ns &&
        (d.metadata.ownerReferences ?? []).some(
          o => o.kind === 'MCPServer' && o.name === server.metadata.name,
        ),
    );
  if (!deployment) {
    return {
      unknown: `no Deployment owned by MCPServer ${ns}/${server.metadata.name} was found`,
    };
  }
  const template = specOf(deployment).template?.spec ?? {};
  return {
    sa: {
      namespace: ns,
      name: String(
        template.serviceAccountName ?? template.serviceAccount ?? 'default',
      ),
    },
  };
}

/** The pods a Service selects in its namespace. */
export function podsOfService(
  view: ClusterView,
  namespace: string,
  name: string,
): CachedObject[] | undefined {
  const service = view
    .list('core/Service')
    .find(s => s.metadata.namespace === namespace && s.metadata.name === name);
  const selector: Record<string, string> | undefined = specOf(service).selector;
  if (!service || !selector || Object.keys(selector).length === 0) {
    return undefined;
  }
  return view
    .list('core/Pod')
    .filter(
      p =>
        p.metadata.namespace === namespace &&
        Object.entries(selector).every(
          ([k, v]) => p.metadata.labels?.[k] === v,
        ),
    );
}

/** Whether an HTTP MCP server is called with credentials (kagent's headersFrom or an auth header). */
export function sendsCredentials(spec: Obj | undefined): boolean {
  const blocks = [spec, spec?.config?.sse, spec?.config?.streamableHttp];
  return blocks.some(
    b =>
      (Array.isArray(b?.headersFrom) && b.headersFrom.length > 0) ||
      Object.keys(b?.headers ?? {}).some(h =>
        /^(authorization|x-api-key|api-key)$/i.test(h),
      ),
  );
}

/** Who reaches: the agent itself, or one of its MCP servers. */
export interface ReachSubject {
  via: string;
  viaName: string;
  server?: KagentMcpServer;
}

/**
 * The inputs of {@link evaluateAgentReach} for one agent: the grants of its
 * own ServiceAccount and of each MCP server's, every namespace of a
 * ClusterRoleBinding listed, each with its data classification.
 */
export function agentReachInput(
  c: ClusterAgents,
  agent: { name: string; namespace: string; serviceAccount: string },
  servers: ReadonlyArray<ReachSubject>,
): AgentReachInput {
  const input: {
    grants: Array<AgentReachInput['grants'][number]>;
    unauthenticated: Array<AgentReachInput['unauthenticated'][number]>;
    unknownIdentities: Array<AgentReachInput['unknownIdentities'][number]>;
  } = { grants: [], unauthenticated: [], unknownIdentities: [] };
  const locationOf = (namespace: string) =>
    inClusterLocation(c.view, namespace, c.namespaceLabels.get(namespace));
  const addGrants = (subject: ReachSubject, sa: ServiceAccountRef) => {
    const from = locationOf(sa.namespace).sources;
    for (const grant of rbacGrants(c.view, sa)) {
      const namespaces =
        grant.namespace === '*' ? [...c.namespaces].sort() : [grant.namespace];
      for (const namespace of namespaces) {
        const classification = resolvedLabels(locationOf(namespace).sources)[
          SOVEREIGNTY_LABELS.dataClassification
        ];
        input.grants.push({
          via: subject.via,
          viaName: subject.viaName,
          identity: userOf(sa),
          cluster: c.view.name,
          namespace,
          binding: grant.binding,
          access: grant.access,
          ...(classification ? { classification } : {}),
          from,
        });
      }
    }
  };
  const hidden = (c.view.health.notPermitted ?? [])
    .filter(k => k.group === 'rbac.authorization.k8s.io')
    .map(k => k.resource);
  if (hidden.length > 0) {
    input.unknownIdentities.push({
      via: 'agent',
      viaName: `agent ${agent.namespace}/${agent.name}`,
      reason: `the portal may not read ${hidden.join(', ')} in cluster ${
        c.view.name
      }, so what its identities are granted there is not known.`,
    });
  }
  addGrants(
    { via: 'agent', viaName: `agent ${agent.namespace}/${agent.name}` },
    { namespace: agent.namespace, name: agent.serviceAccount },
  );
  for (const subject of servers) {
    const server = subject.server;
    if (!server) {
      input.unknownIdentities.push({
        ...subject,
        reason: `${subject.viaName} is not in cluster ${c.view.name}.`,
      });
      continue;
    }
    const ns = server.object.metadata.namespace!;
    // kmcp runs it as a Deployment of its own: its pods' ServiceAccount.
    if (server.kind === 'MCPServer') {
      const found = mcpServerDeploymentAccount(c.view, server.object);
      if ('unknown' in found) {
        input.unknownIdentities.push({
          ...subject,
          reason: `${found.unknown}.`,
        });
      } else {
        addGrants(subject, found.sa);
      }
      continue;
    }
    if (server.url) {
      const url = canonicalUrl(server.url, ns, c.namespaces);
      if (!sendsCredentials(server.object.spec as Obj)) {
        input.unauthenticated.push({ ...subject, url: server.url });
      }
      if (!url?.inCluster || !url.namespace) {
        input.unknownIdentities.push({
          ...subject,
          reason: `it answers at ${
            url?.host ?? server.url
          }, outside the watched clusters, so its permissions cannot be read.`,
        });
        continue;
      }
      const name = url.host.split('.')[0];
      const service = `Service ${url.namespace}/${name}`;
      const pods = podsOfService(c.view, url.namespace, name);
      const found = pods
        ? serviceAccountOfPods(pods, service)
        : { unknown: `${service} of its URL was not found or selects no pods` };
      if ('unknown' in found) {
        input.unknownIdentities.push({
          ...subject,
          reason: `${found.unknown}.`,
        });
      } else {
        addGrants(subject, found.sa);
      }
      continue;
    }
    input.unknownIdentities.push({
      ...subject,
      reason:
        'it runs as a process inside kagent (stdio), under kagent’s own ServiceAccount, which the portal does not resolve.',
    });
  }
  return { agent: `${agent.namespace}/${agent.name}`, ...input };
}

/**
 * Why an RBAC object cannot be read for agent reach: rules, subjects or a
 * role reference in a shape RBAC does not allow. Such an object grants
 * nothing here, and the cluster layer says so.
 */
export function rbacProblems(object: CachedObject): string[] {
  const spec = specOf(object);
  const problems: string[] = [];
  if (object.kind === 'ClusterRole' || object.kind === 'Role') {
    if (spec.rules !== undefined && spec.rules !== null) {
      if (!Array.isArray(spec.rules)) {
        problems.push('its rules are not a list, so it grants nothing');
      } else {
        spec.rules.forEach((rule: Obj, i: number) => {
          if (!Array.isArray(rule?.verbs) || !Array.isArray(rule?.resources)) {
            problems.push(
              `its rules[${i}] has no list of verbs or of resources, so it grants nothing`,
            );
          }
        });
      }
    }
    return problems;
  }
  const ref = spec.roleRef;
  if (
    typeof ref?.name !== 'string' ||
    !['ClusterRole', 'Role'].includes(ref?.kind) ||
    (object.kind === 'ClusterRoleBinding' && ref.kind !== 'ClusterRole')
  ) {
    problems.push(
      `its roleRef does not name a ${
        object.kind === 'ClusterRoleBinding'
          ? 'ClusterRole'
          : 'Role or ClusterRole'
      }, so it grants nothing`,
    );
  }
  if (spec.subjects !== undefined && spec.subjects !== null) {
    if (!Array.isArray(spec.subjects)) {
      problems.push('its subjects are not a list, so it binds nobody');
    }
  }
  return problems;
}
