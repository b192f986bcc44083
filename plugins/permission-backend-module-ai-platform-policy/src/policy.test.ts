import {
  aiPlatformAgentRegisterPermission,
  aiPlatformClustersReadPermission,
  aiPlatformCostReadAllPermission,
  aiPlatformCostReadPermission,
  aiPlatformInferenceServiceCreatePermission,
  aiPlatformInferenceServicePromotePermission,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { permissionRules } from '@backstage/plugin-catalog-backend/alpha';
import { catalogEntityDeletePermission } from '@backstage/plugin-catalog-common/alpha';
import permissionPlugin from '@backstage/plugin-permission-backend';
import {
  AuthorizeResult,
  type Permission,
} from '@backstage/plugin-permission-common';
import { createConditionAuthorizer } from '@backstage/plugin-permission-node';
import request from 'supertest';
import { readPolicyConfig } from './config';
import {
  assertProductionSafe,
  permissionModuleAiPlatformPolicy,
} from './module';
import { AiPlatformPermissionPolicy } from './policy';
import { isMemberOfTeam } from './rules';

const { ALLOW, DENY, CONDITIONAL } = AuthorizeResult;

const MEMBERS: Record<string, string[]> = {
  'user:default/alice': ['group:default/team-a'],
  'user:default/bob': ['group:default/team-b'],
  'user:default/carol': ['group:default/platform-engineering'],
  'user:default/fred': ['group:default/finance'],
  'user:default/sam': ['group:default/sre'],
};

const group = (name: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name, namespace: 'default' },
  spec: { type: 'team', children: [] },
});

/** A Component with the ownedBy relation the catalog derives from spec.owner. */
const component = (name: string, type: string, owner: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name, namespace: 'default' },
  spec: { type, lifecycle: 'production', owner },
  relations: [
    {
      type: 'ownedBy',
      targetRef: owner.includes(':') ? owner : `group:default/${owner}`,
    },
  ],
});

const ENTITIES: Record<string, Entity> = {
  'group:default/team-a': group('team-a'),
  'group:default/team-b': group('team-b'),
  'component:default/chat-a': component(
    'chat-a',
    'inference-service',
    'team-a',
  ),
  'component:default/chat-b': component(
    'chat-b',
    'inference-service',
    'group:default/team-b',
  ),
  'component:default/agent-b': component('agent-b', 'ai-agent', 'team-b'),
  'component:default/website-b': component('website-b', 'website', 'team-b'),
};

const policy = new AiPlatformPermissionPolicy({
  config: readPolicyConfig(
    new ConfigReader({
      aiPlatform: {
        permissions: {
          admins: ['platform-engineering'],
          costReadAll: ['group:default/finance'],
          grants: [{ to: ['sre'], teams: ['team-b'], permissions: ['create'] }],
        },
      },
    }),
  ),
  userInfo: {
    async getUserInfo(credentials) {
      const ref = (credentials.principal as { userEntityRef: string })
        .userEntityRef;
      return {
        userEntityRef: ref,
        ownershipEntityRefs: [ref, ...(MEMBERS[ref] ?? [])],
      };
    },
  },
  logger: mockServices.logger.mock(),
});

// What the catalog does with a conditional decision: apply its rules (the
// catalog's own and the suite's IS_MEMBER_OF_TEAM) to the entity.
const authorizeConditions = createConditionAuthorizer([
  ...Object.values(permissionRules),
  isMemberOfTeam,
] as any);

/** The decision for `user` on `permission` (and the entity `ref`, if any). */
async function decide(
  user: string,
  permission: Permission,
  ref?: string,
): Promise<AuthorizeResult> {
  const credentials = mockCredentials.user(user);
  const decision = await policy.handle({ permission }, {
    credentials,
    info: { userEntityRef: user, ownershipEntityRefs: [] },
  } as any);
  if (decision.result !== CONDITIONAL) return decision.result;
  if (!ref) return CONDITIONAL;
  return authorizeConditions(decision, ENTITIES[ref]) ? ALLOW : DENY;
}

const create = aiPlatformInferenceServiceCreatePermission;
const promote = aiPlatformInferenceServicePromotePermission;
const register = aiPlatformAgentRegisterPermission;
const del = catalogEntityDeletePermission;

