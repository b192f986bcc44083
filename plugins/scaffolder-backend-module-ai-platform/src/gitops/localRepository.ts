import fs from 'node:fs';
import { dirname, join, posix } from 'node:path';
import git, { type TreeEntry } from 'isomorphic-git';
import { ConflictError, InputError } from '@backstage/errors';

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
 * Makes sure the repository exists. When asked to create it, initialises it
 * with an empty first commit on the base branch, so change branches always
 * have a parent and `git diff <base>..<branch>` shows exactly the change.
 */
export async function ensureRepository(options: {
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
  await git.commit({
    fs,
    dir,
    message: 'Initialise the GitOps repository',
    author,
    tree,
    parent: [],
    ref: `refs/heads/${baseBranch}`,
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
 * reviewable change: the base branch, HEAD and the index are not touched.
 * The files are also written to the working tree, which in the embedded
 * default is what the portal's catalog reads through `file` locations (no
 * git server runs there to serve the branch by URL).
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
    ref: `refs/heads/${branch}`,
  });
  for (const f of files) {
    const target = join(dir, ...f.path.split('/'));
    await fs.promises.mkdir(dirname(target), { recursive: true });
    await fs.promises.writeFile(target, f.content);
  }
  return sha;
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
