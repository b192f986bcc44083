import {
  aiPlatformCostReadAllPermission,
  aiPlatformWritePermissions,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  LoggerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import {
  catalogConditions,
  createCatalogConditionalDecision,
} from '@backstage/plugin-catalog-backend/alpha';
import {
  AuthorizeResult,
  isResourcePermission,
  type PolicyDecision,
  type ResourcePermission,
} from '@backstage/plugin-permission-common';
import type {
  PermissionPolicy,
  PolicyQuery,
  PolicyQueryUser,
} from '@backstage/plugin-permission-node';
import type { AiPlatformPolicyConfig, Grantable } from './config';
import { aiPlatformCatalogConditions } from './rules';

/** Catalog permissions that change or remove an entity. */
const CATALOG_WRITES = new Set([
  'catalog.entity.delete',
  'catalog.entity.refresh',
  'catalog.entity.validate',
]);

const WRITE_BY_NAME = new Map<string, Grantable>(
  Object.entries(aiPlatformWritePermissions).map(([short, permission]) => [
    permission.name,
    short as Grantable,
  ]),
);

function intersects(a: readonly string[], b: ReadonlySet<string>): boolean {
  return a.some(x => b.has(x));
}

/**
 * The AI Platform suite's permission policy, configured by groups in
 * `aiPlatform.permissions`:
 *
 * - `admins` may do everything;
 * - `ai-platform.cost.read.all` only for `costReadAll` (and admins);
 * - `ai-platform.inference-service.create`, `.promote` and
 *   `ai-platform.agent.register` are conditional on the catalog entity the
 *   action names (the team's Group, or the service's Component): its team
 *   must be in the user's ownership refs, or granted by `grants`;
 * - deleting or refreshing an `inference-service` or `ai-agent` Component
 *   follows the same rule; other catalog entities as the catalog's default;
 * - the other `ai-platform.*` permissions (reads) for any signed-in user;
 *   nothing of the AI Platform for a request without a user.
 */
export class AiPlatformPermissionPolicy implements PermissionPolicy {
  constructor(
    private readonly options: {
      config: AiPlatformPolicyConfig;
      userInfo: UserInfoService;
      logger: LoggerService;
    },
  ) {}

  async handle(
    request: PolicyQuery,
    user?: PolicyQueryUser,
  ): Promise<PolicyDecision> {
    const { permission } = request;
    const isAiPlatform = permission.name.startsWith('ai-platform.');
    if (!user) {
      // No signed-in user (no principal): nothing of the AI Platform, and no
      // writes in the catalog.
      if (isAiPlatform || CATALOG_WRITES.has(permission.name)) {
        return { result: AuthorizeResult.DENY };
      }
      return { result: AuthorizeResult.ALLOW };
    }
    const { config, userInfo } = this.options;
    const info = await userInfo.getUserInfo(user.credentials);
    const claims = new Set(
      info.ownershipEntityRefs.map(r => r.toLocaleLowerCase('en-US')),
    );
    if (intersects(config.admins, claims)) {
      return { result: AuthorizeResult.ALLOW };
    }

    if (permission.name === aiPlatformCostReadAllPermission.name) {
      return {
        result: intersects(config.costReadAll, claims)
          ? AuthorizeResult.ALLOW
          : AuthorizeResult.DENY,
      };
    }

    const write = WRITE_BY_NAME.get(permission.name);
    if (write) {
      if (!isResourcePermission(permission, 'catalog-entity')) {
        return { result: AuthorizeResult.DENY };
      }
      return this.teamDecision(permission, this.teamsFor(write, claims));
    }

    if (
      CATALOG_WRITES.has(permission.name) &&
      isResourcePermission(permission, 'catalog-entity')
    ) {
      const teams = [...claims];
      return createCatalogConditionalDecision(permission, {
        anyOf: [
          {
            not: {
              anyOf: [
                catalogConditions.hasSpec({
                  key: 'type',
                  value: 'inference-service',
                }),
                catalogConditions.hasSpec({ key: 'type', value: 'ai-agent' }),
              ],
            },
          },
          catalogConditions.isEntityOwner({ claims: teams }),
          aiPlatformCatalogConditions.conditions.isMemberOfTeam({
            claims: teams,
          }),
        ],
      });
    }

    return { result: AuthorizeResult.ALLOW };
  }

  /** The user's own teams and the teams granted to them for a permission. */
  private teamsFor(write: Grantable, claims: ReadonlySet<string>): string[] {
    const teams = new Set(claims);
    for (const grant of this.options.config.grants) {
      if (grant.permissions.includes(write) && intersects(grant.to, claims)) {
        for (const team of grant.teams) teams.add(team);
      }
    }
    return [...teams];
  }

  private teamDecision(
    permission: ResourcePermission<'catalog-entity'>,
    teams: string[],
  ): PolicyDecision {
    return aiPlatformCatalogConditions.createConditionalDecision(permission, {
      anyOf: [
        catalogConditions.isEntityOwner({ claims: teams }),
        aiPlatformCatalogConditions.conditions.isMemberOfTeam({
          claims: teams,
        }),
      ],
    });
  }
}
