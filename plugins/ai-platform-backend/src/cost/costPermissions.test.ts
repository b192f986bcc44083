import { permissionModuleAiPlatformPolicy } from '@ai-platform/backstage-plugin-permission-backend-module-ai-platform-policy';
import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import permissionPlugin from '@backstage/plugin-permission-backend';
import request from 'supertest';
import { agentRegistryServiceFactory } from '../agents/serviceFactory';
import { modelSourceServiceFactory } from '../models/serviceFactory';
import { aiPlatformPlugin } from '../plugin';
import { demoClusters } from '../__testUtils__/testBackend';

/*
 * Cost of other teams through the real permission framework: the routes ask
 * the permission backend, which asks the suite's policy. Only the sign-in is
 * replaced: the ownership refs a user token carries come from MEMBERS.
 */
const MEMBERS: Record<string, string[]> = {
  'user:default/alice': ['group:default/team-a'],
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

describe('GPU cost of other teams, through the real permission framework', () => {
  let server: Parameters<typeof request>[0];
  let stop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    const actions = actionsRegistryServiceMock();
    const backend = await startTestBackend({
      features: [
        aiPlatformPlugin,
        demoClusters,
        agentRegistryServiceFactory,
        modelSourceServiceFactory,
        permissionPlugin,
        permissionModuleAiPlatformPolicy,
        userInfo,
        createServiceFactory({
          service: actionsRegistryServiceMock.factory().service,
          deps: {},
          factory: () => actions,
        }),
        mockServices.rootConfig.factory({
          data: {
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
    server = backend.server;
    stop = () => backend.stop();
  });

  afterAll(() => stop?.());

  const get = (user: string, path: string) =>
    request(server)
      .get(`/api/ai-platform${path}`)
      .set('authorization', mockCredentials.user.header(user));

  it("refuses a user of team A another team's cost, naming ai-platform.cost.read.all", async () => {
    for (const path of [
      '/cost?team=group%3Adefault%2Feu-inference',
      '/cost?team=eu-inference&groupBy=service',
      '/cost/export.csv?team=group%3Adefault%2Feu-inference',
      `/cost/entity?entityRef=${encodeURIComponent(
        'group:default/eu-inference',
      )}`,
    ]) {
      const res = await get('user:default/alice', path);
      expect([path, res.status, res.body.error?.message]).toEqual([
        path,
        403,
        'You may read the GPU cost of your own teams only, and group:default/eu-inference is not one of them (permission ai-platform.cost.read.all)',
      ]);
    }
  });

  it('answers the same user for their own team, and the team for itself', async () => {
    const own = await get(
      'user:default/alice',
      '/cost?team=group%3Adefault%2Fteam-a',
    );
    expect(own.status).toBe(200);
    const team = await get(
      'user:default/ingrid',
      '/cost?team=group%3Adefault%2Feu-inference',
    );
    expect(team.status).toBe(200);
  });

  it('answers every team to a group granted costReadAll', async () => {
    const res = await get(
      'user:default/fred',
      '/cost?team=group%3Adefault%2Feu-inference',
    );
    expect(res.status).toBe(200);
    const all = await get('user:default/fred', '/cost?groupBy=team');
    expect(all.status).toBe(200);
  });
});
