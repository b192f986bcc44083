import type {
  AgentList,
  AiAgent,
  ClusterHealth,
  McpServer,
  McpServerList,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { Entity } from '@backstage/catalog-model';

/** Agents and MCP servers shaped like the backend's answers for examples/clusters. */

const synced: ClusterHealth = {
  state: 'synced',
  syncedAt: '2026-07-15T09:00:00Z',
  lastEventAt: '2026-07-15T09:05:00Z',
};

export const STALE_ERROR =
  'Watch of Agent in us-east-virginia failed: connect ECONNREFUSED 127.0.0.1:16445';

const stale: ClusterHealth = {
  state: 'stale',
  syncedAt: '2026-07-15T09:00:00Z',
  staleSince: '2026-07-15T09:10:00Z',
  error: STALE_ERROR,
};

const FRA_LABELS = {
  'ai-platform.io/jurisdiction': 'DE',
  'ai-platform.io/provider': 'stackit',
};

export const gpuCapacityAgent: AiAgent = {
  id: 'eu-sovereign-fra/platform/gpu-capacity-agent',
  ref: {
    cluster: 'eu-sovereign-fra',
    namespace: 'platform',
    name: 'gpu-capacity-agent',
    kind: 'Agent',
    apiVersion: 'kagent.dev/v1alpha2',
  },
  type: 'Declarative',
  description:
    "Answers 'where can my team get N GPUs' from the AI Platform Backstage actions",
  runtime: 'go',
  owner: 'group:default/platform-engineering',
  ownerSource: 'namespace',
  serviceAccount: 'gpu-capacity-agent',
  spiffeId: 'spiffe://ai-platform.example/ns/platform/sa/gpu-capacity-agent',
  podSelector: 'app=kagent,kagent=gpu-capacity-agent',
  model: {
    modelConfig: 'platform/eu-mistral-small',
    found: true,
    model: 'mistral-small-3.2-24b-instruct',
    provider: 'OpenAI',
    baseUrl:
      'http://inference-gateway.envoy-gateway-system.svc.cluster.local/eu-inference/mistral-small-eu/v1',
    location: 'inference-service',
    inferenceService: {
      cluster: 'eu-sovereign-fra',
      namespace: 'eu-inference',
      name: 'mistral-small-eu',
      kind: 'InferenceService',
      apiVersion: 'serving.kserve.io/v1beta1',
    },
  },
  mcpServers: [
    {
      id: 'eu-sovereign-fra/platform/RemoteMCPServer/backstage-actions',
      ref: {
        cluster: 'eu-sovereign-fra',
        namespace: 'platform',
        name: 'backstage-actions',
        kind: 'RemoteMCPServer',
        apiVersion: 'kagent.dev/v1alpha2',
      },
      toolNames: [
        'ai-platform:get-gpu-capacity',
        'ai-platform:find-gpu-placement',
      ],
      found: true,
    },
  ],
  agents: [],
  skills: [
    {
      id: 'gpu-placement',
      name: 'GPU placement',
      description: 'Find allowed clusters with free GPUs',
      tags: ['gpu', 'capacity'],
    },
  ],
  readiness: { state: 'ready', accepted: true, ready: true },
  placementLabels: FRA_LABELS,
  reach: { status: 'compliant', grants: [], flags: [] },
  sovereignty: {
    status: 'compliant',
    classification: 'internal',
    findings: [
      {
        aspect: 'run',
        status: 'compliant',
        code: 'allowed',
        target: 'agent gpu-capacity-agent',
        label: 'jurisdiction',
        message: 'agent gpu-capacity-agent runs in DE, which internal data may',
      },
    ],
  },
  clusterHealth: synced,
};

export const usAgent: AiAgent = {
  ...gpuCapacityAgent,
  id: 'us-east-virginia/support/us-helpdesk',
  ref: {
    cluster: 'us-east-virginia',
    namespace: 'support',
    name: 'us-helpdesk',
    kind: 'Agent',
    apiVersion: 'kagent.dev/v1alpha2',
  },
  description: 'Helpdesk agent answering from the public docs',
  owner: 'group:default/eu-inference',
  serviceAccount: 'us-helpdesk',
  spiffeId: 'spiffe://ai-platform.example/ns/support/sa/us-helpdesk',
  podSelector: 'app=kagent,kagent=us-helpdesk',
  model: {
    modelConfig: 'support/openai',
    found: true,
    model: 'gpt-4o',
    provider: 'OpenAI',
    baseUrl: 'https://api.openai.com/v1',
    location: 'external',
  },
  mcpServers: [
    {
      id: 'us-east-virginia/support/MCPServer/fetch',
      ref: {
        cluster: 'us-east-virginia',
        namespace: 'support',
        name: 'fetch',
        kind: 'MCPServer',
        apiVersion: 'kagent.dev/v1alpha1',
      },
      toolNames: [],
      found: true,
    },
  ],
  skills: [],
  readiness: {
    state: 'not-ready',
    accepted: true,
    ready: false,
    message: 'Deployment us-helpdesk has 0 of 1 replicas ready',
  },
  placementLabels: { 'ai-platform.io/jurisdiction': 'US' },
  reach: { status: 'compliant', grants: [], flags: [] },
  sovereignty: {
    status: 'violation',
    classification: 'confidential',
    findings: [
      {
        aspect: 'run',
        status: 'violation',
        code: 'not-allowed',
        target: 'agent us-helpdesk',
        label: 'jurisdiction',
        message:
          'agent us-helpdesk runs in US, where confidential data may not be processed',
        fix: 'Move the agent to a cluster in the EU',
      },
    ],
  },
  clusterHealth: stale,
};

export const backstageActions: McpServer = {
  id: 'eu-sovereign-fra/platform/RemoteMCPServer/backstage-actions',
  ref: gpuCapacityAgent.mcpServers[0].ref,
  kind: 'RemoteMCPServer',
  description:
    'Backstage actions registry (AI Platform plugins) over MCP: GPU capacity, models, sovereignty checks',
  transport: 'streamable-http',
  url: 'http://backstage.platform.svc.cluster.local:7007/api/mcp-actions/v1',
  tools: [
    {
      name: 'ai-platform:get-gpu-capacity',
      description:
        'GPU capacity, allocation and quota per cluster and GPU product',
    },
    {
      name: 'ai-platform:find-gpu-placement',
      description:
        'Clusters where a team can get N GPUs of a product under its sovereignty rules',
    },
  ],
  owner: 'group:default/platform-engineering',
  usedBy: [
    {
      id: gpuCapacityAgent.id,
      toolNames: gpuCapacityAgent.mcpServers[0].toolNames,
    },
  ],
  readiness: { state: 'ready', accepted: true },
  locationLabels: FRA_LABELS,
  location: 'cluster eu-sovereign-fra, namespace platform',
  clusterHealth: synced,
};

export const fetchServer: McpServer = {
  id: 'us-east-virginia/support/MCPServer/fetch',
  ref: usAgent.mcpServers[0].ref,
  kind: 'MCPServer',
  transport: 'streamable-http',
  url: 'http://fetch.support:3000/mcp',
  processTransport: 'stdio',
  image: 'ghcr.io/astral-sh/uv:python3.12-bookworm-slim',
  command: 'uvx',
  args: ['mcp-server-fetch'],
  tools: [],
  owner: 'group:default/eu-inference',
  usedBy: [{ id: usAgent.id, toolNames: [] }],
  readiness: { state: 'ready', accepted: true, ready: true },
  locationLabels: { 'ai-platform.io/jurisdiction': 'US' },
  location: 'cluster us-east-virginia, namespace support',
  clusterHealth: stale,
};

export const agentList: AgentList = {
  items: [gpuCapacityAgent, usAgent],
  clusters: [
    { cluster: 'eu-sovereign-fra', health: synced },
    { cluster: 'us-east-virginia', health: stale },
  ],
};

export const mcpServerList: McpServerList = {
  items: [backstageActions, fetchServer],
  clusters: agentList.clusters,
};

/** A catalog entity of an agent that runs outside the clusters. */
export const registeredAgent: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'partner-contract-reviewer',
    namespace: 'default',
    title: 'Partner contract reviewer',
    description: 'Reviews supplier contracts; hosted by the legal team',
    labels: { 'ai-platform.io/jurisdiction': 'FR' },
    annotations: {
      'ai-platform.io/spiffe-id':
        'spiffe://partner.example/legal/contract-reviewer',
    },
  },
  spec: {
    type: 'ai-agent',
    lifecycle: 'production',
    owner: 'group:default/legal',
    consumesApis: ['api:default/contracts-mcp'],
  },
};

/** The catalog entity the catalog module made of a discovered agent. */
export const discoveredAgentEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'gpu-capacity-agent-platform-eu-sovereign-fra',
    namespace: 'default',
    annotations: { 'ai-platform.io/cluster': 'eu-sovereign-fra' },
  },
  spec: {
    type: 'ai-agent',
    lifecycle: 'production',
    owner: 'group:default/platform-engineering',
  },
};
