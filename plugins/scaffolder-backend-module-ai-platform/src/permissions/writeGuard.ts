import { aiPlatformWritePermissions } from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  BackstageCredentials,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';

/** A write of the AI Platform, by the short name the policy grants it by. */
export type WriteKind = keyof typeof aiPlatformWritePermissions;

const WHAT: Record<WriteKind, string> = {
  create: 'create an inference service for',
  promote: 'promote',
  register: 'register an AI agent for',
};

/**
 * The owning team (or user) an `owner` input names, as the entity ref the
 * write permission is asked for: kind `group` and namespace `default`
 * unless given.
 */
export function ownerRef(owner: string, defaultNamespace = 'default'): string {
  try {
    return stringifyEntityRef(
      parseEntityRef(owner, { defaultKind: 'group', defaultNamespace }),
    );
  } catch (e) {
    throw new InputError(
      `'${owner}' is not an owner entity ref: ${(e as Error).message}`,
    );
  }
}

/**
 * Asks the permission framework, with the initiator's credentials, for the
 * write permissions of the AI Platform on the catalog entity they concern
 * (the owning team for create and register, the service for promote).
 */
export interface WriteGuard {
  /** Throws a NotAllowedError naming the permission when it is not granted. */
  require(
    kind: WriteKind,
    resourceRef: string,
    credentials: BackstageCredentials,
  ): Promise<void>;
  /**
   * The writes the entities of a change stand for: an `inference-service`
   * Component is created for its owner, an `ai-agent` Component registered
   * for its owner. Other entities need no AI Platform permission.
   */
  requireForEntities(
    entities: Entity[],
    credentials: BackstageCredentials,
  ): Promise<void>;
}

/** The write an entity of the suite stands for, by its `spec.type`. */
const WRITE_OF_TYPE = new Map<unknown, WriteKind>([
  ['inference-service', 'create'],
  ['ai-agent', 'register'],
]);

function who(credentials: BackstageCredentials): string {
  const principal = credentials.principal as {
    type?: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef) {
    return principal.userEntityRef;
  }
  return principal.subject ?? 'This caller';
}

/** The write guard over the permissions service. */
export function createWriteGuard(permissions: PermissionsService): WriteGuard {
  const require = async (
    kind: WriteKind,
    resourceRef: string,
    credentials: BackstageCredentials,
  ) => {
    const permission = aiPlatformWritePermissions[kind];
    const [decision] = await permissions.authorize(
      [{ permission, resourceRef }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `${who(credentials)} may not ${
          WHAT[kind]
        } ${resourceRef}: the permission ${
          permission.name
        } is not granted. It is granted for your own teams (your ownership refs) and for the teams aiPlatform.permissions.grants names for you; ask the platform team otherwise`,
      );
    }
  };
  return {
    require,
    async requireForEntities(entities, credentials) {
      for (const entity of entities) {
        if (entity.kind?.toLocaleLowerCase('en-US') !== 'component') continue;
        const type = entity.spec?.type;
        const kind = WRITE_OF_TYPE.get(type);
        if (!kind) continue;
        const owner = entity.spec?.owner;
        if (typeof owner !== 'string' || !owner) {
          throw new InputError(
            `The ${type} ${entity.metadata?.name} has no spec.owner; an AI Platform entity names its team`,
          );
        }
        await require(kind, ownerRef(
          owner,
          entity.metadata?.namespace ?? 'default',
        ), credentials);
      }
    },
  };
}
