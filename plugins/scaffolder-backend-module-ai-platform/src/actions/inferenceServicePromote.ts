import { posix } from 'node:path';
import type { AiPlatformService } from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { INFERENCE_SERVICE_ANNOTATIONS } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { GitopsSettings } from '../gitops/config';
import {
  branchExists,
  commitOnNewBranch,
  normaliseRepositoryPath,
  readFileOnBranch,
  validateBranchName,
  writeProposal,
  type CommitAuthor,
} from '../gitops/localRepository';
import {
  parseParametersFile,
  PARAMETERS_FILE,
  renderInferenceService,
  type InferenceServiceParameters,
} from '../inferenceServices/manifests';
import { governanceRequestOf } from '../inferenceServices/governed';
import { describeFailures } from './governanceCheck';
import { examples } from './inferenceServicePromote.examples';
import type { WriteGuard } from '../permissions/writeGuard';

/** Where an inference service's manifests are, from its catalog entity. */
function gitopsLocation(entity: Entity, ref: string) {
  const annotations = entity.metadata.annotations ?? {};
  const branch = annotations[INFERENCE_SERVICE_ANNOTATIONS.gitopsBranch];
  const path = annotations[INFERENCE_SERVICE_ANNOTATIONS.gitopsPath];
  if (entity.spec?.type !== 'inference-service' || !branch || !path) {
    throw new InputError(
      `${ref} is not an inference service made by the Governed inference service template (it needs spec.type inference-service and the ${INFERENCE_SERVICE_ANNOTATIONS.gitopsBranch} and ${INFERENCE_SERVICE_ANNOTATIONS.gitopsPath} annotations); create it with that template first`,
    );
  }
  validateBranchName(branch);
  return { branch, path: normaliseRepositoryPath(path) };
}

/**
 * `ai-platform:inference-service:promote`: moves an existing governed
 * inference service to another version of its model (a promotion, or a
 * roll back to an older one). Finds the service's manifests in the GitOps
 * repository from its entity's annotations, reads the parameters it was
 * created with, pins the new version, runs the same governance check with
 * those parameters, re-renders, and commits on a new branch started from
 * the service's branch: a reviewable change whose diff is the digest.
 *
 * @public
 */
