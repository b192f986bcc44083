import { INFERENCE_SERVICE_ANNOTATIONS } from '@ai-platform/backstage-plugin-ai-platform-common';
import fs from 'node:fs';
import { join } from 'node:path';
// The policy module and the catalog rules its conditions use.
import permissionPolicy from '@ai-platform/backstage-plugin-permission-backend-module-ai-platform-policy';
import {
  coreServices,
  createBackendModule,
  createServiceFactory,
  type AuthService,
  type HttpAuthService,
} from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  type Entity,
} from '@backstage/catalog-model';
import { NotAllowedError } from '@backstage/errors';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogScaffolderEntityModel from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import {
  catalogLocationsExtensionPoint,
  catalogProcessingExtensionPoint,
} from '@backstage/plugin-catalog-node';
import permissionPlugin from '@backstage/plugin-permission-backend';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import {
  actionsRegistryServiceFactory,
  actionsServiceFactory,
} from '@backstage/backend-defaults/alpha';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AddressInfo } from 'node:net';
// The test backend runs the AI Platform backend, whose governance rules the
// actions call; the module itself reaches it only through the actions service.
// eslint-disable-next-line @backstage/no-mixed-plugin-imports
import aiPlatformPlugin from '@ai-platform/backstage-plugin-ai-platform-backend';
import git from 'isomorphic-git';
import request from 'supertest';
import yaml from 'yaml';
import { scaffolderModuleAiPlatform } from './module';

/*
 * The write permissions through the real permission framework: the
 * scaffolder runs the task with the initiator's credentials, the actions
 * ask the permission backend, the suite's policy answers with a condition
 * on the team's Group, and the catalog evaluates it on the entity. Only the
 * sign-in is replaced: the ownership refs a user token carries come from
 * MEMBERS, and a plugin's request on behalf of a user is marked with its
 * actor, as Backstage's auth service does (the mock one drops it, and the
 * permission backend then takes the plugin's request for a user's own).
 * The AI Platform backend answers the governance check the render action
 * runs; no cluster or registry is configured here, so the rules that need
 * one fail as well, and each test asserts the rule it is about.
 */

const MEMBERS: Record<string, string[]> = {
  'user:default/alice': ['group:default/team-a'],
  'user:default/bob': ['group:default/team-b'],
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

/** The mock auth service, with the actor of on-behalf-of requests kept. */
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

/** Credentials from the bearer token, through the auth service above. */
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

const located = (entity: Entity): Entity => ({
  ...entity,
  metadata: {
    ...entity.metadata,
    annotations: {
      ...entity.metadata.annotations,
      [ANNOTATION_LOCATION]: 'url:https://example.org/org.yaml',
      [ANNOTATION_ORIGIN_LOCATION]: 'url:https://example.org/org.yaml',
    },
  },
});

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

const user = (name: string, team: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'User',
  metadata: { name, namespace: 'default' },
  spec: { memberOf: [team] },
});

const TEMPLATE = yaml.parse(
  fs.readFileSync(
    join(__dirname, '../../../templates/register-ai-agent/template.yaml'),
    'utf8',
  ),
);

const PROMOTE_TEMPLATE = yaml.parse(
  fs.readFileSync(
    join(__dirname, '../../../templates/promote-model-version/template.yaml'),
    'utf8',
  ),
);

const DIGEST = `sha256:${'4'.repeat(64)}`;

/**
 * A template written by hand: it skips the model and governance steps and
 * calls render, publish and register directly, for whatever owner it is given.
 */
const HAND_WRITTEN: Entity = {
  apiVersion: 'scaffolder.backstage.io/v1beta3',
  kind: 'Template',
  metadata: { name: 'hand-written-service', namespace: 'default' },
  spec: {
    owner: 'group:default/team-a',
    type: 'inference-service',
    parameters: [
      {
        required: ['name', 'owner'],
        properties: {
          name: { type: 'string' },
          owner: { type: 'string' },
          replicas: { type: 'number' },
          registry: { type: 'string' },
          digest: { type: 'string' },
        },
      },
    ],
    steps: [
      {
        id: 'render',
        action: 'ai-platform:inference-service:render',
        input: {
          name: '${{ parameters.name }}',
          namespace: 'team-b',
          cluster: 'eu-sovereign-fra',
          owner: '${{ parameters.owner }}',
          classification: 'internal',
          replicas: '${{ parameters.replicas }}',
          gpu: { gpuProduct: 'NVIDIA-H100-80GB-HBM3', gpus: 1 },
          model: {
            registry: '${{ parameters.registry }}',
            repository: 'models/mistral-small-3.2-24b-instruct',
          },
          resolved: {
            digest: '${{ parameters.digest }}',
            reference:
              'oci://registry.fra.eu-sovereign.example/models/mistral-small-3.2-24b-instruct@${{ parameters.digest }}',
            tag: '3.2.0',
            entityRef: 'resource:default/mistral-small-3.2-24b-instruct',
            llm: true,
          },
          gitopsBranch: 'inference-service/${{ parameters.name }}',
          gitopsPath: 'inference-services/${{ parameters.name }}',
          targetPath: 'service',
        },
      },
      {
        id: 'publish',
        action: 'ai-platform:git:publish',
        input: {
          sourcePath: 'service',
          targetPath: 'inference-services/${{ parameters.name }}',
          branch: 'inference-service/${{ parameters.name }}',
          commitMessage: 'Serve ${{ parameters.name }}',
        },
      },
    ],
  },
};

