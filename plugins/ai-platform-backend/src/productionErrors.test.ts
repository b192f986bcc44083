import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import {
  coreServices,
  createServiceFactory,
  type RootLoggerService,
} from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { clusterSourceServiceRef } from '@ai-platform/backstage-plugin-ai-platform-node';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { agentRegistryServiceFactory } from './agents/serviceFactory';
import { modelSourceServiceFactory } from './models/serviceFactory';
import { aiPlatformPlugin } from './plugin';
import {
  exampleCluster,
  staticClusterSource,
} from './__testUtils__/clusterViews';

/*
 * A backend started with NODE_ENV=production: a 400 and a 500 over REST and
 * MCP carry no stack trace, and the 500's own message (which names a server
 * path here, as a failing file read does) is replaced by a reference to the
 * log.
 */
const SERVER_PATH = '/srv/portal/packages/backend/secret-config.yaml';
let broken = false;

describe('error answers in production', () => {
  let port: number;
  let stop: (() => Promise<void>) | undefined;
  const env = process.env.NODE_ENV;
  // A root logger that keeps its error lines, as an operator reads them.
  const errors: string[] = [];
  const logger: RootLoggerService = {
    error: (message: string) => {
      errors.push(message);
    },
    warn: () => {},
    info: () => {},
    debug: () => {},
    child: () => logger,
  };

  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    try {
      const backend = await startTestBackend({
        features: [
          aiPlatformPlugin,
          modelSourceServiceFactory,
          agentRegistryServiceFactory,
          mcpActionsPlugin,
          actionsRegistryServiceFactory,
          actionsServiceFactory,
          mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
          mockServices.rootConfig.factory({
            data: { backend: { actions: { pluginSources: ['ai-platform'] } } },
          }),
          createServiceFactory({
            service: coreServices.rootLogger,
            deps: {},
            factory: () => logger,
          }),
          createServiceFactory({
            service: clusterSourceServiceRef,
            deps: {},
            factory: () => {
              const source = staticClusterSource([
                exampleCluster('eu-sovereign-fra'),
              ]);
              return {
                ...source,
                clusters: () => {
                  if (broken) {
                    throw new Error(
                      `ENOENT: no such file or directory, open '${SERVER_PATH}'`,
                    );
                  }
                  return source.clusters();
                },
              };
            },
          }),
        ],
      });
      port = (backend.server.address() as AddressInfo).port;
      stop = () => backend.stop();
    } finally {
      process.env.NODE_ENV = env;
    }
  });

  afterAll(async () => {
    broken = false;
    await stop?.();
  });

  const get = (path: string) =>
    request(`http://localhost:${port}`)
      .get(`/api/ai-platform${path}`)
      .set('authorization', mockCredentials.user.header());

  async function callTool(name: string, args: Record<string, unknown>) {
    const client = new Client({ name: 'errors-test', version: '1.0.0' });
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
      const result = (await client.callTool({ name, arguments: args })) as {
        isError?: boolean;
        content: Array<{ text: string }>;
      };
      return {
        isError: result.isError ?? false,
        text: result.content.map(c => c.text).join('\n'),
      };
    } finally {
      await client.close();
    }
  }

  const STACK = /\n\s+at |\.ts:\d+|node_modules/;

  it('answers a 400 over REST and MCP with its message, without a stack', async () => {
    broken = false;
    const res = await get('/cost?window=forever');
    expect(res.status).toBe(400);
    expect(res.body.error.stack).toBeUndefined();
    expect(JSON.stringify(res.body)).not.toMatch(STACK);
    const tool = await callTool('ai-platform.list-clusters', { clusterr: 1 });
    expect(tool.isError).toBe(true);
    expect(tool.text).toContain("Unknown key 'clusterr'");
    expect(tool.text).not.toMatch(STACK);
  });

  it('answers a 500 over REST and MCP with a reference to the log, never its message, path or stack', async () => {
    broken = true;
    const res = await get('/clusters');
    expect(res.status).toBe(500);
    expect(res.body.error.stack).toBeUndefined();
    expect(res.body.error.message).toMatch(
      /^The AI Platform backend failed to answer GET \/clusters; its log has the reason under reference [0-9a-f-]{36}$/,
    );
    expect(JSON.stringify(res.body)).not.toContain(SERVER_PATH);
    // Over MCP the actions service reports the invoke endpoint's 500 as a
    // JSON-RPC error; neither carries the error's own words.
    const tool = await callTool('ai-platform.list-clusters', {}).catch(
      (e: Error) => ({ isError: true, text: e.message }),
    );
    expect(tool.isError).toBe(true);
    expect(tool.text).toMatch(/500/);
    const invoked = await request(`http://localhost:${port}`)
      .post(
        '/api/ai-platform/.backstage/actions/v1/actions/ai-platform:list-clusters/invoke',
      )
      .set('authorization', mockCredentials.user.header())
      .send({});
    expect(invoked.status).toBe(500);
    expect(invoked.body.error.message).toMatch(
      /^The AI Platform backend failed to answer ai-platform\.list-clusters; its log has the reason under reference [0-9a-f-]{36}$/,
    );
    expect(JSON.stringify(invoked.body)).not.toContain(SERVER_PATH);
    expect(JSON.stringify(invoked.body)).not.toMatch(STACK);
    expect(tool.text).not.toContain(SERVER_PATH);
    expect(tool.text).not.toMatch(STACK);
    // The log keeps what happened, under the same reference.
    const reference = res.body.error.message.split(' ').pop();
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `GET /clusters failed unexpectedly \\(reference ${reference}\\): Error: ENOENT`,
        ),
      ),
    );
    expect(errors.find(e => e.includes(reference))).toContain(SERVER_PATH);
  });
});
