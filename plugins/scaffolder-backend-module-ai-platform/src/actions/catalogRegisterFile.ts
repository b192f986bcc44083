import fs from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';
import type { GitopsSettings } from '../gitops/config';
import { examples } from './catalogRegisterFile.examples';
import { catalogEntitiesIn } from '../permissions/catalogEntities';
import type { WriteGuard } from '../permissions/writeGuard';

/** The first entity of a catalog file, which names the location's main entity. */
function firstEntityRef(text: string, file: string): string {
  const docs = yaml.parseAllDocuments(text);
  const first = docs[0]?.toJS() as Partial<Entity> | undefined;
  if (!first?.kind || !first.metadata?.name) {
    throw new InputError(`${file} holds no catalog entity`);
  }
  return stringifyEntityRef({
    kind: first.kind,
    namespace: first.metadata.namespace,
    name: first.metadata.name,
  });
}

/**
 * `ai-platform:catalog:register-file`: registers a catalog file of the local
 * GitOps repository as a `file` location. The stock `catalog:register` only
 * registers URLs, and the embedded repository is not served over one. Only
 * files of a change's proposal (which the catalog marks as proposed until
 * the branch is merged) or of the repository's checkout are accepted, so a
 * template cannot make the catalog read arbitrary files of the host.
 *
 * @public
 */
export function createCatalogRegisterFileAction(options: {
  settings: GitopsSettings | undefined;
  catalog: CatalogService;
  guard: WriteGuard;
}) {
  const { settings, catalog, guard } = options;
  return createTemplateAction({
    id: 'ai-platform:catalog:register-file',
    description:
      'Registers a catalog-info.yaml of the local GitOps repository as a file location in the catalog; registering the same file again refreshes it',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        catalogInfoPath: z =>
          z
            .string()
            .describe(
              "Absolute path of the catalog file: the catalogInfoPath output of ai-platform:git:publish (in the branch's proposal), or a file of aiPlatform.gitops.localRepository's checkout",
            ),
        entityRef: z =>
          z
            .string()
            .optional()
            .describe(
              'The entity ref the file is expected to define; checked when given, and reported in a dry run where the file is not written',
            ),
      },
      output: {
        entityRef: z =>
          z.string().describe('The entity ref of the first entity in the file'),
        locationTarget: z =>
          z.string().describe('The target of the file location'),
      },
    },
    async handler(ctx) {
      if (!settings) {
        throw new InputError(
          'No GitOps repository is configured: set aiPlatform.gitops.localRepository',
        );
      }
      const target = resolve(ctx.input.catalogInfoPath);
      const inside = (root: string) => {
        const rel = relative(root, target);
        return Boolean(rel) && !rel.startsWith('..') && !isAbsolute(rel);
      };
      // A change's proposal (read as proposed until its branch is merged),
      // or the repository's checkout of what is merged.
      if (!inside(settings.proposalsPath) && !inside(settings.repositoryPath)) {
        throw new InputError(
          `${ctx.input.catalogInfoPath} is neither in a proposal (${settings.proposalsPath}) nor in the GitOps repository ${settings.repositoryPath}`,
        );
      }
      const expected = ctx.input.entityRef
        ? stringifyEntityRef(
            parseEntityRef(ctx.input.entityRef, { defaultKind: 'component' }),
          )
        : undefined;
      ctx.output('locationTarget', target);

      if (ctx.isDryRun) {
        // The publish step of a dry run commits nothing, so the file may not
        // exist; report what would be registered.
        ctx.logger.info(`Dry run: would register file location ${target}`);
        ctx.output('entityRef', expected ?? 'dry-run');
        return;
      }

      let text: string;
      try {
        text = await fs.promises.readFile(target, 'utf8');
      } catch {
        throw new InputError(`${target} does not exist or cannot be read`);
      }
      const entityRef = firstEntityRef(text, target);
      if (expected && expected !== entityRef) {
        throw new InputError(
          `${target} defines ${entityRef}, not the expected ${expected}`,
        );
      }
      const credentials = await ctx.getInitiatorCredentials();
      await guard.requireForEntities(
        catalogEntitiesIn(text, target),
        credentials,
      );
      await ctx.checkpoint({
        key: `ai-platform-catalog-register-file-${target}`,
        fn: async () => {
          const existing = await catalog.getLocationByRef(`file:${target}`, {
            credentials,
          });
          if (existing) {
            // Idempotent: the location is already there; pick up the change now.
            await catalog.refreshEntity(entityRef, { credentials });
            ctx.logger.info(
              `File location ${target} was already registered; refreshed ${entityRef}`,
            );
            return;
          }
          await catalog.addLocation({ type: 'file', target }, { credentials });
          ctx.logger.info(
            `Registered file location ${target} with entity ${entityRef}`,
          );
        },
      });
      ctx.output('entityRef', entityRef);
    },
  });
}