/** What the hand-written template is given, but for name and owner. */
const SERVICE = { replicas: 1, registry: 'fra-sovereign', digest: DIGEST };

/** Team B's running service, made by the governed template. */
const CHAT_B: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'chat-b',
    namespace: 'default',
    annotations: {
      [INFERENCE_SERVICE_ANNOTATIONS.gitopsBranch]: 'inference-service/chat-b',
      [INFERENCE_SERVICE_ANNOTATIONS.gitopsPath]: 'inference-services/chat-b',
    },
  },
  spec: { type: 'inference-service', lifecycle: 'production', owner: 'team-b' },
};

const ENTITIES = [
  group('team-a'),
  group('team-b'),
  user('alice', 'team-a'),
  user('bob', 'team-b'),
  TEMPLATE,
  PROMOTE_TEMPLATE,
  HAND_WRITTEN,
  CHAT_B,
].map(located);

/** Two teams, their users and the template, as a provider gives them. */
const organisation = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'test-organisation',
  register(reg) {
    reg.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        locations: catalogLocationsExtensionPoint,
      },
      async init({ catalog, locations }) {
        // As the suite's catalog module does while a local GitOps repository
        // is configured: the register step adds a file location.
        locations.setAllowedLocationTypes(['url', 'file']);
        catalog.addEntityProvider({
          getProviderName: () => 'test-organisation',
          async connect(connection) {
            await connection.applyMutation({
              type: 'full',
              entities: ENTITIES.map(entity => ({
                entity,
                locationKey: 'test-organisation',
              })),
            });
          },
        });
      },
    });
  },
});

const agent = (name: string, owner: string) => ({
  name,
  title: 'Travel planner',
  description: 'Plans business trips within the travel policy',
  owner,
  modelEndpoint: 'https://llm.example.eu/v1',
  mcpServers: [],
  spiffeId: `spiffe://example.org/ns/agents/sa/${name}`,
  dataClassification: 'internal',
  jurisdiction: 'FR',
  provider: 'ovhcloud',
  region: 'fr-par',
  nonEuLawExposure: 'none',
});

