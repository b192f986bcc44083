import { mockServices } from '@backstage/backend-test-utils';
import { DEFAULT_SOVEREIGNTY_RULES } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterView } from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  clusterView,
  exampleCluster,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import { AgentService } from './AgentService';
import type { KubeObject } from '../clusters/kinds';

function service(views: ClusterView[], trustDomain = 'cluster.local') {
  const logger = mockServices.logger.mock();
  const agents = new AgentService({
    clusters: staticClusterSource(views),
    config: { trustDomain, defaultOwner: 'group:default/platform-engineering' },
    rules: DEFAULT_SOVEREIGNTY_RULES,
    logger,
  });
  return { agents, logger };
}

describe('AgentService on the demo clusters', () => {
  const { agents } = service([
    exampleCluster('eu-sovereign-fra'),
    exampleCluster('eu-hyperscaler-par'),
    exampleCluster('us-east-virginia'),
  ]);

  it('lists the kagent agents of the demo clusters with identity and owner', () => {
    const { items, clusters } = agents.listAgents();
    expect(items.map(a => a.id)).toEqual([
      'eu-sovereign-fra/platform/gpu-capacity-agent',
      'eu-sovereign-fra/eu-inference/eu-support-assistant',
      'eu-hyperscaler-par/platform/cluster-ops-assistant',
    ]);
    expect(clusters).toHaveLength(3);
    const support = items[1];
    expect(support).toMatchObject({
      type: 'Declarative',
      runtime: 'go',
      owner: 'group:default/eu-inference',
      serviceAccount: 'eu-support-assistant',
      spiffeId:
        'spiffe://cluster.local/ns/eu-inference/sa/eu-support-assistant',
      podSelector: 'app=kagent,kagent=eu-support-assistant',
      readiness: { state: 'ready', accepted: true, ready: true },
    });
  });

  it('links the ModelConfig behind the Envoy gateway to the LLMInferenceService', () => {
    const support = agents.getAgent(
      'eu-sovereign-fra',
      'eu-inference',
      'eu-support-assistant',
    )!;
    expect(support.model).toMatchObject({
      modelConfig: 'eu-inference/eu-mistral-small',
      model: 'mistral-small-3.2-24b-instruct',
      provider: 'OpenAI',
      location: 'inference-service',
      inferenceService: {
        cluster: 'eu-sovereign-fra',
        namespace: 'eu-inference',
        name: 'mistral-small-eu',
        kind: 'LLMInferenceService',
      },
    });
  });

  it('resolves the MCP servers of an agent and the agents of a server', () => {
    const support = agents.getAgent(
      'eu-sovereign-fra',
      'eu-inference',
      'eu-support-assistant',
    )!;
    expect(support.mcpServers.map(s => [s.id, s.toolNames, s.found])).toEqual([
      ['eu-sovereign-fra/platform/MCPServer/fetch', ['fetch'], true],
      [
        'eu-sovereign-fra/platform/RemoteMCPServer/backstage-actions',
        ['ai-platform:check-sovereignty'],
        true,
      ],
    ]);
    const servers = agents.listMcpServers().items;
    const actions = servers.find(s => s.ref.name === 'backstage-actions')!;
    expect(actions).toMatchObject({
      transport: 'streamable-http',
      url: 'http://backstage.platform.svc.cluster.local:7007/api/mcp-actions/v1',
      location: 'cluster eu-sovereign-fra, namespace platform',
    });
    expect(actions.tools).toHaveLength(3);
    expect(actions.usedBy.map(u => u.id)).toEqual([
      'eu-sovereign-fra/platform/gpu-capacity-agent',
      'eu-sovereign-fra/eu-inference/eu-support-assistant',
    ]);
    const fetch = servers.find(s => s.ref.name === 'fetch')!;
    expect(fetch).toMatchObject({
      kind: 'MCPServer',
      transport: 'streamable-http',
      url: 'http://fetch.platform:3000/mcp',
      processTransport: 'stdio',
      command: 'uvx',
      args: ['mcp-server-fetch'],
    });
  });

  it('finds the confidential support agent compliant: it, its tools and its model stay in DE', () => {
    const support = agents.getAgent(
      'eu-sovereign-fra',
      'eu-inference',
      'eu-support-assistant',
    )!;
    expect(support.sovereignty.status).toBe('compliant');
    expect(support.sovereignty.classification).toBe('confidential');
    expect(
      support.sovereignty.findings.filter(f => f.aspect === 'callOut'),
    ).toHaveLength(6);
    expect(support.placementLabels['ai-platform.io/jurisdiction']).toBe('DE');
  });

  it('filters by cluster, owner and search text', () => {
    expect(agents.listAgents({ owner: 'eu-inference' }).items).toHaveLength(1);
    expect(agents.listAgents({ q: 'GPU placement' }).items[0].ref.name).toBe(
      'gpu-capacity-agent',
    );
    expect(agents.listAgents({ cluster: 'us-east-virginia' })).toEqual({
      items: [],
      clusters: [{ cluster: 'us-east-virginia', health: { state: 'synced' } }],
    });
  });
});

