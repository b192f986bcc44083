import { posix } from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import type { GitopsSettings } from '../gitops/config';
import {
  branchExists,
  commitOnNewBranch,
  ensureRepository,
  normaliseRepositoryPath,
  readDirectoryFiles,
  validateBranchName,
  writeProposal,
  type CommitAuthor,
} from '../gitops/localRepository';
import { examples } from './gitPublish.examples';
import { catalogEntitiesIn, isYamlFile } from '../permissions/catalogEntities';
import type { WriteGuard } from '../permissions/writeGuard';
import { verifyInferenceServices } from '../inferenceServices/verifyChange';
import {
  proposalDirectory,
  type AiPlatformService,
} from '@ai-platform/backstage-plugin-ai-platform-node';

/** The file name whose committed path the action reports. */
const CATALOG_INFO = 'catalog-info.yaml';

/**
 * `ai-platform:git:publish`: commits the workspace (or a subdirectory of it)
 * to the configured local GitOps repository on a new branch, a reviewable
 * change, as git objects only: the base branch and its working tree are not
 * touched, and a branch another run created is never overwritten. The
 * change's files are also written as the branch's proposal, outside the
 * repository, where the catalog reads them as proposed entities until the
 * branch is merged. The repository comes from `aiPlatform.gitops`, never
 * from the template, so a template cannot write anywhere else on the host.
 *
 * @public
 */
export function createGitPublishAction(options: {
  settings: GitopsSettings | undefined;
  guard: WriteGuard;
  aiPlatform: AiPlatformService;
}) {
  const { settings, guard, aiPlatform } = options;
  return createTemplateAction({
    id: 'ai-platform:git:publish',
    description:
      'Commits the workspace (or a subdirectory) on a new branch of the local GitOps repository configured in aiPlatform.gitops.localRepository, as a reviewable change',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        branch: z =>
          z
            .string()
            .describe(
              'The new branch to commit on, e.g. register-agent/travel-planner; it must not exist yet',
            ),
        sourcePath: z =>
          z
            .string()
            .optional()
            .describe(
              'The subdirectory of the workspace to commit; default: the whole workspace',
            ),
        targetPath: z =>
          z
            .string()
            .optional()
            .describe(
              'Where the files go inside the repository, e.g. agents/travel-planner; default: the repository root',
            ),
        commitMessage: z => z.string().min(1).describe('The commit message'),
      },
      output: {
        repositoryPath: z =>
          z.string().describe('Absolute path of the local GitOps repository'),
        branch: z =>
          z.string().describe('The branch the change was committed on'),
        commitSha: z =>
          z
            .string()
            .describe('The sha of the new commit (`dry-run` in a dry run)'),
        catalogInfoPath: z =>
          z
            .string()
            .optional()
            .describe(
              "Absolute path of the change's catalog-info.yaml in the branch's proposal (outside the repository; what ai-platform:catalog:register-file registers as proposed), when the change has one at its top level",
            ),
      },
    },
    async handler(ctx) {
      if (!settings) {
        throw new InputError(
          'No GitOps repository is configured: set aiPlatform.gitops.localRepository',
        );
      }
      const { repositoryPath, baseBranch } = settings;
      const { branch, commitMessage } = ctx.input;
      validateBranchName(branch);
      const targetPath = normaliseRepositoryPath(ctx.input.targetPath ?? '.');
      const sourceDir = resolveSafeChildPath(
        ctx.workspacePath,
        ctx.input.sourcePath ?? '.',
      );
      const files = await readDirectoryFiles(sourceDir, targetPath);
      if (files.length === 0) {
        throw new InputError(
          `Nothing to publish: ${
            ctx.input.sourcePath ?? 'the workspace'
          } has no files`,
        );
      }
      // Whatever step wrote them: an inference service or an agent in the
      // change needs the initiator's create or register permission for its
      // team, and an inference service passes the governance again.
      const credentials = await ctx.getInitiatorCredentials();
      await guard.requireForEntities(
        files
          .filter(f => isYamlFile(f.path))
          .flatMap(f => catalogEntitiesIn(f.content.toString('utf8'), f.path)),
        credentials,
      );
      await verifyInferenceServices({ files, aiPlatform, credentials });
      const catalogPath = targetPath
        ? posix.join(targetPath, CATALOG_INFO)
        : CATALOG_INFO;
      const hasCatalogInfo = files.some(f => f.path === catalogPath);
      const output = (commitSha: string) => {
        ctx.output('repositoryPath', repositoryPath);
        ctx.output('branch', branch);
        ctx.output('commitSha', commitSha);
        if (hasCatalogInfo) {
          ctx.output(
            'catalogInfoPath',
            posix.join(
              proposalDirectory(settings, branch).replace(/\\/g, '/'),
              catalogPath,
            ),
          );
        }
      };

      if (ctx.isDryRun) {
        ctx.logger.info(
          `Dry run: would commit ${
            files.length
          } file(s) to branch ${branch} of ${repositoryPath}: ${files
            .map(f => f.path)
            .join(', ')}`,
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
        key: `ai-platform-git-publish-${branch}`,
        fn: async () => {
          await ensureRepository({
            dir: repositoryPath,
            baseBranch,
            create: settings.createRepository,
            author,
          });
          if (await branchExists(repositoryPath, branch)) {
            throw new InputError(
              `Branch '${branch}' already exists in the GitOps repository; choose another name`,
            );
          }
          const sha = await commitOnNewBranch({
            dir: repositoryPath,
            baseBranch,
            branch,
            files,
            message: commitMessage,
            author,
          });
          await writeProposal({ settings, branch, files });
          return sha;
        },
      });
      ctx.logger.info(
        `Committed ${
          files.length
        } file(s) as ${commitSha} on branch ${branch} of ${repositoryPath}; ${baseBranch} is unchanged until the branch is merged, and the proposal is in ${proposalDirectory(
          settings,
          branch,
        )}`,
      );
      output(commitSha);
    },
  });
}