describe('writes through the real permission framework and governance rules', () => {
  const dir = createMockDirectory();
  const gitops = () => dir.resolve('gitops');
  let server: Parameters<typeof request>[0];
  let port: number;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogScaffolderEntityModel,
        organisation,
        permissionPlugin,
        permissionPolicy,
        scaffolderPlugin,
        scaffolderModuleAiPlatform,
        // The governance rules themselves, as the actions service reaches them.
        aiPlatformPlugin,
        // The actions registry and MCP as in the portal: the scaffolder's
        // execute-template action over MCP and the invoke endpoint.
        actionsRegistryServiceFactory,
        actionsServiceFactory,
        mcpActionsPlugin,
        userInfo,
        auth,
        httpAuth,
        mockServices.rootConfig.factory({
          data: {
            backend: {
              actions: { pluginSources: ['scaffolder', 'ai-platform'] },
            },
            permission: { enabled: true },
            catalog: {
              rules: [
                {
                  allow: [
                    'Component',
                    'System',
                    'API',
                    'Resource',
                    'Location',
                    'Template',
                    'Group',
                    'User',
                  ],
                },
              ],
            },
            aiPlatform: {
              permissions: { admins: [] },
              gitops: { localRepository: gitops(), createRepository: true },
            },
          },
        }),
      ],
    });
    server = backend.server;
    port = (backend.server.address() as AddressInfo).port;
    stop = () => backend.stop();
    // The catalog stitches the provider's entities in the background.
    for (let i = 0; i < 100; i++) {
      const res = await request(server)
        .get('/api/catalog/entities/by-name/template/default/register-ai-agent')
        .set('authorization', mockCredentials.user.header('user:default/bob'));
      if (res.status === 200) break;
      await new Promise(r => setTimeout(r, 200));
    }
  }, 60_000);

  afterAll(() => stop?.());

  /** Runs a template as `userRef`; the task's status and log. */
  async function run(template: string, userRef: string, values: object) {
    const created = await request(server)
      .post('/api/scaffolder/v2/tasks')
      .set('authorization', mockCredentials.user.header(userRef))
      .send({ templateRef: `template:default/${template}`, values });
    expect(created.status).toBe(201);
    return finished(created.body.id, userRef);
  }

  /** Waits for a task to end; its status and log. */
  async function finished(id: string, userRef: string) {
    for (let i = 0; i < 150; i++) {
      const task = await request(server)
        .get(`/api/scaffolder/v2/tasks/${id}`)
        .set('authorization', mockCredentials.user.header(userRef));
      if (['completed', 'failed', 'cancelled'].includes(task.body.status)) {
        const events = await request(server)
          .get(`/api/scaffolder/v2/tasks/${id}/events`)
          .set('authorization', mockCredentials.user.header(userRef));
        return {
          status: task.body.status as string,
          log: (events.body as Array<{ body: { message?: string } }>)
            .map(e => e.body.message ?? '')
            .join('\n'),
        };
      }
      await new Promise(r => setTimeout(r, 200));
    }
    throw new Error(`task ${id} did not finish`);
  }

  /** Runs the Register an AI agent template. */
  const register = (userRef: string, values: object) =>
    run('register-ai-agent', userRef, values);

  const branches = async () =>
    fs.existsSync(gitops()) ? git.listBranches({ fs, dir: gitops() }) : [];

  it('refuses a user of team A who registers an agent for team B, naming the permission, and commits nothing', async () => {
    const result = await register(
      'user:default/alice',
      agent('b-planner', 'group:default/team-b'),
    );
    expect(result.status).toBe('failed');
    expect(result.log).toContain(
      'user:default/alice may not register an AI agent for group:default/team-b: the permission ai-platform.agent.register is not granted',
    );
    // The task log names the error, not the backend's files.
    expect(result.log).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
    expect(await branches()).not.toContain('register-agent/b-planner');
  });

  it('lets the same user register an agent for team A, up to the catalog', async () => {
    const result = await register(
      'user:default/alice',
      agent('a-planner', 'group:default/team-a'),
    );
    expect(result).toEqual({ status: 'completed', log: expect.any(String) });
    expect(await branches()).toContain('register-agent/a-planner');
  });

  it('lets a member of team B register for team B', async () => {
    const result = await register(
      'user:default/bob',
      agent('b-helper', 'team-b'),
    );
    expect(result).toEqual({ status: 'completed', log: expect.any(String) });
  });

  it('refuses a team the catalog does not know', async () => {
    const result = await register(
      'user:default/alice',
      agent('ghost-planner', 'group:default/no-such-team'),
    );
    expect(result.status).toBe('failed');
    expect(result.log).toContain('ai-platform.agent.register is not granted');
  });

  it('refuses a hand-written template that renders a service for team B in the render action itself, and commits nothing', async () => {
    const result = await run('hand-written-service', 'user:default/alice', {
      ...SERVICE,
      name: 'b-chat',
      owner: 'group:default/team-b',
    });
    expect(result.status).toBe('failed');
    expect(result.log).toContain(
      'user:default/alice may not create an inference service for group:default/team-b: the permission ai-platform.inference-service.create is not granted',
    );
    expect(await branches()).not.toContain('inference-service/b-chat');
  });

  it("refuses a user of team A who promotes team B's service, before reading it", async () => {
    const result = await run('promote-model-version', 'user:default/alice', {
      service: 'component:default/chat-b',
      model: {
        registry: 'fra-sovereign',
        repository: 'models/mistral-small-3.2-24b-instruct',
        tag: '3.1.0',
      },
    });
    expect(result.status).toBe('failed');
    expect(result.log).toContain(
      'user:default/alice may not promote component:default/chat-b: the permission ai-platform.inference-service.promote is not granted',
    );
  });

  describe('a hand-written template calling render directly, for the initiator’s own team', () => {
    it.each([
      [
        '10,000 replicas',
        { replicas: 10_000 },
        '- replicas: 10000 replicas asked; the policy allows at most 4',
      ],
      [
        'a model on a registry that is not configured',
        { registry: 'registry-nobody-configured' },
        '- model-digest: The model registry-nobody-configured/models/mistral-small-3.2-24b-instruct could not be read',
      ],
      [
        'an unpinned model reference',
        { digest: 'latest' },
        "The model digest 'latest' is not sha256: and 64 lower-case hex digits",
      ],
    ])(
      'is refused by the render action itself for %s, and nothing is committed',
      async (_what, values, message) => {
        const result = await run('hand-written-service', 'user:default/alice', {
          ...SERVICE,
          name: 'a-chat',
          owner: 'group:default/team-a',
          ...values,
        });
        expect(result.status).toBe('failed');
        expect(result.log).toContain(message);
        expect(await branches()).not.toContain('inference-service/a-chat');
      },
    );
  });
  describe('the same writes over MCP and the actions invoke endpoint', () => {
    /** Calls an MCP tool as `userRef` with the official MCP SDK client. */
    async function callTool(
      userRef: string,
      name: string,
      args: Record<string, unknown>,
    ) {
      const client = new Client({ name: 'governance-test', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(
          new URL(`http://localhost:${port}/api/mcp-actions/v1`),
          {
            requestInit: {
              headers: {
                Authorization: mockCredentials.user.header(userRef),
              },
            },
          },
        ),
      );
      try {
        return (await client.callTool({ name, arguments: args })) as {
          isError?: boolean;
          structuredContent?: { taskId?: string };
          content: Array<{ text: string }>;
        };
      } finally {
        await client.close();
      }
    }

    /** Runs a template through scaffolder.execute-template over MCP. */
    async function overMcp(template: string, userRef: string, values: object) {
      const result = await callTool(userRef, 'scaffolder.execute-template', {
        templateRef: `template:default/${template}`,
        values,
      });
      expect(result.isError ?? false).toBe(false);
      const taskId =
        result.structuredContent?.taskId ??
        JSON.parse(result.content.map(c => c.text).join('')).taskId;
      return finished(taskId, userRef);
    }

    /** Runs a template through the actions registry's invoke endpoint. */
    async function overInvoke(
      template: string,
      userRef: string,
      values: object,
    ) {
      const res = await request(server)
        .post(
          '/api/scaffolder/.backstage/actions/v1/actions/scaffolder:execute-template/invoke',
        )
        .set('authorization', mockCredentials.user.header(userRef))
        .send({ templateRef: `template:default/${template}`, values });
      expect(res.status).toBe(200);
      return finished(res.body.output.taskId, userRef);
    }

    it('lists execute-template as a destructive MCP tool', async () => {
      const client = new Client({ name: 'governance-test', version: '1.0.0' });
      await client.connect(
        new StreamableHTTPClientTransport(
          new URL(`http://localhost:${port}/api/mcp-actions/v1`),
          {
            requestInit: {
              headers: {
                Authorization:
                  mockCredentials.user.header('user:default/alice'),
              },
            },
          },
        ),
      );
      const { tools } = await client.listTools();
      await client.close();
      expect(
        tools.find(t => t.name === 'scaffolder.execute-template')?.annotations,
      ).toMatchObject({ destructiveHint: true, readOnlyHint: false });
    });

    it.each([
      ['over MCP', overMcp],
      ['through the invoke endpoint', overInvoke],
    ])(
      'refuses a user of team A registering an agent for team B %s, naming the permission, and commits nothing',
      async (how, via) => {
        const name = `b-planner-${how.includes('MCP') ? 'mcp' : 'invoke'}`;
        const result = await via(
          'register-ai-agent',
          'user:default/alice',
          agent(name, 'group:default/team-b'),
        );
        expect(result.status).toBe('failed');
        expect(result.log).toContain(
          'user:default/alice may not register an AI agent for group:default/team-b: the permission ai-platform.agent.register is not granted',
        );
        expect(await branches()).not.toContain(`register-agent/${name}`);
      },
    );

    it.each([
      ['over MCP', overMcp],
      ['through the invoke endpoint', overInvoke],
    ])(
      "refuses a user of team A promoting team B's service %s, naming the permission",
      async (_how, via) => {
        const result = await via(
          'promote-model-version',
          'user:default/alice',
          {
            service: 'component:default/chat-b',
            model: {
              registry: 'fra-sovereign',
              repository: 'models/mistral-small-3.2-24b-instruct',
              tag: '3.1.0',
            },
          },
        );
        expect(result.status).toBe('failed');
        expect(result.log).toContain(
          'user:default/alice may not promote component:default/chat-b: the permission ai-platform.inference-service.promote is not granted',
        );
      },
    );

    it.each([
      ['over MCP', overMcp],
      ['through the invoke endpoint', overInvoke],
    ])(
      'lets the same user register an agent for team A %s',
      async (how, via) => {
        const name = `a-planner-${how.includes('MCP') ? 'mcp' : 'invoke'}`;
        const result = await via(
          'register-ai-agent',
          'user:default/alice',
          agent(name, 'group:default/team-a'),
        );
        expect(result).toEqual({
          status: 'completed',
          log: expect.any(String),
        });
        expect(await branches()).toContain(`register-agent/${name}`);
      },
    );
  });
});
