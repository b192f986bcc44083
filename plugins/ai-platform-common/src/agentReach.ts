/**
 * What an agent can reach: the namespaces its own identity and the
 * identities of its MCP servers may read (from the clusters' RBAC), with the
 * data classification of each, judged with the same sovereignty rules as
 * placements.
 */

import {
  evaluateSovereignty,
  isDataClassification,
  type SovereigntyLabelSources,
  type SovereigntyRule,
  type SovereigntyStatus,
} from './sovereignty';

/**
 * One namespace an identity of the agent may read, and why.
 *
 * @public
 */
export interface AgentReachGrant {
  /** `agent` for the agent's own ServiceAccount, else the MCP server's id. */
  via: string;
  /** Who, in words: `the agent` or `MCPServer platform/k8s-reader`. */
  viaName: string;
  /** The Kubernetes user, `system:serviceaccount:<ns>:<name>`. */
  identity: string;
  cluster: string;
  namespace: string;
  /** The binding and role that grant it, e.g. `ClusterRoleBinding x → ClusterRole view`. */
  binding: string;
  /** What it may do there, e.g. `get, list, watch pods, configmaps`. */
  access: string;
  /** The namespace's `ai-platform.io/data-classification`, when set. */
  classification?: string;
}

/**
 * Why part of an agent's reach could not be worked out, or a risk in how it
 * reaches something.
 *
 * @public
 */
export interface AgentReachFlag {
  code:
    | 'reaches-protected-data'
    | 'unauthenticated-mcp-server'
    | 'identity-unknown';
  status: SovereigntyStatus;
  via: string;
  /** Who, in words, as in the grants. */
  viaName: string;
  /** For `reaches-protected-data`: the namespaces, their cluster and classification. */
  namespaces?: string[];
  cluster?: string;
  classification?: string;
  message: string;
  fix: string;
}

/**
 * An agent's reach: every grant, the flags, and the worst status.
 *
 * @public
 */
export interface AgentReach {
  status: SovereigntyStatus;
  grants: AgentReachGrant[];
  flags: AgentReachFlag[];
}

/**
 * What {@link evaluateAgentReach} needs beyond the grants: where each
 * identity runs (the labels its data would be processed under) and the MCP
 * servers whose identity or authentication is in doubt.
 *
 * @public
 */
export interface AgentReachInput {
  agent: string;
  grants: ReadonlyArray<
    AgentReachGrant & {
      /** Where the identity runs: its cluster's and namespace's labels. */
      from: SovereigntyLabelSources;
    }
  >;
  /** HTTP MCP servers that send no credentials. */
  unauthenticated: ReadonlyArray<{ via: string; viaName: string; url: string }>;
  /** Identities that could not be determined, with the reason. */
  unknownIdentities: ReadonlyArray<{
    via: string;
    viaName: string;
    reason: string;
  }>;
}

const ORDER: SovereigntyStatus[] = ['compliant', 'unknown', 'violation'];

/**
 * Judges an agent's reach: a namespace whose data classification may not be
 * processed where the reaching identity runs (a `confidential` namespace read
 * by a tool on a cluster exposed to non-EU law, say) is a violation, decided
 * by {@link evaluateSovereignty} with the same rules as any placement; an MCP
 * server reached over HTTP without credentials is a violation too; an
 * identity that cannot be worked out leaves the reach unknown.
 *
 * @public
 */
export function evaluateAgentReach(
  input: AgentReachInput,
  rules: readonly SovereigntyRule[],
): AgentReach {
  const flags: AgentReachFlag[] = [];
  const grants = input.grants.map(({ from, ...grant }) => grant);
  // One flag per identity, classification and binding, naming every
  // namespace it so reaches: the reason is the same for all of them.
  const groups = new Map<
    string,
    {
      grant: AgentReachInput['grants'][number];
      namespaces: string[];
      why: string;
    }
  >();
  for (const grant of input.grants) {
    const classification = grant.classification;
    if (!classification || !isDataClassification(classification)) continue;
    const judged = evaluateSovereignty(
      {
        kind: 'workload',
        name: `${grant.viaName} of agent ${input.agent}`,
        classification,
        placement: grant.from,
      },
      rules,
    );
    if (judged.status !== 'violation') continue;
    const key = [grant.via, classification, grant.cluster, grant.binding].join(
      '|',
    );
    const group = groups.get(key) ?? {
      grant,
      namespaces: [],
      why: judged.findings
        .filter(f => f.status === 'violation')
        .map(f => f.message)
        .join(' '),
    };
    group.namespaces.push(grant.namespace);
    groups.set(key, group);
  }
  for (const { grant, namespaces, why } of groups.values()) {
    const classification = grant.classification!;
    const where =
      namespaces.length === 1
        ? `namespace ${namespaces[0]}`
        : `${namespaces.length} namespaces (${namespaces.join(', ')})`;
    flags.push({
      code: 'reaches-protected-data',
      status: 'violation',
      via: grant.via,
      viaName: grant.viaName,
      namespaces,
      cluster: grant.cluster,
      classification,
      message: `${grant.viaName} can read ${classification} data in ${where} of cluster ${grant.cluster} (${grant.binding}), but ${classification} data may not be processed where it runs: ${why}`,
      fix: `Narrow ${grant.binding} so ${grant.identity} cannot read ${
        namespaces.length === 1 ? 'that namespace' : 'those namespaces'
      }, or run the tool where ${classification} data is allowed.`,
    });
  }
  for (const server of input.unauthenticated) {
    flags.push({
      code: 'unauthenticated-mcp-server',
      status: 'violation',
      via: server.via,
      viaName: server.viaName,
      message: `${server.viaName} is called at ${server.url} without credentials: anything that can reach that address can use its tools.`,
      fix: `Give ${server.viaName} an Authorization header from a Secret (spec.headersFrom), or restrict who can reach it.`,
    });
  }
  for (const unknown of input.unknownIdentities) {
    flags.push({
      code: 'identity-unknown',
      status: 'unknown',
      via: unknown.via,
      viaName: unknown.viaName,
      message: `What ${unknown.viaName} can reach is not known: ${unknown.reason}`,
      fix: `Run ${unknown.viaName} in a watched cluster under its own ServiceAccount, so its RBAC can be read.`,
    });
  }
  const status = flags.reduce<SovereigntyStatus>(
    (worst, f) =>
      ORDER.indexOf(f.status) > ORDER.indexOf(worst) ? f.status : worst,
    'compliant',
  );
  return { status, grants, flags };
}
