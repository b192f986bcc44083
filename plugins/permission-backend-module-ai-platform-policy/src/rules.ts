import type { Entity } from '@backstage/catalog-model';
import type { EntitiesSearchFilter } from '@backstage/plugin-catalog-node';
import { catalogEntityPermissionResourceRef } from '@backstage/plugin-catalog-node/alpha';
import type { PermissionCriteria } from '@backstage/plugin-permission-common';
import {
  createConditionExports,
  createPermissionRule,
} from '@backstage/plugin-permission-node';
import { z } from 'zod';
import { normaliseRef } from './config';

/**
 * The team an entity stands for: a Group is its own team (and a User its
 * own owner, for what a person owns alone); any other entity belongs to
 * the team of its `spec.owner`.
 */
export function teamOf(entity: Entity): string | undefined {
  const namespace = entity.metadata.namespace ?? 'default';
  const kind = entity.kind.toLocaleLowerCase('en-US');
  if (kind === 'group' || kind === 'user') {
    return normaliseRef(`${kind}:${namespace}/${entity.metadata.name}`);
  }
  const owner = entity.spec?.owner;
  if (typeof owner !== 'string' || !owner) return undefined;
  try {
    return normaliseRef(owner, namespace);
  } catch {
    return undefined;
  }
}

/**
 * `isMemberOfTeam`: the entity's team (the Group itself, or the owner in
 * `spec.owner`) is one of the claims (the user's ownership refs and the
 * teams granted to them).
 */
export const isMemberOfTeam = createPermissionRule({
  name: 'IS_MEMBER_OF_TEAM',
  description:
    "Allow when the entity's team (a Group or User itself, otherwise its spec.owner) is one of the claims",
  resourceRef: catalogEntityPermissionResourceRef,
  paramsSchema: z.object({
    claims: z
      .array(z.string())
      .describe('Group or user entity refs, e.g. the ownership refs'),
  }),
  apply(entity, { claims }) {
    const team = teamOf(entity);
    if (!team) return false;
    return claims.map(c => c.toLocaleLowerCase('en-US')).includes(team);
  },
  toQuery({ claims }): PermissionCriteria<EntitiesSearchFilter> {
    const groups: PermissionCriteria<EntitiesSearchFilter>[] = claims
      .map(c => c.toLocaleLowerCase('en-US'))
      .filter(c => c.startsWith('group:') || c.startsWith('user:'))
      .map(ref => {
        const kind = ref.slice(0, ref.indexOf(':'));
        const [namespace, name] = ref.slice(kind.length + 1).split('/');
        return {
          allOf: [
            { key: 'kind', values: [kind] },
            { key: 'metadata.namespace', values: [namespace] },
            { key: 'metadata.name', values: [name] },
          ],
        };
      });
    return {
      anyOf: [{ key: 'relations.ownedBy', values: claims }, ...groups],
    };
  },
});

/** The conditions of the suite's catalog rules, for policy decisions. */
export const aiPlatformCatalogConditions = createConditionExports({
  resourceRef: catalogEntityPermissionResourceRef,
  rules: { isMemberOfTeam },
});
