import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** The short names of the write permissions a grant may name. */
export const GRANTABLE = ['create', 'promote', 'register'] as const;

/** One of the write permissions, by its short name. */
export type Grantable = (typeof GRANTABLE)[number];

/** An explicit grant: members of `to` may write for `teams`. */
export interface WriteGrant {
  /** Entity refs (users or groups, lower case) the grant is for. */
  to: string[];
  /** Group entity refs (lower case) the grant lets them write for. */
  teams: string[];
  permissions: Grantable[];
}

/** The suite's permission policy, as `aiPlatform.permissions` configures it. */
export interface AiPlatformPolicyConfig {
  /** `ai-platform` (the default) or `allow-all` (development only). */
  policy: 'ai-platform' | 'allow-all';
  /** Users or groups that may do everything. */
  admins: string[];
  /** Users or groups that may read every team's GPU cost. */
  costReadAll: string[];
  grants: WriteGrant[];
}

/**
 * An entity ref in the one spelling ownership refs are compared in: kind
 * `group` and namespace `default` when not given, lower case.
 */
export function normaliseRef(
  ref: string,
  defaultNamespace = 'default',
): string {
  return stringifyEntityRef(
    parseEntityRef(ref, { defaultKind: 'group', defaultNamespace }),
  ).toLocaleLowerCase('en-US');
}

function refs(config: Config | undefined, key: string): string[] {
  const values = config?.getOptionalStringArray(key) ?? [];
  return values.map(value => {
    try {
      return normaliseRef(value);
    } catch (e) {
      throw new InputError(
        `aiPlatform.permissions.${key}: '${value}' is not an entity ref (${
          (e as Error).message
        })`,
      );
    }
  });
}

/** Reads and validates `aiPlatform.permissions`. */
export function readPolicyConfig(root: Config): AiPlatformPolicyConfig {
  const config = root.getOptionalConfig('aiPlatform.permissions');
  const policy = config?.getOptionalString('policy') ?? 'ai-platform';
  if (policy !== 'ai-platform' && policy !== 'allow-all') {
    throw new InputError(
      `aiPlatform.permissions.policy must be 'ai-platform' or 'allow-all', not '${policy}'`,
    );
  }
  const grants = (config?.getOptionalConfigArray('grants') ?? []).map(
    (grant, index) => {
      const permissions = grant.getStringArray('permissions');
      for (const p of permissions) {
        if (!(GRANTABLE as readonly string[]).includes(p)) {
          throw new InputError(
            `aiPlatform.permissions.grants[${index}].permissions: '${p}' is not one of ${GRANTABLE.join(
              ', ',
            )}`,
          );
        }
      }
      return {
        to: refs(grant, 'to'),
        teams: refs(grant, 'teams'),
        permissions: permissions as Grantable[],
      };
    },
  );
  return {
    policy,
    admins: refs(config, 'admins'),
    costReadAll: refs(config, 'costReadAll'),
    grants,
  };
}
