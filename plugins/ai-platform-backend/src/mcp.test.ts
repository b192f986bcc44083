import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { clusterSourceServiceRef } from '@ai-platform/backstage-plugin-ai-platform-node';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AddressInfo } from 'net';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { agentRegistryServiceFactory } from './agents/serviceFactory';
import { aiPlatformPlugin } from './plugin';
import { modelSourceServiceFactory } from './models/serviceFactory';
import {
  exampleCluster,
  staticClusterSource,
} from './__testUtils__/clusterViews';

// The path an agent takes: the official MCP client over Streamable HTTP to
// Backstage's MCP actions backend, which lists and calls our actions.
describe('GPU actions over MCP', () => {
  it('lists the GPU tools and answers the capacity finder', async () => {
    const { server } = await startTestBackend({
      features: [
        aiPlatformPlugin,
        modelSourceServiceFactory,
        mcpActionsPlugin,
        mockServices.rootConfig.factory({
          data: { backend: { actions: { pluginSources: ['ai-platform'] } } },
        }),
        actionsRegistryServiceFactory,
        actionsServiceFactory,
        agentRegistryServiceFactory,
        createServiceFactory({
          service: clusterSourceServiceRef,
          deps: {},
          factory: () =>
            staticClusterSource([
              exampleCluster('eu-sovereign-fra'),
              exampleCluster('us-east-virginia'),
            ]),
        }),
      ],
    });
    const { port } = server.address() as AddressInfo;
    const client = new Client({ name: 'ai-platform-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`http://localhost:${port}/api/mcp-actions/v1`),
        {
          requestInit: {
            headers: { Authorization: mockCredentials.user.header() },
          },
        },
      ),
    );
    try {
      const { tools } = await client.listTools();
      expect(tools.map(t => t.name)).toEqual(
        expect.arrayContaining([
          'ai-platform.get-gpu-overview',
          'ai-platform.get-team-gpu-quota',
          'ai-platform.find-gpu-capacity',
          'ai-platform.list-ai-agents',
          'ai-platform.list-mcp-servers',
          'ai-platform.check-placement',
          'ai-platform.get-cluster-conformance',
          'ai-platform.get-gpu-cost',
        ]),
      );
      const finder = tools.find(
        t => t.name === 'ai-platform.find-gpu-capacity',
      )!;
      expect(finder.annotations).toMatchObject({ readOnlyHint: true });

      const result = (await client.callTool({
        name: 'ai-platform.find-gpu-capacity',
        arguments: { gpus: 2, jurisdiction: 'EU' },
      })) as { content: Array<{ type: string; text: string }> };
      const text = result.content.map(c => c.text).join('\n');
      expect(text).toContain('eu-sovereign-fra');
      expect(text).toContain('us-east-virginia is in jurisdiction US, not EU');
    } finally {
      await client.close();
    }
  });
});
