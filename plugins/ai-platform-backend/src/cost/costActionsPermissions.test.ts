import { permissionModuleAiPlatformPolicy } from '@ai-platform/backstage-plugin-permission-backend-module-ai-platform-policy';
import {
  coreServices,
  createServiceFactory,
  type AuthService,
  type HttpAuthService,
} from '@backstage/backend-plugin-api';
import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { agentRegistryServiceFactory } from '../agents/serviceFactory';
import { modelSourceServiceFactory } from '../models/serviceFactory';
import { aiPlatformPlugin } from '../plugin';
import { demoClusters } from '../__testUtils__/testBackend';

/*
 * The cost actions of other teams over MCP (the official MCP SDK client to
 * Backstage's MCP actions backend) and through the actions registry's own
 * invoke endpoint, with the real actions registry and actions service, the
 * real permission backend and the suite's policy. Only the sign-in is
 * replaced: the ownership refs a user token carries come from MEMBERS, and
 * a plugin's request on behalf of a user keeps its actor, as Backstage's
 * auth service does.
 */
const MEMBERS: Record<string, string[]> = {
  'user:default/ingrid': ['group:default/eu-inference'],
  'user:default/fred': ['group:default/finance'],
};

const userInfo = createServiceFactory({
  service: coreServices.userInfo,
  deps: {},
  factory: () => ({
    async getUserInfo(credentials) {
      const ref = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      return {
        userEntityRef: ref,
        ownershipEntityRefs: [ref, ...(MEMBERS[ref] ?? [])],
      };
    },
  }),
});

const auth = createServiceFactory({
  service: coreServices.auth,
  deps: { plugin: coreServices.pluginMetadata },
  factory({ plugin }) {
    const mock = mockServices.auth({ pluginId: plugin.getId() });
    const service: AuthService = Object.create(mock);
    service.authenticate = async (token, options) => {
      const credentials = await mock.authenticate(token, options);
      if (
        token.startsWith('mock-service-token:') &&
        mock.isPrincipal(credentials, 'user')
      ) {
        return mockCredentials.user(credentials.principal.userEntityRef, {
          actor: { subject: 'plugin' },
        });
      }
      return credentials;
    };
    return service;
  },
});

const httpAuth = createServiceFactory({
  service: coreServices.httpAuth,
  deps: { auth: coreServices.auth },
  factory: ({ auth: authService }): HttpAuthService => ({
    async credentials(req, options) {
      const header = req.headers.authorization;
      const token =
        typeof header === 'string'
          ? header.match(/^Bearer[ ]+(\S+)$/i)?.[1]
          : undefined;
      const credentials = token
        ? await authService.authenticate(token, {
            allowLimitedAccess: options?.allowLimitedAccess,
          })
        : await authService.getNoneCredentials();
      const allowed = options?.allow;
      if (
        allowed &&
        !allowed.some(t => authService.isPrincipal(credentials, t))
      ) {
        throw new NotAllowedError(
          `This endpoint does not allow '${
            (credentials.principal as { type: string }).type
          }' credentials`,
        );
      }
      return credentials as any;
    },
    async issueUserCookie() {
      return { expiresAt: new Date(Date.now() + 3_600_000) };
    },
  }),
});

const REFUSED =
  'You may read the GPU cost of your own teams only, and group:default/us-applied-ml is not one of them (permission ai-platform.cost.read.all)';

describe('cost actions of other teams over MCP and the actions invoke endpoint', () => {
  let port: number;
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        aiPlatformPlugin,
        demoClusters,
        agentRegistryServiceFactory,
        modelSourceServiceFactory,
        mcpActionsPlugin,
        actionsRegistryServiceFactory,
        actionsServiceFactory,
        permissionPlugin,
        permissionModuleAiPlatformPolicy,
        userInfo,
        auth,
        httpAuth,
        mockServices.rootConfig.factory({
          data: {
            backend: { actions: { pluginSources: ['ai-platform'] } },
            permission: { enabled: true },
            aiPlatform: {
              permissions: {
                admins: [],
                costReadAll: ['group:default/finance'],
              },
            },
          },
        }),
      ],
    });
    port = (backend.server.address() as AddressInfo).port;
    stop = () => backend.stop();
  });

  afterAll(() => stop?.());

  async function mcp(user: string) {
    const client = new Client({ name: 'governance-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(
        new URL(`http://localhost:${port}/api/mcp-actions/v1`),
        {
          requestInit: {
            headers: { Authorization: mockCredentials.user.header(user) },
          },
        },
      ),
    );
    return client;
  }

  const callTool = async (
    user: string,
    name: string,
    args: Record<string, unknown>,
  ) => {
    const client = await mcp(user);
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
  };

  const invoke = (user: string, action: string, input: object) =>
    request(`http://localhost:${port}`)
      .post(
        `/api/ai-platform/.backstage/actions/v1/actions/ai-platform:${action}/invoke`,
      )
      .set('authorization', mockCredentials.user.header(user))
      .send(input);

  const CALLS: Array<[string, Record<string, unknown>]> = [
    ['get-gpu-cost', { window: '7d', team: 'group:default/us-applied-ml' }],
    [
      'get-gpu-cost',
      { window: '7d', team: 'us-applied-ml', groupBy: 'service' },
    ],
    [
      'get-entity-gpu-cost',
      { window: '7d', entityRef: 'group:default/us-applied-ml' },
    ],
  ];

  it.each(CALLS)(
    "refuses a user of team A another team's cost over MCP (%s), naming ai-platform.cost.read.all",
    async (action, args) => {
      const { isError, text } = await callTool(
        'user:default/ingrid',
        `ai-platform.${action}`,
        args,
      );
      expect(isError).toBe(true);
      expect(text).toContain('NotAllowedError');
      expect(text).toContain(REFUSED);
    },
  );

  it.each(CALLS)(
    'refuses it through the actions invoke endpoint (%s) with a 403 naming the permission',
    async (action, args) => {
      const res = await invoke('user:default/ingrid', action, args);
      expect([
        res.status,
        res.body.error?.name,
        res.body.error?.message,
      ]).toEqual([403, 'NotAllowedError', REFUSED]);
    },
  );

  it('answers the same user for their own team over MCP and the invoke endpoint', async () => {
    const own = { window: '7d', team: 'group:default/eu-inference' };
    const viaMcp = await callTool(
      'user:default/ingrid',
      'ai-platform.get-gpu-cost',
      own,
    );
    expect(viaMcp.isError).toBe(false);
    expect(JSON.parse(viaMcp.text)).toMatchObject({ window: '7d' });
    const viaInvoke = await invoke('user:default/ingrid', 'get-gpu-cost', own);
    expect(viaInvoke.status).toBe(200);
    expect(viaInvoke.body.output).toMatchObject({ window: '7d' });
  });

  it('answers another team to a group granted costReadAll', async () => {
    const res = await invoke('user:default/fred', 'get-gpu-cost', CALLS[0][1]);
    expect(res.status).toBe(200);
  });
});
