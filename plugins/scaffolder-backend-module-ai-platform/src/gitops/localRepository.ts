import fs from 'node:fs';
import { dirname, join, posix } from 'node:path';
import git, { type TreeEntry } from 'isomorphic-git';
import { ConflictError, InputError } from '@backstage/errors';
import {
  proposalDirectory,
  type GitopsSettings,
} from '@ai-platform/backstage-plugin-ai-platform-node';

/** One file of a change: a POSIX path inside the repository and its bytes. */
export interface ChangeFile {
  path: string;
  content: Buffer;
}

/** Who a commit is by. */
export interface CommitAuthor {
  name: string;
  email: string;
}

const FILE_MODE = '100644';
const TREE_MODE = '040000';

/**
 * A branch name git accepts and that reads well in a review: letters,
 * digits, `.`, `_`, `-` and `/`-separated segments (the subset of
 * git-check-ref-format that templates need).
 */
export function validateBranchName(branch: string): void {
  const segment = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
  const ok =
    branch.length <= 200 &&
    branch
      .split('/')
      .every(
        s => segment.test(s) && !s.endsWith('.lock') && !s.endsWith('.'),
      ) &&
    !branch.includes('..');
  if (!ok) {
    throw new InputError(
      `Branch name '${branch}' is not valid: use letters, digits, '.', '_', '-' and '/' between segments, no '..'`,
    );
  }
}

/**
 * A path inside the repository, normalised; rejects anything that would
 * leave the repository or touch its `.git` directory.
 */
export function normaliseRepositoryPath(path: string): string {
  const normal = posix.normalize(path.replace(/\\/g, '/')).replace(/\/+$/, '');
  if (
    path.trim() === '' ||
    posix.isAbsolute(normal) ||
    normal === '..' ||
    normal.startsWith('../') ||
    normal.split('/').includes('.git')
  ) {
    throw new InputError(
      `Path '${path}' must be relative, inside the repository and outside .git`,
    );
  }
  return normal === '.' ? '' : normal;
}

