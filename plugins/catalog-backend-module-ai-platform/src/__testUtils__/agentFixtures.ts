import type {
  AiAgent,
  McpServer,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/** The demo support agent as the agent registry answers it (abridged). */
export function supportAgent(overrides: Partial<AiAgent> = {}): AiAgent {
  return {
    id: 'eu-sovereign-fra/eu-inference/eu-support-assistant',
    ref: {
      cluster: 'eu-sovereign-fra',
      namespace: 'eu-inference',
      name: 'eu-support-assistant',
      kind: 'Agent',
      apiVersion: 'kagent.dev/v1alpha2',
    },
    type: 'Declarative',
    description:
      'Customer-support assistant for EU tenants; data stays in the EU',
    runtime: 'go',
    owner: 'group:default/eu-inference',
    ownerSource: 'namespace',
    serviceAccount: 'eu-support-assistant',
    spiffeId: 'spiffe://cluster.local/ns/eu-inference/sa/eu-support-assistant',
    podSelector: 'app=kagent,kagent=eu-support-assistant',
    model: {
      modelConfig: 'eu-inference/eu-mistral-small',
      found: true,
      model: 'mistral-small-3.2-24b-instruct',
      provider: 'OpenAI',
      location: 'inference-service',
      inferenceService: {
        cluster: 'eu-sovereign-fra',
        namespace: 'eu-inference',
        name: 'mistral-small-eu',
        kind: 'LLMInferenceService',
        apiVersion: 'serving.kserve.io/v1alpha2',
      },
    },
    mcpServers: [
      {
        id: 'eu-sovereign-fra/platform/MCPServer/fetch',
        ref: {
          cluster: 'eu-sovereign-fra',
          namespace: 'platform',
          name: 'fetch',
          kind: 'MCPServer',
          apiVersion: 'kagent.dev/v1alpha1',
        },
        toolNames: ['fetch'],
        found: true,
      },
      {
        id: 'eu-sovereign-fra/platform/RemoteMCPServer/gone',
        ref: {
          cluster: 'eu-sovereign-fra',
          namespace: 'platform',
          name: 'gone',
          kind: 'RemoteMCPServer',
          apiVersion: '',
        },
        toolNames: [],
        found: false,
      },
    ],
    agents: [],
    skills: [],
    readiness: { state: 'ready', accepted: true, ready: true },
    placementLabels: {
      'ai-platform.io/jurisdiction': 'DE',
      'ai-platform.io/region': 'eu-de-fra-1',
      'ai-platform.io/provider': 'eu-sovereign-cloud',
      'ai-platform.io/data-classification': 'confidential',
      'ai-platform.io/residency-policy': 'eu-only',
      'ai-platform.io/non-eu-law-exposure': 'none',
    },
    reach: { status: 'compliant', grants: [], flags: [] },
    sovereignty: {
      status: 'compliant',
      classification: 'confidential',
      findings: [],
    },
    clusterHealth: { state: 'synced' },
    ...overrides,
  };
}

/** The demo kmcp fetch server and the Backstage actions endpoint (abridged). */
export function servers(): McpServer[] {
  const base = {
    owner: 'group:default/platform-engineering',
    readiness: { state: 'ready' as const },
    clusterHealth: { state: 'synced' as const },
    location: 'cluster eu-sovereign-fra, namespace platform',
    locationLabels: {
      'ai-platform.io/jurisdiction': 'DE',
      'ai-platform.io/non-eu-law-exposure': 'none',
    },
  };
  return [
    {
      ...base,
      id: 'eu-sovereign-fra/platform/MCPServer/fetch',
      ref: {
        cluster: 'eu-sovereign-fra',
        namespace: 'platform',
        name: 'fetch',
        kind: 'MCPServer',
        apiVersion: 'kagent.dev/v1alpha1',
      },
      kind: 'MCPServer',
      transport: 'streamable-http',
      url: 'http://fetch.platform:3000/mcp',
      processTransport: 'stdio',
      image: 'ghcr.io/astral-sh/uv:python3.12-bookworm-slim',
      command: 'uvx',
      args: ['mcp-server-fetch'],
      tools: [],
      usedBy: [
        {
          id: 'eu-sovereign-fra/eu-inference/eu-support-assistant',
          toolNames: ['fetch'],
        },
      ],
    },
    {
      ...base,
      id: 'eu-sovereign-fra/platform/RemoteMCPServer/backstage-actions',
      ref: {
        cluster: 'eu-sovereign-fra',
        namespace: 'platform',
        name: 'backstage-actions',
        kind: 'RemoteMCPServer',
        apiVersion: 'kagent.dev/v1alpha2',
      },
      kind: 'RemoteMCPServer',
      description:
        'Backstage actions registry (AI Platform plugins) over MCP: GPU capacity, models, sovereignty checks, and more words',
      transport: 'sse',
      url: 'http://backstage.platform.svc.cluster.local:7007/api/mcp-actions/v1',
      tools: [
        {
          name: 'ai-platform:check-sovereignty',
          description: 'Evaluate a placement',
        },
      ],
      usedBy: [],
    },
  ];
}
