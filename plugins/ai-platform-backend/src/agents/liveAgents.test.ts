import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import {
  FixtureServer,
  startFixtureServer,
} from '@internal/kube-fixture-server';
import { DEFAULT_SOVEREIGNTY_RULES } from '@ai-platform/backstage-plugin-ai-platform-common';
import path from 'node:path';
import { KubernetesClusterSource } from '../clusters/KubernetesClusterSource';
import { AgentService } from './AgentService';

const demoClusters = path.resolve(__dirname, '../../../../examples/clusters');

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting until ${what}`);
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}

// The path of a new agent in production: the API server's watch event
// reaches the cache, and the next read of the registry includes it.
describe('agents created in a fixture cluster', () => {
  jest.setTimeout(30_000);
  let server: FixtureServer;
  let source: KubernetesClusterSource;

  beforeAll(async () => {
    server = await startFixtureServer({ clustersDir: demoClusters });
    const caData =
      server.kubeconfig.clusters[0].cluster['certificate-authority-data'];
    source = KubernetesClusterSource.fromConfig(
      new ConfigReader({
        aiPlatform: {
          clusters: [
            {
              name: 'eu-sovereign-fra',
              url: server.url('eu-sovereign-fra'),
              auth: {
                type: 'serviceAccountToken',
                token: server.token('eu-sovereign-fra'),
              },
              caData,
              labels: server.info('eu-sovereign-fra').labels,
            },
          ],
        },
      }),
      { logger: mockServices.logger.mock() },
    );
    source.start();
  });

  afterAll(async () => {
    source.stop();
    await server.close();
  });

  it('appear in the registry without a restart, and leave it when deleted', async () => {
    const agents = new AgentService({
      clusters: source,
      config: {
        trustDomain: 'cluster.local',
        defaultOwner: 'group:default/platform-engineering',
      },
      rules: DEFAULT_SOVEREIGNTY_RULES,
      logger: mockServices.logger.mock(),
    });
    await until(
      () => agents.listAgents().items.length === 2 || undefined,
      'the two demo agents are listed',
    );
    const store = server.store('eu-sovereign-fra');
    store.apply({
      apiVersion: 'kagent.dev/v1alpha2',
      kind: 'Agent',
      metadata: { name: 'new-agent', namespace: 'eu-inference' },
      spec: {
        type: 'Declarative',
        declarative: {
          modelConfig: 'eu-mistral-small',
          tools: [
            {
              type: 'McpServer',
              mcpServer: {
                kind: 'MCPServer',
                name: 'fetch',
                namespace: 'platform',
                toolNames: ['fetch'],
              },
            },
          ],
        },
      },
    });
    const created = await until(
      () => agents.getAgent('eu-sovereign-fra', 'eu-inference', 'new-agent'),
      'the new agent is listed',
    );
    expect(created).toMatchObject({
      owner: 'group:default/eu-inference',
      ownerSource: 'namespace',
      model: { location: 'inference-service' },
      readiness: { state: 'unknown' },
    });
    expect(
      agents
        .listMcpServers()
        .items.find(s => s.ref.name === 'fetch')!
        .usedBy.map(u => u.id),
    ).toContain('eu-sovereign-fra/eu-inference/new-agent');
    store.remove({
      apiVersion: 'kagent.dev/v1alpha2',
      kind: 'Agent',
      namespace: 'eu-inference',
      name: 'new-agent',
    });
    await until(
      () =>
        !agents.getAgent('eu-sovereign-fra', 'eu-inference', 'new-agent') ||
        undefined,
      'the deleted agent is gone',
    );
  });
});