async function exists(path: string): Promise<boolean> {
  try {
    await fs.promises.stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates a branch only if it does not exist, safely against concurrent
 * writers in this process, other replicas and git itself: git's own lock
 * protocol (an exclusively created `<ref>.lock`, renamed onto the ref), so
 * of two runs creating the same branch exactly one succeeds, and a branch
 * is never moved once it exists.
 */
export async function createBranchRef(
  dir: string,
  branch: string,
  sha: string,
): Promise<void> {
  const refPath = join(dir, '.git', 'refs', 'heads', ...branch.split('/'));
  const lock = `${refPath}.lock`;
  const taken = () =>
    new ConflictError(
      `Branch '${branch}' already exists in the GitOps repository (or is being created by another run); choose another name`,
    );
  let handle: fs.promises.FileHandle;
  try {
    await fs.promises.mkdir(dirname(refPath), { recursive: true });
    handle = await fs.promises.open(lock, 'wx');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // EEXIST: another run holds the lock; ENOTDIR: a branch is named like
    // one of this branch's parent segments (`a` for `a/b`).
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw taken();
    }
    throw e;
  }
  let renamed = false;
  try {
    await handle.writeFile(`${sha}\n`);
    await handle.close();
    // Also packed refs, which the lock file does not cover.
    if (await branchExists(dir, branch)) {
      throw taken();
    }
    try {
      await fs.promises.rename(lock, refPath);
    } catch (e) {
      // EISDIR and friends: a branch `a/b` exists and this one is `a`.
      throw (e as NodeJS.ErrnoException).code ? taken() : e;
    }
    renamed = true;
  } finally {
    if (!renamed) {
      await fs.promises.rm(lock, { force: true });
    }
  }
}

/** Repositories being initialised in this process, by path. */
const initialising = new Map<string, Promise<void>>();

/**
 * Makes sure the repository exists. When asked to create it, initialises it
 * with an empty first commit on the base branch, so change branches always
 * have a parent and `git diff <base>..<branch>` shows exactly the change.
 * Runs that start together initialise it once.
 */
export async function ensureRepository(options: {
  dir: string;
  baseBranch: string;
  create: boolean;
  author: CommitAuthor;
}): Promise<void> {
  const { dir } = options;
  const running = initialising.get(dir);
  if (running) {
    return running;
  }
  const run = initialise(options).finally(() => initialising.delete(dir));
  initialising.set(dir, run);
  return run;
}

async function initialise(options: {
  dir: string;
  baseBranch: string;
  create: boolean;
  author: CommitAuthor;
}): Promise<void> {
  const { dir, baseBranch, create, author } = options;
  if (await exists(join(dir, '.git'))) {
    return;
  }
  if (!create) {
    throw new Error(
      `The GitOps repository ${dir} does not exist; create it (git init) or set aiPlatform.gitops.createRepository`,
    );
  }
  await fs.promises.mkdir(dir, { recursive: true });
  await git.init({ fs, dir, defaultBranch: baseBranch });
  const tree = await git.writeTree({ fs, dir, tree: [] });
  const sha = await git.commit({
    fs,
    dir,
    message: 'Initialise the GitOps repository',
    author,
    tree,
    parent: [],
    noUpdateBranch: true,
  });
  await createBranchRef(dir, baseBranch, sha).catch(e => {
    // Another replica initialised it first: its first commit is the base.
    if (!(e instanceof ConflictError)) throw e;
  });
}

/** Whether a local branch exists. */
export async function branchExists(dir: string, branch: string) {
  try {
    await git.resolveRef({ fs, dir, ref: `refs/heads/${branch}` });
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes a tree: the base tree with the files added or replaced. Subtrees
 * that no file touches keep their object id, so the commit's diff against
 * the base is exactly the change.
 */
async function writeTreeWith(
  dir: string,
  baseTree: string | undefined,
  files: Array<{ segments: string[]; blob: string }>,
): Promise<string> {
  const entries = new Map<string, TreeEntry>();
  if (baseTree) {
    const { tree } = await git.readTree({ fs, dir, oid: baseTree });
    for (const entry of tree) {
      entries.set(entry.path, entry);
    }
  }
  const groups = new Map<string, Array<{ segments: string[]; blob: string }>>();
  for (const file of files) {
    const [head, ...rest] = file.segments;
    if (rest.length === 0) {
      entries.set(head, {
        mode: FILE_MODE,
        path: head,
        oid: file.blob,
        type: 'blob',
      });
    } else {
      groups.set(head, [
        ...(groups.get(head) ?? []),
        { segments: rest, blob: file.blob },
      ]);
    }
  }
  for (const [name, children] of groups) {
    const existing = entries.get(name);
    const subtree = await writeTreeWith(
      dir,
      existing?.type === 'tree' ? existing.oid : undefined,
      children,
    );
    entries.set(name, {
      mode: TREE_MODE,
      path: name,
      oid: subtree,
      type: 'tree',
    });
  }
  return git.writeTree({ fs, dir, tree: [...entries.values()] });
}

/**
 * Commits the files on a new branch started from the base branch, as a
 * reviewable change, with git objects only: the base branch, HEAD, the
 * index and the working tree are not touched, and the branch is created
 * only if no other run created it first ({@link createBranchRef}).
 *
 * @returns the new commit's sha
 */
export async function commitOnNewBranch(options: {
  dir: string;
  baseBranch: string;
  branch: string;
  files: ChangeFile[];
  message: string;
  author: CommitAuthor;
}): Promise<string> {
  const { dir, baseBranch, branch, files, message, author } = options;
  if (await branchExists(dir, branch)) {
    throw new ConflictError(
      `Branch '${branch}' already exists in the GitOps repository; choose another name`,
    );
  }
  const parent = await git.resolveRef({
    fs,
    dir,
    ref: `refs/heads/${baseBranch}`,
  });
  const { commit } = await git.readCommit({ fs, dir, oid: parent });
  const blobs = await Promise.all(
    files.map(async f => ({
      segments: f.path.split('/'),
      blob: await git.writeBlob({ fs, dir, blob: new Uint8Array(f.content) }),
    })),
  );
  const tree = await writeTreeWith(dir, commit.tree, blobs);
  const sha = await git.commit({
    fs,
    dir,
    message,
    author,
    tree,
    parent: [parent],
    noUpdateBranch: true,
  });
  await createBranchRef(dir, branch, sha);
  return sha;
}

/**
 * Writes a change's files as the branch's proposal (outside the repository),
 * where the catalog reads the proposed entities until the branch is merged.
 * A proposal left by an earlier branch of the same name is replaced: the
 * branch was just created, so nothing else writes there.
 *
 * @returns the proposal's directory
 */
export async function writeProposal(options: {
  settings: Pick<GitopsSettings, 'proposalsPath'>;
  branch: string;
  files: ChangeFile[];
}): Promise<string> {
  const root = proposalDirectory(options.settings, options.branch);
  await fs.promises.rm(root, { recursive: true, force: true });
  for (const f of options.files) {
    const target = join(root, ...f.path.split('/'));
    await fs.promises.mkdir(dirname(target), { recursive: true });
    await fs.promises.writeFile(target, f.content);
  }
  return root;
}

/** The files of a directory, recursively, as repository-relative paths. */
export async function readDirectoryFiles(
  root: string,
  prefix: string,
): Promise<ChangeFile[]> {
  const out: ChangeFile[] = [];
  async function walk(dir: string, rel: string) {
    const dirents = await fs.promises.readdir(dir, { withFileTypes: true });
    for (const d of dirents) {
      // A workspace may hold a nested repository (e.g. from fetch:plain of
      // a repo); its metadata is never part of a change.
      if (d.name === '.git') continue;
      const relPath = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) {
        await walk(join(dir, d.name), relPath);
      } else if (d.isFile()) {
        out.push({
          path: prefix ? `${prefix}/${relPath}` : relPath,
          content: await fs.promises.readFile(join(dir, d.name)),
        });
      }
    }
  }
  await walk(root, '');
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * A file as committed on a branch, or undefined when the branch or the
 * file does not exist there.
 */
export async function readFileOnBranch(
  dir: string,
  branch: string,
  path: string,
): Promise<string | undefined> {
  let oid: string;
  try {
    oid = await git.resolveRef({ fs, dir, ref: `refs/heads/${branch}` });
  } catch {
    return undefined;
  }
  try {
    const { blob } = await git.readBlob({ fs, dir, oid, filepath: path });
    return Buffer.from(blob).toString('utf8');
  } catch {
    return undefined;
  }
}
