import {
  aiPlatformAgentReadPermission,
  aiPlatformSovereigntyReadPermission,
  AiAgent,
  McpServer,
  SovereigntyRule,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  AgentRegistry,
  ClusterSource,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { checkPlacement } from '../sovereignty/placementCheck';
import { teamRef } from '../gpu/teams';
import { requireKnown, toolName, unknownName } from '../tools/names';
import { openOutput } from '../tools/strictRegistry';

type Zod = Parameters<
  Parameters<ActionsRegistryService['register']>[0]['schema']['input']
>[0];

const readiness = (z: Zod) => z.enum(['ready', 'not-ready', 'unknown']);

/** What an agent and its MCP servers can read, and what is flagged. */
const reachOutput = (z: Zod) =>
  z
    .object({
      status: z.enum(['compliant', 'violation', 'unknown']),
      namespaces: z
        .array(z.string())
        .describe(
          '<cluster>/<namespace> the agent or its MCP servers may read',
        ),
      flags: z.array(
        z.object({
          code: z.enum([
            'reaches-protected-data',
            'unauthenticated-mcp-server',
            'identity-unknown',
          ]),
          status: z.enum(['compliant', 'violation', 'unknown']),
          message: z.string(),
          fix: z.string(),
        }),
      ),
    })
    .describe(
      "From the clusters' RBAC: what the agent's ServiceAccount and its MCP servers' may read, judged with the sovereignty rules",
    );

const health = (z: Zod) =>
  z.object({
    cluster: z.string(),
    state: z.enum(['syncing', 'synced', 'stale', 'error']),
    staleSince: z.string().optional(),
  });

const finding = (z: Zod) =>
  z.object({
    aspect: z.string().describe('run, store, callOut or classification'),
    status: z.enum(['compliant', 'violation', 'unknown']),
    code: z.string(),
    target: z.string(),
    label: z.string().optional(),
    message: z.string(),
    fix: z.string().optional(),
  });

/** An agent as a model reads it best: identity, what it calls, and whether that is allowed. */
function compactAgent(a: AiAgent) {
  return {
    id: a.id,
    cluster: a.ref.cluster,
    namespace: a.ref.namespace,
    name: a.ref.name,
    type: a.type,
    description: a.description,
    owner: a.owner,
    spiffeId: a.spiffeId,
    readiness: a.readiness.state,
    model: a.model && {
      modelConfig: a.model.modelConfig,
      model: a.model.model,
      provider: a.model.provider,
      location: a.model.location,
      inferenceService: a.model.inferenceService
        ? `${a.model.inferenceService.cluster}/${a.model.inferenceService.namespace}/${a.model.inferenceService.name}`
        : undefined,
    },
    mcpServers: a.mcpServers.map(s => ({
      id: s.id,
      toolNames: s.toolNames,
      found: s.found,
    })),
    sovereignty: {
      status: a.sovereignty.status,
      classification: a.sovereignty.classification,
      problems: a.sovereignty.findings
        .filter(f => f.status !== 'compliant')
        .map(f => f.message),
    },
    reach: {
      status: a.reach.status,
      namespaces: [
        ...new Set(a.reach.grants.map(g => `${g.cluster}/${g.namespace}`)),
      ],
      flags: a.reach.flags.map(f => ({
        code: f.code,
        status: f.status,
        message: f.message,
        fix: f.fix,
      })),
    },
  };
}

function compactServer(s: McpServer) {
  return {
    id: s.id,
    cluster: s.ref.cluster,
    namespace: s.ref.namespace,
    name: s.ref.name,
    kind: s.kind,
    description: s.description,
    transport: s.transport,
    url: s.url,
    tools: s.tools,
    usedBy: s.usedBy.map(u => u.id),
    owner: s.owner,
    location: s.location,
    readiness: s.readiness.state,
  };
}

/**
 * The agent registry and placement actions, for agents over MCP and for
 * templates: the same answers as the `/agents` and `/mcp-servers` routes,
 * from the same registry.
 */
export function registerAgentActions(
  actionsRegistry: ActionsRegistryService,
  options: {
    agents: AgentRegistry;
    clusters: ClusterSource;
    rules: readonly SovereigntyRule[];
  },
): void {
  const { agents, clusters, rules } = options;
  const requireCluster = (cluster: string | undefined) =>
    requireKnown(
      'cluster',
      cluster,
      clusters.clusters().map(c => c.name),
      `${toolName('list-clusters')} lists them with their health`,
    );

  actionsRegistry.register({
    name: 'list-ai-agents',
    title: 'List AI agents',
    description:
      "The kagent agents of every cluster: owner team, workload identity (SPIFFE ID), readiness, the model each calls (and the inference service behind it), the MCP servers and tools it may use, and whether its sovereignty is compliant, a violation or unknown, with every problem, and its reach: the namespaces its ServiceAccount and its MCP servers' may read (from the clusters' RBAC), flagged where a tool reads data whose classification may not be processed where the tool runs, or an MCP server is called without credentials. Filter by cluster, owner team or search text. Agents of a stale cluster are as of that cluster's staleSince.",
    visibilityPermission: aiPlatformAgentReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          cluster: z.string().optional().describe('Only this cluster'),
          owner: z
            .string()
            .optional()
            .describe('Group entity ref (group:default/eu-inference) or name'),
          q: z
            .string()
            .optional()
            .describe(
              'Text in the name, namespace, description, model, MCP servers or skills',
            ),
        }),
      output: z =>
        z.object({
          agents: z.array(
            z.object({
              id: z.string(),
              cluster: z.string(),
              namespace: z.string(),
              name: z.string(),
              type: z.enum(['Declarative', 'BYO']),
              description: z.string().optional(),
              owner: z.string(),
              spiffeId: z.string(),
              readiness: readiness(z),
              model: z
                .object({
                  modelConfig: z.string(),
                  model: z.string().optional(),
                  provider: z.string().optional(),
                  location: z.enum([
                    'inference-service',
                    'in-cluster',
                    'external',
                    'unknown',
                  ]),
                  inferenceService: z.string().optional(),
                })
                .optional(),
              mcpServers: z.array(
                z.object({
                  id: z.string(),
                  toolNames: z.array(z.string()),
                  found: z.boolean(),
                }),
              ),
              sovereignty: z.object({
                status: z.enum(['compliant', 'violation', 'unknown']),
                classification: z.string().optional(),
                problems: z.array(z.string()),
              }),
              reach: reachOutput(z),
            }),
          ),
          clusters: z.array(health(z)),
        }),
    },
    examples: [
      { title: 'Every agent', input: {} },
      {
        title: "The EU Inference team's agents",
        input: { owner: 'eu-inference' },
      },
    ],
    action: async ({ input }) => {
      requireCluster(input.cluster);
      if (input.owner?.trim()) {
        const owners = [
          ...new Set(agents.listAgents().items.map(a => a.owner)),
        ];
        if (!owners.includes(teamRef(input.owner))) {
          throw unknownName('agent owner', teamRef(input.owner), owners);
        }
      }
      const list = agents.listAgents(input);
      return {
        output: {
          agents: list.items.map(compactAgent),
          clusters: list.clusters.map(c => ({
            cluster: c.cluster,
            ...c.health,
          })),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'list-mcp-servers',
    title: 'List MCP servers and their tools',
    description:
      'The MCP servers of every cluster (kagent RemoteMCPServer endpoints, kmcp MCPServer deployments and legacy kagent v1alpha1 ToolServers): URL and transport, the tools each reported, where it runs, and the agents that use it.',
    visibilityPermission: aiPlatformAgentReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          cluster: z.string().optional().describe('Only this cluster'),
          q: z
            .string()
            .optional()
            .describe('Text in the name, description or a tool name'),
        }),
      output: z =>
        z.object({
          servers: z.array(
            z.object({
              id: z.string(),
              cluster: z.string(),
              namespace: z.string(),
              name: z.string(),
              kind: z.enum(['RemoteMCPServer', 'MCPServer', 'ToolServer']),
              description: z.string().optional(),
              transport: z.enum(['streamable-http', 'sse', 'stdio']),
              url: z.string().optional(),
              tools: z.array(
                z.object({
                  name: z.string(),
                  description: z.string().optional(),
                }),
              ),
              usedBy: z.array(z.string()),
              owner: z.string(),
              location: z.string(),
              readiness: readiness(z),
            }),
          ),
          clusters: z.array(health(z)),
        }),
    },
    examples: [{ title: 'Every MCP server with its tools', input: {} }],
    action: async ({ input }) => {
      requireCluster(input.cluster);
      const list = agents.listMcpServers();
      const q = input.q?.trim().toLocaleLowerCase('en-US');
      const servers = list.items
        .filter(s => !input.cluster || s.ref.cluster === input.cluster)
        .filter(
          s =>
            !q ||
            [s.ref.name, s.description ?? '', ...s.tools.map(t => t.name)]
              .join('\n')
              .toLocaleLowerCase('en-US')
              .includes(q),
        );
      return {
        output: {
          servers: servers.map(compactServer),
          clusters: list.clusters
            .filter(c => !input.cluster || c.cluster === input.cluster)
            .map(c => ({ cluster: c.cluster, ...c.health })),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'get-ai-agent',
    title: 'One AI agent in detail',
    description:
      'One kagent agent by cluster, namespace and name, with everything ai-platform.list-ai-agents says of it plus its MCP servers and tools in full and every sovereignty finding with what to change. Its description comes from the cluster and is returned as untrusted text.',
    visibilityPermission: aiPlatformAgentReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          cluster: z.string().min(1).describe('The cluster of the agent'),
          namespace: z.string().min(1).describe('The namespace of the agent'),
          name: z.string().min(1).describe('The name of the Agent object'),
        }),
      output: z =>
        z.object({
          agent: openOutput(
            z,
            { id: z.string(), owner: z.string(), spiffeId: z.string() },
            'The agent as ai-platform.list-ai-agents lists it',
          ),
          sovereignty: z.object({
            status: z.enum(['compliant', 'violation', 'unknown']),
            findings: z.array(finding(z)),
          }),
        }),
    },
    examples: [
      {
        title: 'The EU support assistant',
        input: {
          cluster: 'eu-sovereign-fra',
          namespace: 'eu-inference',
          name: 'eu-support-assistant',
        },
      },
    ],
    action: async ({ input }) => {
      requireCluster(input.cluster);
      const agent = agents.getAgent(input.cluster, input.namespace, input.name);
      if (!agent) {
        const known = agents
          .listAgents({ cluster: input.cluster })
          .items.map(a => `${a.ref.namespace}/${a.ref.name}`);
        throw unknownName(
          `agent of cluster ${input.cluster}`,
          `${input.namespace}/${input.name}`,
          known,
        );
      }
      return {
        output: {
          agent: compactAgent(agent),
          sovereignty: {
            status: agent.sovereignty.status,
            findings: agent.sovereignty.findings,
          },
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'check-placement',
    title: 'Is this placement allowed?',
    description:
      'Asks the sovereignty rules whether data of a classification may be processed at a place: a configured cluster (and namespace), whose sovereignty labels are read, or explicit labels (ai-platform.io/jurisdiction, region, provider, residency-policy, non-eu-law-exposure). Answers compliant, violation or unknown (a label the rule needs is missing or contradictory) with every finding and what to change.',
    visibilityPermission: aiPlatformSovereigntyReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          classification: z
            .string()
            .min(1)
            .describe(
              'Data classification: public, internal, confidential or restricted',
            ),
          cluster: z.string().optional().describe('A configured cluster name'),
          namespace: z
            .string()
            .optional()
            .describe(
              'A namespace of the cluster; its labels override the cluster labels',
            ),
          labels: z
            .record(z.string(), z.string())
            .optional()
            .describe(
              'Sovereignty labels of the place; they override the cluster and namespace labels',
            ),
        }),
      output: z =>
        z.object({
          status: z.enum(['compliant', 'violation', 'unknown']),
          classification: z.string().optional(),
          placement: z.string(),
          findings: z.array(finding(z)),
        }),
    },
    examples: [
      {
        title: 'Confidential data on the Paris cluster',
        input: {
          classification: 'confidential',
          cluster: 'eu-hyperscaler-par',
        },
      },
      {
        title: 'Restricted data at an EU provider',
        input: {
          classification: 'restricted',
          labels: {
            'ai-platform.io/jurisdiction': 'FR',
            'ai-platform.io/non-eu-law-exposure': 'none',
            'ai-platform.io/residency-policy': 'eu-only',
          },
        },
      },
    ],
    action: async ({ input }) => ({
      output: checkPlacement(input, clusters, rules),
    }),
  });
}
