import { isAbsolute, relative, resolve as resolvePath, sep } from 'node:path';
import type { Config } from '@backstage/config';

/**
 * The local GitOps target of the templates (`aiPlatform.gitops`), read once
 * at start-up by the scaffolder module (which writes to it) and the catalog
 * module (which marks what it reads from a proposal as proposed).
 *
 * @public
 */
export interface GitopsSettings {
  /** Absolute path of the local git repository. */
  repositoryPath: string;
  /** Whether a missing repository is initialised on first use. */
  createRepository: boolean;
  /** The branch change branches start from; what is merged there is live. */
  baseBranch: string;
  /**
   * Absolute path of the directory holding one copy of each unmerged
   * change's files, `<proposalsPath>/<branch, URI-encoded>/<path>`, outside
   * the repository, so the catalog can read a proposed entity without the
   * base branch's working tree being touched.
   */
  proposalsPath: string;
}

/**
 * Reads `aiPlatform.gitops`; undefined when no local repository is
 * configured (the publish action then refuses to run). With
 * `NODE_ENV=production` a local repository is refused unless
 * `aiPlatform.gitops.allowInProduction` is true: production publishes pull
 * requests, and a repository on the backend's disk is neither backed up nor
 * shared between replicas.
 *
 * @public
 */
export function readGitopsSettings(
  config: Config,
  options: { cwd?: string; env?: string } = {},
): GitopsSettings | undefined {
  const cwd = options.cwd ?? process.cwd();
  const env = 'env' in options ? options.env : process.env.NODE_ENV;
  const gitops = config.getOptionalConfig('aiPlatform.gitops');
  const path = gitops?.getOptionalString('localRepository');
  if (!gitops || !path) {
    return undefined;
  }
  if (
    env === 'production' &&
    gitops.getOptionalBoolean('allowInProduction') !== true
  ) {
    throw new Error(
      `Refusing to start: aiPlatform.gitops.localRepository (${path}) is set with NODE_ENV=production. Production templates publish pull requests; remove aiPlatform.gitops, or set aiPlatform.gitops.allowInProduction: true to use a repository on the backend's disk deliberately.`,
    );
  }
  // Relative to the backend's working directory, as catalog `file`
  // locations are, so one `../../.tools/gitops` serves both.
  const repositoryPath = resolvePath(cwd, path);
  const proposals = gitops.getOptionalString('proposalsDirectory');
  return {
    repositoryPath,
    createRepository: gitops.getOptionalBoolean('createRepository') ?? false,
    baseBranch: gitops.getOptionalString('baseBranch') ?? 'main',
    proposalsPath: proposals
      ? resolvePath(cwd, proposals)
      : `${repositoryPath}-proposals`,
  };
}

/**
 * The directory of a branch's proposal: one path segment per branch, so
 * `a/b` and `a` never share one.
 *
 * @public
 */
export function proposalDirectory(
  settings: Pick<GitopsSettings, 'proposalsPath'>,
  branch: string,
): string {
  return resolvePath(settings.proposalsPath, encodeURIComponent(branch));
}

/**
 * The branch whose proposal holds a file, or undefined when the file is not
 * inside the proposals directory.
 *
 * @public
 */
export function proposalOf(
  settings: Pick<GitopsSettings, 'proposalsPath'>,
  file: string,
): { branch: string; path: string } | undefined {
  const rel = relative(settings.proposalsPath, resolvePath(file));
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) {
    return undefined;
  }
  const [head, ...rest] = rel.split(sep);
  if (rest.length === 0) {
    return undefined;
  }
  let branch: string;
  try {
    branch = decodeURIComponent(head);
  } catch {
    return undefined;
  }
  return { branch, path: rest.join('/') };
}
