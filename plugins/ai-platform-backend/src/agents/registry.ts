/**
 * Builds the registry's agents and MCP servers from the clusters' kagent
 * objects: identities, owners, models, MCP servers and sovereignty.
 */

import {
  AiAgent,
  evaluateAgentReach,
  evaluateSovereignty,
  McpServer,
  SovereigntyCallTarget,
  SovereigntyRule,
  TEAM_LABEL,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { teamRef } from '../gpu/teams';
import { ClusterAgents, serverKey } from './clusterAgents';
import { spiffeId } from './config';
import { canonicalUrl } from './endpoints';
import type { KagentAgent, KagentMcpServer } from './kagent';
import {
  externalLocation,
  inClusterLocation,
  Location,
  ownSovereigntyLabels,
  resolvedLabels,
} from './locations';
import { resolveModel } from './models';
import { agentReachInput } from './reach';
import { readinessOf } from './readiness';

/** Agents and servers without the clusters' health, which is added per read. */
export type RegistryAgent = Omit<AiAgent, 'clusterHealth'>;
export type RegistryServer = Omit<McpServer, 'clusterHealth'>;

export interface RegistryOptions {
  trustDomain: string;
  defaultOwner: string;
  rules: readonly SovereigntyRule[];
}

function refOf(cluster: string, object: CachedObject) {
  return {
    cluster,
    namespace: object.metadata.namespace!,
    name: object.metadata.name,
    kind: object.kind,
    apiVersion: object.apiVersion,
  };
}

function ownerOf(
  namespaceLabels: Record<string, string> | undefined,
  defaultOwner: string,
): { owner: string; ownerSource: AiAgent['ownerSource'] } {
  // Only the namespace's label, which the platform team sets: whoever may
  // create an agent or MCP server in a namespace may set its own labels, so
  // its own ai-platform.io/team label would let a tenant claim another team.
  const ns = namespaceLabels?.[TEAM_LABEL];
  if (ns) return { owner: teamRef(ns), ownerSource: 'namespace' };
  return { owner: defaultOwner, ownerSource: 'default' };
}

/** Where an MCP server runs: its cluster for kmcp servers, stdio ToolServers and in-cluster URLs. */
function serverLocation(c: ClusterAgents, server: KagentMcpServer): Location {
  const namespace = server.object.metadata.namespace!;
  const own = ownSovereigntyLabels(server.object.metadata.labels);
  // kmcp servers run as a Deployment, stdio ToolServers inside kagent's
  // engine: both in the cluster, where the object is.
  if (server.kind === 'MCPServer' || !server.url) {
    return inClusterLocation(
      c.view,
      namespace,
      c.namespaceLabels.get(namespace),
      own,
    );
  }
  const url = canonicalUrl(server.url!, namespace, c.namespaces);
  if (url?.inCluster && url.namespace) {
    return inClusterLocation(
      c.view,
      url.namespace,
      c.namespaceLabels.get(url.namespace),
      own,
    );
  }
  return externalLocation(`the endpoint ${url?.host ?? server.url}`, own);
}

/**
 * Where an MCP server that is not a RemoteMCPServer or MCPServer object runs.
 * kagent also accepts a plain Kubernetes Service as an MCP server; it runs in
 * its namespace. Anything else that is missing has no known location.
 */
function toolLocation(
  c: ClusterAgents,
  kind: string,
  namespace: string,
  name: string,
): Location {
  if (kind === 'Service') {
    return inClusterLocation(
      c.view,
      namespace,
      c.namespaceLabels.get(namespace),
    );
  }
  return externalLocation(
    `the ${kind} ${namespace}/${name}, which is not in cluster ${c.view.name}`,
  );
}

export const serverId = (
  cluster: string,
  kind: string,
  ns: string,
  name: string,
) => `${cluster}/${ns}/${kind}/${name}`;

function buildServer(
  c: ClusterAgents,
  server: KagentMcpServer,
  options: RegistryOptions,
): RegistryServer {
  const ref = refOf(c.view.name, server.object);
  const location = serverLocation(c, server);
  const { object, ...fields } = server;
  return {
    id: serverId(ref.cluster, server.kind, ref.namespace, ref.name),
    ref,
    ...fields,
    owner: ownerOf(c.namespaceLabels.get(ref.namespace), options.defaultOwner)
      .owner,
    usedBy: [],
    readiness: readinessOf(object.status),
    locationLabels: resolvedLabels(location.sources),
    location: location.description,
  };
}

function buildAgent(
  c: ClusterAgents,
  agent: KagentAgent,
  all: readonly ClusterAgents[],
  options: RegistryOptions,
): RegistryAgent {
  const ref = refOf(c.view.name, agent.object);
  const nsLabels = c.namespaceLabels.get(ref.namespace);
  const placement = inClusterLocation(c.view, ref.namespace, nsLabels);
  const model = agent.modelConfig
    ? resolveModel(agent.modelConfig, c, all)
    : undefined;
  const mcpTargets: SovereigntyCallTarget[] = [];
  const mcpServers = agent.mcpServers.map(tool => {
    const server = c.servers.get(
      serverKey(tool.kind, tool.namespace, tool.name),
    );
    const location = server
      ? serverLocation(c, server)
      : toolLocation(c, tool.kind, tool.namespace, tool.name);
    mcpTargets.push({
      name: `${tool.namespace}/${tool.name}`,
      labels: location.sources,
    });
    return {
      id: serverId(c.view.name, tool.kind, tool.namespace, tool.name),
      ref: {
        cluster: c.view.name,
        namespace: tool.namespace,
        name: tool.name,
        kind: tool.kind,
        apiVersion: server?.object.apiVersion ?? '',
      },
      toolNames: tool.toolNames,
      found: Boolean(server),
    };
  });
  const name = `${ref.namespace}/${ref.name}`;
  const reach = evaluateAgentReach(
    agentReachInput(
      c,
      {
        name: ref.name,
        namespace: ref.namespace,
        serviceAccount: agent.serviceAccount,
      },
      agent.mcpServers.map(tool => ({
        via: serverId(c.view.name, tool.kind, tool.namespace, tool.name),
        viaName: `${tool.kind} ${tool.namespace}/${tool.name}`,
        server: c.servers.get(serverKey(tool.kind, tool.namespace, tool.name)),
      })),
    ),
    options.rules,
  );
  return {
    id: `${ref.cluster}/${ref.namespace}/${ref.name}`,
    ref,
    type: agent.type,
    description: agent.description,
    runtime: agent.runtime,
    image: agent.image,
    ...ownerOf(nsLabels, options.defaultOwner),
    serviceAccount: agent.serviceAccount,
    spiffeId: spiffeId(
      options.trustDomain,
      ref.namespace,
      agent.serviceAccount,
    ),
    // The labels kagent puts on every agent pod.
    podSelector: `app=kagent,kagent=${ref.name}`,
    model: model?.model,
    mcpServers,
    agents: agent.agents.map(a => ({
      id: `${ref.cluster}/${a.namespace}/${a.name}`,
      ...a,
      found: c.agents.some(
        other =>
          other.object.metadata.namespace === a.namespace &&
          other.object.metadata.name === a.name,
      ),
    })),
    skills: agent.skills,
    readiness: readinessOf(agent.object.status),
    placementLabels: resolvedLabels(placement.sources),
    sovereignty: evaluateSovereignty(
      {
        kind: 'agent',
        name,
        placement: placement.sources,
        mcpServers: mcpTargets,
        models: model
          ? [
              {
                name: model.model.model ?? model.model.modelConfig,
                labels: model.location.sources,
              },
            ]
          : [],
      },
      options.rules,
    ),
    reach,
    createdAt: agent.object.metadata.creationTimestamp,
  };
}

/** Every agent and MCP server of the clusters, with who uses which server. */
export function buildRegistry(
  clusters: readonly ClusterAgents[],
  options: RegistryOptions,
): { agents: RegistryAgent[]; servers: RegistryServer[] } {
  const servers = clusters.flatMap(c =>
    [...c.servers.values()].map(s => buildServer(c, s, options)),
  );
  const agents = clusters.flatMap(c =>
    c.agents.map(a => buildAgent(c, a, clusters, options)),
  );
  const byId = new Map(servers.map(s => [s.id, s]));
  for (const agent of agents) {
    for (const use of agent.mcpServers) {
      byId.get(use.id)?.usedBy.push({ id: agent.id, toolNames: use.toolNames });
    }
  }
  return { agents, servers };
}
