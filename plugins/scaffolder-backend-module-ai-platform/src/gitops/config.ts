import { resolve as resolvePath } from 'node:path';
import type { Config } from '@backstage/config';

/** The GitOps target of the templates, read once at start-up. */
export interface GitopsSettings {
  /** Absolute path of the local git repository (its working tree). */
  repositoryPath: string;
  /** Whether a missing repository is initialised on first use. */
  createRepository: boolean;
  /** The branch change branches start from. */
  baseBranch: string;
}

/**
 * Reads `aiPlatform.gitops`; undefined when no local repository is
 * configured (the publish action then fails with a message saying so).
 */
export function readGitopsSettings(
  config: Config,
  cwd: string = process.cwd(),
): GitopsSettings | undefined {
  const gitops = config.getOptionalConfig('aiPlatform.gitops');
  const path = gitops?.getOptionalString('localRepository');
  if (!gitops || !path) {
    return undefined;
  }
  return {
    // Relative to the backend's working directory, as catalog `file`
    // locations are, so one `../../.tools/gitops` serves both.
    repositoryPath: resolvePath(cwd, path),
    createRepository: gitops.getOptionalBoolean('createRepository') ?? false,
    baseBranch: gitops.getOptionalString('baseBranch') ?? 'main',
  };
}