const ns = (name: string, labels: Record<string, string>) => ({
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name, labels },
});

const EU = {
  'ai-platform.io/jurisdiction': 'DE',
  'ai-platform.io/non-eu-law-exposure': 'none',
};

const ready = {
  conditions: [
    { type: 'Accepted', status: 'True' },
    { type: 'Ready', status: 'True' },
  ],
};

describe('AgentService on upstream-shaped objects', () => {
  it('reads a v1alpha1 agent, its namespace/name references and a v1alpha1 ModelConfig', () => {
    const objects: KubeObject[] = [
      ns('tools', { 'ai-platform.io/team': 'sre' }),
      {
        apiVersion: 'kagent.dev/v1alpha1',
        kind: 'Agent',
        metadata: { name: 'k8s-agent', namespace: 'tools' },
        spec: {
          description: 'Kubernetes expert',
          systemMessage: 'You are a Kubernetes expert.',
          modelConfig: 'kagent/default-model-config',
          tools: [
            {
              type: 'McpServer',
              mcpServer: {
                toolServer: 'kagent/kagent-tool-server',
                toolNames: ['k8s_get_resources'],
              },
            },
            { type: 'Agent', agent: { ref: 'helper' } },
          ],
        },
        status: {
          conditions: [
            {
              type: 'Accepted',
              status: 'False',
              reason: 'ModelConfigNotFound',
              message: 'no model config',
            },
          ],
        },
      },
      {
        apiVersion: 'kagent.dev/v1alpha1',
        kind: 'ModelConfig',
        metadata: { name: 'default-model-config', namespace: 'kagent' },
        spec: {
          model: 'gpt-4o',
          provider: 'OpenAI',
          apiKeySecretRef: 'kagent-openai',
          openAI: {},
        },
      },
    ];
    const { agents } = service([clusterView('dev', objects, { labels: EU })]);
    const [agent] = agents.listAgents().items;
    expect(agent).toMatchObject({
      type: 'Declarative',
      owner: 'group:default/sre',
      ownerSource: 'namespace',
      serviceAccount: 'k8s-agent',
      model: {
        modelConfig: 'kagent/default-model-config',
        found: true,
        model: 'gpt-4o',
        location: 'external',
      },
      mcpServers: [
        {
          ref: {
            kind: 'ToolServer',
            namespace: 'kagent',
            name: 'kagent-tool-server',
          },
          toolNames: ['k8s_get_resources'],
          found: false,
        },
      ],
      agents: [{ id: 'dev/tools/helper', found: false }],
      readiness: {
        state: 'not-ready',
        accepted: false,
        message: 'no model config',
      },
    });
  });

  it('reads a v1alpha3 ModelConfig and RemoteMCPServer, a BYO agent and a service account override', () => {
    const objects: KubeObject[] = [
      ns('apps', {
        ...EU,
        'ai-platform.io/data-classification': 'confidential',
      }),
      {
        apiVersion: 'kagent.dev/v1alpha2',
        kind: 'Agent',
        metadata: {
          name: 'triage',
          namespace: 'apps',
          labels: { 'ai-platform.io/team': 'group:default/support' },
        },
        spec: {
          type: 'Declarative',
          declarative: {
            modelConfig: 'claude',
            deployment: { serviceAccountName: 'triage-sa' },
            tools: [
              {
                type: 'McpServer',
                mcpServer: {
                  apiGroup: 'kagent.dev',
                  kind: 'RemoteMCPServer',
                  name: 'github',
                },
              },
              // kagent also takes a plain Service as an MCP server.
              {
                type: 'McpServer',
                mcpServer: { kind: 'Service', name: 'k8s-mcp' },
              },
            ],
          },
        },
        status: ready,
      },
      {
        apiVersion: 'kagent.dev/v1alpha2',
        kind: 'Agent',
        metadata: { name: 'byo', namespace: 'apps' },
        spec: {
          type: 'BYO',
          byo: { deployment: { image: 'ghcr.io/acme/agent:1.2.0' } },
        },
      },
      {
        apiVersion: 'kagent.dev/v1alpha3',
        kind: 'ModelConfig',
        metadata: { name: 'claude', namespace: 'apps' },
        spec: {
          model: 'claude-sonnet-4',
          provider: 'Anthropic',
          apiKeySecret: 'anthropic',
        },
      },
      {
        apiVersion: 'kagent.dev/v1alpha3',
        kind: 'RemoteMCPServer',
        metadata: { name: 'github', namespace: 'apps' },
        spec: {
          url: 'https://api.githubcopilot.com/mcp/',
          protocol: 'SSE',
          description: 'GitHub',
        },
        status: {
          discoveredTools: [
            { name: 'create_issue', description: 'Create an issue' },
          ],
          conditions: [{ type: 'Accepted', status: 'True' }],
        },
      },
    ];
    const { agents } = service(
      [clusterView('prod', objects, { labels: EU })],
      'prod.example.com',
    );
    const [triage, byo] = agents.listAgents().items;
    // Its own ai-platform.io/team label (support) is not trusted: whoever
    // may create an agent may set it. The namespace has none: the default.
    expect(triage).toMatchObject({
      owner: 'group:default/platform-engineering',
      ownerSource: 'default',
      spiffeId: 'spiffe://prod.example.com/ns/apps/sa/triage-sa',
      model: { provider: 'Anthropic', location: 'external' },
    });
    // An external provider and an external MCP server have no labels, so a
    // confidential agent that calls them cannot be judged compliant.
    expect(triage.sovereignty.status).toBe('unknown');
    expect(
      triage.sovereignty.findings
        .filter(f => f.code === 'missing-label')
        .map(f => f.target),
    ).toEqual(
      expect.arrayContaining([
        'MCP server apps/github',
        'model claude-sonnet-4',
      ]),
    );
    const viaService = triage.sovereignty.findings.filter(
      f => f.target === 'MCP server apps/k8s-mcp',
    );
    expect(viaService.map(f => f.status)).toEqual(['compliant', 'compliant']);
    expect(byo).toMatchObject({
      type: 'BYO',
      image: 'ghcr.io/acme/agent:1.2.0',
      serviceAccount: 'byo',
      model: undefined,
    });
    const [github] = agents.listMcpServers().items;
    expect(github).toMatchObject({
      transport: 'sse',
      tools: [{ name: 'create_issue', description: 'Create an issue' }],
      locationLabels: {},
      location: 'the endpoint api.githubcopilot.com',
      readiness: { state: 'ready' },
    });
  });

  it('links a base URL to an InferenceService by its in-cluster service name or status URL in another cluster', () => {
    const isvc = {
      apiVersion: 'serving.kserve.io/v1beta1',
      kind: 'InferenceService',
      metadata: { name: 'llama', namespace: 'ml' },
      spec: { predictor: { model: { modelFormat: { name: 'huggingface' } } } },
      status: { url: 'https://llama.ml.inference.example.com' },
    };
    const config = (name: string, baseUrl: string) => ({
      apiVersion: 'kagent.dev/v1alpha2',
      kind: 'ModelConfig',
      metadata: { name, namespace: 'ml' },
      spec: { model: 'llama', provider: 'OpenAI', openAI: { baseUrl } },
    });
    const agent = (name: string, modelConfig: string) => ({
      apiVersion: 'kagent.dev/v1alpha2',
      kind: 'Agent',
      metadata: { name, namespace: 'ml' },
      spec: { type: 'Declarative', declarative: { modelConfig } },
    });
    const serving = clusterView('serving', [ns('ml', EU), isvc], {
      labels: EU,
    });
    const callers = clusterView('callers', [
      ns('ml', {}),
      config('local', 'http://llama-predictor.ml.svc.cluster.local/v1'),
      config('remote', 'https://llama.ml.inference.example.com/openai/v1'),
      config('ollama', 'http://ollama.ml:11434'),
      agent('a', 'local'),
      agent('b', 'remote'),
      agent('c', 'ollama'),
    ]);
    const { agents } = service([serving, callers]);
    const byName = (n: string) => agents.getAgent('callers', 'ml', n)!.model!;
    // The in-cluster name resolves in the caller's own cluster, which has no such service.
    expect(byName('a').location).toBe('in-cluster');
    expect(byName('b')).toMatchObject({
      location: 'inference-service',
      inferenceService: {
        cluster: 'serving',
        name: 'llama',
        kind: 'InferenceService',
      },
    });
    expect(byName('c').location).toBe('in-cluster');
    const { agents: same } = service([
      clusterView(
        'one',
        [
          ns('ml', EU),
          isvc,
          config('local', 'http://llama-predictor.ml.svc.cluster.local/v1'),
          agent('a', 'local'),
        ],
        { labels: EU },
      ),
    ]);
    expect(same.getAgent('one', 'ml', 'a')!.model!.inferenceService?.name).toBe(
      'llama',
    );
  });

  it('skips malformed objects with one logged reason each, and keeps the rest', () => {
    const objects: KubeObject[] = [
      {
        apiVersion: 'kagent.dev/v1alpha2',
        kind: 'Agent',
        metadata: { name: 'no-spec', namespace: 'a' },
      },
      {
        apiVersion: 'kagent.dev/v1alpha2',
        kind: 'Agent',
        metadata: { name: 'odd', namespace: 'a' },
        spec: { type: 'Workflow' },
      },
      {
        apiVersion: 'kagent.dev/v1alpha2',
        kind: 'Agent',
        metadata: { name: 'ok', namespace: 'a' },
        spec: {
          type: 'Declarative',
          declarative: { tools: [{ type: 'McpServer', mcpServer: {} }] },
        },
      },
      {
        apiVersion: 'kagent.dev/v1alpha2',
        kind: 'RemoteMCPServer',
        metadata: { name: 'nourl', namespace: 'a' },
        spec: { url: 'stdio://x' },
      },
      {
        apiVersion: 'kagent.dev/v1alpha2',
        kind: 'ModelConfig',
        metadata: { name: 'nomodel', namespace: 'a' },
        spec: {},
      },
      {
        apiVersion: 'kagent.dev/v1alpha1',
        kind: 'MCPServer',
        metadata: { name: 'nodeploy', namespace: 'a' },
        spec: { transportType: 'stdio' },
      },
    ];
    const { agents, logger } = service([clusterView('c', objects)]);
    expect(agents.listAgents().items.map(a => a.ref.name)).toEqual(['ok']);
    expect(agents.listMcpServers().items).toEqual([]);
    agents.listAgents();
    const messages = logger.warn.mock.calls.map(c => c[0]);
    expect(messages).toEqual(
      expect.arrayContaining([
        'Left out part or all of Agent a/no-spec in cluster c, because it has no spec.',
        "Left out part or all of Agent a/odd in cluster c, because its spec.type 'Workflow' is neither Declarative nor BYO.",
        'Left out part or all of Agent a/ok in cluster c, because tool 0 names no MCP server.',
        "Left out part or all of RemoteMCPServer a/nourl in cluster c, because its spec.url 'stdio://x' is not an http(s) URL.",
        'Left out part or all of ModelConfig a/nomodel in cluster c, because it has no spec.model.',
        'Left out part or all of MCPServer a/nodeploy in cluster c, because it has no spec.deployment.',
      ]),
    );
    expect(messages).toHaveLength(6);
  });

  it('shows an agent created in a cluster at the next read, without restart', () => {
    const lists: KubeObject[] = [ns('a', {})];
    let view = clusterView('live', lists);
    // The source hands out the current view, as the watch caches do.
    const source = { clusters: () => [view], cluster: () => view };
    const live = new AgentService({
      clusters: source,
      config: { trustDomain: 'cluster.local', defaultOwner: 'group:default/x' },
      rules: DEFAULT_SOVEREIGNTY_RULES,
      logger: mockServices.logger.mock(),
    });
    expect(live.listAgents().items).toEqual([]);
    view = clusterView('live', [
      ...lists,
      {
        apiVersion: 'kagent.dev/v1alpha2',
        kind: 'Agent',
        metadata: { name: 'new', namespace: 'a' },
        spec: { type: 'Declarative', declarative: {} },
      },
    ]);
    expect(live.listAgents().items.map(a => a.id)).toEqual(['live/a/new']);
  });
});