describe('the AI Platform permission policy', () => {
  // [why, user, permission, team or entity, decision]
  const decisions: Array<
    [string, string, Permission, string | undefined, AuthorizeResult]
  > = [
    [
      'a team creates for itself',
      'alice',
      create,
      'group:default/team-a',
      ALLOW,
    ],
    ['not for another team', 'alice', create, 'group:default/team-b', DENY],
    [
      'nor registers for another team',
      'alice',
      register,
      'group:default/team-b',
      DENY,
    ],
    [
      'a team registers for itself',
      'bob',
      register,
      'group:default/team-b',
      ALLOW,
    ],
    [
      'a team promotes its own service',
      'alice',
      promote,
      'component:default/chat-a',
      ALLOW,
    ],
    [
      "not another team's service",
      'alice',
      promote,
      'component:default/chat-b',
      DENY,
    ],
    [
      'the owner promotes (owner as a full ref)',
      'bob',
      promote,
      'component:default/chat-b',
      ALLOW,
    ],
    [
      'a team the catalog does not know is refused',
      'alice',
      create,
      'group:default/nobody',
      DENY,
    ],
    [
      'a write is never allowed outright',
      'alice',
      create,
      undefined,
      CONDITIONAL,
    ],
    [
      'a grant gives what it names',
      'sam',
      create,
      'group:default/team-b',
      ALLOW,
    ],
    [
      'a grant is for its teams only',
      'sam',
      create,
      'group:default/team-a',
      DENY,
    ],
    [
      'a grant is for its permissions only',
      'sam',
      promote,
      'component:default/chat-b',
      DENY,
    ],
    [
      'admins create for any team',
      'carol',
      create,
      'group:default/team-b',
      ALLOW,
    ],
    [
      "admins promote any team's service",
      'carol',
      promote,
      'component:default/chat-b',
      ALLOW,
    ],
    [
      "admins read everybody's cost",
      'carol',
      aiPlatformCostReadAllPermission,
      undefined,
      ALLOW,
    ],
    [
      "every user reads their teams' cost",
      'alice',
      aiPlatformCostReadPermission,
      undefined,
      ALLOW,
    ],
    [
      "but not everybody's",
      'alice',
      aiPlatformCostReadAllPermission,
      undefined,
      DENY,
    ],
    [
      "costReadAll reads everybody's",
      'fred',
      aiPlatformCostReadAllPermission,
      undefined,
      ALLOW,
    ],
    [
      'every user reads the clusters',
      'alice',
      aiPlatformClustersReadPermission,
      undefined,
      ALLOW,
    ],
    [
      'only its team deletes an inference service',
      'alice',
      del,
      'component:default/chat-b',
      DENY,
    ],
    ['or an agent', 'alice', del, 'component:default/agent-b', DENY],
    [
      'its team deletes its agent',
      'bob',
      del,
      'component:default/agent-b',
      ALLOW,
    ],
    [
      "other entities keep the catalog's default",
      'alice',
      del,
      'component:default/website-b',
      ALLOW,
    ],
  ];
  it.each(
    decisions.map(([why, user, permission, ref, expected]) => ({
      why,
      user,
      permission,
      name: permission.name,
      on: ref ?? 'no resource',
      ref,
      expected,
    })),
  )(
    '$why ($user: $name on $on)',
    async ({ user, permission, ref, expected }) => {
      expect(await decide(`user:default/${user}`, permission, ref)).toBe(
        expected,
      );
    },
  );

  it('allows nothing of the AI Platform without a user', async () => {
    const decision = await policy.handle({
      permission: aiPlatformCostReadPermission,
    });
    expect(decision.result).toBe(DENY);
  });

  it('refuses a grant of a permission it does not know', () => {
    expect(() =>
      readPolicyConfig(
        new ConfigReader({
          aiPlatform: {
            permissions: {
              grants: [
                { to: ['sre'], teams: ['team-b'], permissions: ['delete'] },
              ],
            },
          },
        }),
      ),
    ).toThrow(/'delete' is not one of create, promote, register/);
  });
});

describe('the allow-all policy', () => {
  it('is refused in production with what to configure instead', () => {
    expect(() =>
      assertProductionSafe({
        policy: 'allow-all',
        permissionEnabled: true,
        env: 'production',
      }),
    ).toThrow(/allow-all.*development only.*aiPlatform\.permissions\.admins/);
    expect(() =>
      assertProductionSafe({
        policy: 'ai-platform',
        permissionEnabled: false,
        env: 'production',
      }),
    ).toThrow(/permission\.enabled/);
    expect(() =>
      assertProductionSafe({
        policy: 'allow-all',
        permissionEnabled: true,
        env: 'development',
      }),
    ).not.toThrow();
  });

  it('stops a production backend from starting', async () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await expect(
        startTestBackend({
          features: [
            permissionPlugin,
            permissionModuleAiPlatformPolicy,
            mockServices.rootConfig.factory({
              data: {
                permission: { enabled: true },
                aiPlatform: { permissions: { policy: 'allow-all' } },
              },
            }),
          ],
        }),
      ).rejects.toThrow(
        /Refusing to start: aiPlatform\.permissions\.policy is 'allow-all'/,
      );
    } finally {
      process.env.NODE_ENV = env;
    }
  });
  it('lets a production backend start with the suite policy, which decides', async () => {
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      const backend = await startTestBackend({
        features: [
          permissionPlugin,
          permissionModuleAiPlatformPolicy,
          mockServices.rootConfig.factory({
            data: {
              permission: { enabled: true },
              aiPlatform: { permissions: { admins: ['user:default/root'] } },
            },
          }),
        ],
      });
      const costOfAll = async (user: string) => {
        const res = await request(backend.server)
          .post('/api/permission/authorize')
          .set('authorization', mockCredentials.user.header(user))
          .send({
            items: [{ id: '1', permission: aiPlatformCostReadAllPermission }],
          });
        expect(res.status).toBe(200);
        return res.body.items[0].result;
      };
      expect(await costOfAll('user:default/root')).toBe(ALLOW);
      expect(await costOfAll('user:default/alice')).toBe(DENY);
      await backend.stop();
    } finally {
      process.env.NODE_ENV = env;
    }
  });
});
