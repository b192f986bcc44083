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
import { AuthorizeResult } from '@backstage/plugin-permission-common';
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

type ToolResult = {
  content: Array<{ type: string; text: string }>;
  isError?: boolean;
  structuredContent?: Record<string, unknown>;
};

/**
 * The path an agent takes: the official MCP client over Streamable HTTP to
 * Backstage's MCP actions backend, which lists and calls our actions.
 */
async function connect(
  permission:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  const { server } = await startTestBackend({
    features: [
      aiPlatformPlugin,
      modelSourceServiceFactory,
      mcpActionsPlugin,
      mockServices.rootConfig.factory({
        data: { backend: { actions: { pluginSources: ['ai-platform'] } } },
      }),
      mockServices.permissions.factory({ result: permission }),
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
  const call = async (name: string, args: Record<string, unknown>) => {
    const result = (await client.callTool({
      name: `ai-platform.${name}`,
      arguments: args,
    })) as ToolResult;
    return { ...result, text: result.content.map(c => c.text).join('\n') };
  };
  return { client, call };
}

describe('actions over MCP', () => {
  let mcp: Awaited<ReturnType<typeof connect>>;
  beforeAll(async () => {
    mcp = await connect();
  });
  afterAll(async () => {
    await mcp.client.close();
  });

  it('lists the GPU tools and answers the capacity finder', async () => {
    const { tools } = await mcp.client.listTools();
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
    const finder = tools.find(t => t.name === 'ai-platform.find-gpu-capacity')!;
    expect(finder.annotations).toMatchObject({ readOnlyHint: true });

    const { text } = await mcp.call('find-gpu-capacity', {
      gpus: 2,
      jurisdiction: 'EU',
    });
    expect(text).toContain('eu-sovereign-fra');
    expect(text).toContain('us-east-virginia is in jurisdiction US, not EU');
  });

  it('refuses a misspelt key, naming it and the valid keys, instead of dropping it', async () => {
    const { tools } = await mcp.client.listTools();
    const overview = tools.find(
      t => t.name === 'ai-platform.get-gpu-overview',
    )!;
    expect(overview.inputSchema).toMatchObject({ additionalProperties: false });

    const misspelt = await mcp.call('get-gpu-overview', {
      clusterr: 'us-east-virginia',
    });
    expect(misspelt.isError).toBe(true);
    expect(misspelt.text).toContain('InputError');
    expect(misspelt.text).toContain(
      "Unknown key 'clusterr' in the input of ai-platform.get-gpu-overview; the valid keys are cluster, jurisdiction, product, team",
    );

    // Nested objects refuse unknown keys too.
    const nested = await mcp.call('check-inference-service', {
      name: 'chat',
      cluster: 'eu-sovereign-fra',
      namespace: 'eu-inference',
      model: { registry: 'r', repository: 'm', tga: 'v1' },
      gpus: 1,
      classification: 'internal',
      team: 'eu-inference',
    });
    expect(nested.isError).toBe(true);
    expect(nested.text).toContain("Unknown key 'tga'");
  });

  it('answers an unknown cluster, team or product with NotFound and the valid names', async () => {
    const cluster = await mcp.call('get-gpu-overview', {
      cluster: 'eu-sovreign-fra',
    });
    expect(cluster.isError).toBe(true);
    expect(cluster.text).toBe(
      "NotFoundError: Unknown cluster 'eu-sovreign-fra'; the valid ones are eu-sovereign-fra, us-east-virginia (ai-platform.list-clusters lists them)",
    );

    const team = await mcp.call('get-team-gpu-quota', { team: 'eu-infrence' });
    expect(team.isError).toBe(true);
    expect(team.text).toMatch(
      /^NotFoundError: Unknown team with a GPU namespace or queue 'group:default\/eu-infrence'; the valid ones are .*group:default\/eu-inference/,
    );

    const product = await mcp.call('get-gpu-overview', {
      product: 'NVIDIA-H200',
    });
    expect(product.isError).toBe(true);
    expect(product.text).toContain("Unknown GPU product 'NVIDIA-H200'");
    expect(product.text).toContain('NVIDIA-H100-80GB-HBM3');

    for (const name of ['list-ai-agents', 'list-mcp-servers']) {
      const answer = await mcp.call(name, { cluster: 'mars' });
      expect(answer.isError).toBe(true);
      expect(answer.text).toContain("NotFoundError: Unknown cluster 'mars'");
    }

    // A known cluster with a filter that matches is still answered.
    const known = await mcp.call('get-gpu-overview', {
      cluster: 'eu-sovereign-fra',
    });
    expect(known.isError).toBeFalsy();
    expect(known.structuredContent).toMatchObject({
      clusters: [expect.objectContaining({ cluster: 'eu-sovereign-fra' })],
    });
  });

  it('says unknown, not compliant, for a namespace that does not exist', async () => {
    const { structuredContent } = await mcp.call('check-placement', {
      classification: 'internal',
      cluster: 'eu-sovereign-fra',
      namespace: 'no-such-namespace',
    });
    expect(structuredContent).toMatchObject({
      status: 'unknown',
      findings: expect.arrayContaining([
        expect.objectContaining({
          code: 'unknown-namespace',
          status: 'unknown',
        }),
      ]),
    });
  });
});

describe('actions over MCP for a user without permissions', () => {
  it('lists none of the permissioned tools and cannot call them', async () => {
    const { client, call } = await connect(AuthorizeResult.DENY);
    try {
      const { tools } = await client.listTools();
      expect(tools.map(t => t.name)).not.toContain(
        'ai-platform.get-gpu-overview',
      );
      const answer = await call('get-gpu-overview', {});
      expect(answer.isError).toBe(true);
      expect(answer.text).toContain('NotFoundError');
    } finally {
      await client.close();
    }
  });
});