export function createInferenceServicePromoteAction(options: {
  aiPlatform: AiPlatformService;
  catalog: CatalogService;
  settings: GitopsSettings | undefined;
  guard: WriteGuard;
}) {
  const { aiPlatform, catalog, settings, guard } = options;
  return createTemplateAction({
    id: 'ai-platform:inference-service:promote',
    description:
      'Promotes (or rolls back) an inference service made by the Governed inference service template to another version of its model: pins it, runs the governance check with the service parameters, re-renders the manifests and commits them on a new branch started from the service branch. Refuses when the digest would not change.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        entityRef: z =>
          z
            .string()
            .describe(
              'The inference service Component, e.g. component:default/mistral-chat',
            ),
        model: z =>
          z
            .object({
              registry: z.string(),
              repository: z.string(),
              tag: z.string().optional(),
              digest: z.string().optional(),
            })
            .describe(
              "The new version of the service's model (AiPlatformModelVersionPicker)",
            ),
        branch: z =>
          z
            .string()
            .optional()
            .describe(
              'The new branch; default promote/<name>/<tag>-<first 12 hex digits of the digest>',
            ),
      },
      output: {
        entityRef: z => z.string().describe('The service'),
        previousDigest: z => z.string().describe('The digest it ran before'),
        digest: z => z.string().describe('The digest it is moved to'),
        reference: z => z.string().describe('The new pinned reference'),
        baseBranch: z =>
          z.string().describe('The service branch the change starts from'),
        branch: z => z.string().describe('The new branch'),
        commitSha: z =>
          z.string().describe('The new commit (`dry-run` in a dry run)'),
        repositoryPath: z => z.string().describe('The GitOps repository'),
      },
    },
    async handler(ctx) {
      if (!settings) {
        throw new InputError(
          'No GitOps repository is configured: set aiPlatform.gitops.localRepository',
        );
      }
      const { repositoryPath } = settings;
      const credentials = await ctx.getInitiatorCredentials();
      let ref: string;
      try {
        ref = stringifyEntityRef(
          parseEntityRef(ctx.input.entityRef, { defaultKind: 'component' }),
        );
      } catch (e) {
        throw new InputError(
          `'${ctx.input.entityRef}' is not an entity ref: ${
            (e as Error).message
          }`,
        );
      }
      // Only a service of the initiator's teams (or granted to them).
      await guard.require('promote', ref, credentials);
      const entity = await catalog.getEntityByRef(ref, { credentials });
      if (!entity) {
        throw new InputError(
          `There is no ${ref} in the catalog; choose an existing inference service`,
        );
      }
      const location = gitopsLocation(entity, ref);
      const paramsPath = posix.join(location.path, PARAMETERS_FILE);
      const text = await readFileOnBranch(
        repositoryPath,
        location.branch,
        paramsPath,
      );
      if (text === undefined) {
        throw new InputError(
          `${paramsPath} is not on branch ${location.branch} of the GitOps repository ${repositoryPath}; the service's manifests have moved or the branch was deleted`,
        );
      }
      const current = parseParametersFile(
        text,
        `${location.branch}:${paramsPath}`,
      );
      const { model } = ctx.input;
      if (
        model.registry !== current.model.registry ||
        model.repository !== current.model.repository
      ) {
        throw new InputError(
          `${ref} serves ${current.model.registry}/${current.model.repository}; choose one of its versions (serving another model is a new service)`,
        );
      }

      const resolved = await aiPlatform.resolveModelVersion(model, {
        credentials,
      });
      if (resolved.digest === current.model.digest) {
        throw new InputError(
          `${ref} already runs ${current.model.repository}@${resolved.digest} (tag ${resolved.tag}); nothing to promote. Choose another version`,
        );
      }
      const governance = await aiPlatform.checkInferenceService(
        governanceRequestOf(current, resolved.digest),
        { credentials },
      );
      if (!governance.allowed) {
        throw new InputError(
          `${ref} may not move to ${resolved.tag} (${
            resolved.digest
          }):\n${describeFailures(governance.checks)}`,
        );
      }

      // An optional form field may arrive as an empty string.
      const branch =
        ctx.input.branch ||
        `promote/${current.name}/${resolved.tag}-${resolved.digest.slice(
          'sha256:'.length,
          'sha256:'.length + 12,
        )}`;
      validateBranchName(branch);
      const next: InferenceServiceParameters = {
        ...current,
        model: {
          ...current.model,
          tag: resolved.tag,
          digest: resolved.digest,
          reference: resolved.reference,
          entityRef: resolved.entityRef,
          llm: resolved.llm,
          ...(resolved.format ? { format: resolved.format } : {}),
        },
        gitops: { branch, path: location.path },
      };
      const rendered = renderInferenceService(next);
      const files = rendered.files.map(f => ({
        path: posix.join(location.path, f.path),
        content: Buffer.from(f.content, 'utf8'),
      }));
      const output = (commitSha: string) => {
        ctx.output('entityRef', ref);
        ctx.output('previousDigest', current.model.digest);
        ctx.output('digest', resolved.digest);
        ctx.output('reference', resolved.reference);
        ctx.output('baseBranch', location.branch);
        ctx.output('branch', branch);
        ctx.output('commitSha', commitSha);
        ctx.output('repositoryPath', repositoryPath);
      };
      const what = `${ref} from ${current.model.tag} (${current.model.digest}) to ${resolved.tag} (${resolved.digest})`;
      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would move ${what} on a new branch ${branch} from ${location.branch}`,
        );
        output('dry-run');
        return;
      }
      const profile = ctx.user?.entity?.spec?.profile;
      const author: CommitAuthor = {
        name: profile?.displayName ?? ctx.user?.ref ?? 'Backstage scaffolder',
        email: profile?.email ?? 'scaffolder@backstage.invalid',
      };
      const commitSha = await ctx.checkpoint({
        key: `ai-platform-promote-${branch}`,
        fn: async () => {
          if (await branchExists(repositoryPath, branch)) {
            throw new InputError(
              `Branch '${branch}' already exists in the GitOps repository; choose another name`,
            );
          }
          const sha = await commitOnNewBranch({
            dir: repositoryPath,
            baseBranch: location.branch,
            branch,
            files,
            message: `Move ${current.name} to ${current.model.repository}:${resolved.tag}\n\nFrom ${current.model.digest} (${current.model.tag}) to ${resolved.digest}.`,
            author,
          });
          await writeProposal({ settings, branch, files });
          return sha;
        },
      });
      // Nothing live changes: the catalog keeps the service as it is until
      // the branch is reviewed and merged.
      ctx.logger.info(
        `Committed ${commitSha}: proposed to move ${what} on ${branch}; the service changes when ${branch} is merged into ${location.branch}`,
      );
      output(commitSha);
    },
  });
}
