import fs from 'node:fs';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import git from 'isomorphic-git';
import type { GitopsSettings } from '@ai-platform/backstage-plugin-ai-platform-node';
import { ProposedChangeProcessor } from './ProposedChangeProcessor';

const root = createMockDirectory();
const author = { name: 'test', email: 'test@example.invalid' };

const entity = (kind = 'Component'): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'mistral-chat' },
  spec: {
    type: 'inference-service',
    lifecycle: 'production',
    owner: 'group:default/team-a',
  },
});

describe('ProposedChangeProcessor', () => {
  let settings: GitopsSettings;
  let dir: string;
  let logger: ReturnType<typeof mockServices.logger.mock>;
  let processor: ProposedChangeProcessor;
  const BRANCH = 'inference-service/mistral-chat';
  const file = () =>
    root.resolve(
      'proposals/inference-service%2Fmistral-chat/inference-services/mistral-chat/catalog-info.yaml',
    );

  /** A commit of `message` on top of `parent` (none: a root commit). */
  const commit = async (message: string, parent?: string) =>
    git.commit({
      fs,
      dir,
      message,
      author,
      tree: await git.writeTree({ fs, dir, tree: [] }),
      parent: parent ? [parent] : [],
      noUpdateBranch: true,
    });

  beforeEach(async () => {
    root.clear();
    dir = root.resolve('gitops');
    settings = {
      repositoryPath: dir,
      createRepository: false,
      baseBranch: 'main',
      proposalsPath: root.resolve('proposals'),
    };
    await git.init({ fs, dir, defaultBranch: 'main' });
    const base = await commit('base');
    await git.writeRef({ fs, dir, ref: 'refs/heads/main', value: base });
    const change = await commit('change', base);
    await git.writeRef({ fs, dir, ref: `refs/heads/${BRANCH}`, value: change });
    logger = mockServices.logger.mock();
    processor = new ProposedChangeProcessor({ settings, logger });
  });

  const read = (e: Entity, target = file(), type = 'file') =>
    processor.preProcessEntity(e, { type, target });

  it('reads an entity of an unmerged change as proposed: experimental, with its branch', async () => {
    const out = await read(entity());
    expect(out.spec?.lifecycle).toBe('experimental');
    expect(out.metadata.annotations).toEqual({
      'ai-platform.io/proposed-branch': BRANCH,
      'ai-platform.io/lifecycle-when-merged': 'production',
    });
  });

  it('reads it as its file says once the branch is merged into the base branch', async () => {
    const tip = await git.resolveRef({ fs, dir, ref: BRANCH });
    const merge = await git.commit({
      fs,
      dir,
      message: 'merge',
      author,
      tree: await git.writeTree({ fs, dir, tree: [] }),
      parent: [await git.resolveRef({ fs, dir, ref: 'main' }), tip],
      noUpdateBranch: true,
    });
    await git.writeRef({
      fs,
      dir,
      ref: 'refs/heads/main',
      value: merge,
      force: true,
    });
    const out = await read(entity());
    expect(out.spec?.lifecycle).toBe('production');
    expect(out.metadata.annotations).toEqual({
      'ai-platform.io/merged-branch': BRANCH,
    });
  });

  it('keeps an entity whose branch was deleted proposed, and says why once', async () => {
    await git.deleteRef({ fs, dir, ref: `refs/heads/${BRANCH}` });
    expect((await read(entity())).spec?.lifecycle).toBe('experimental');
    await read(entity());
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        `Branch ${BRANCH} is no longer in the GitOps repository`,
      ),
    );
  });

  it('marks kinds without a lifecycle by the annotation only', async () => {
    const group: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'team-c' },
      spec: { type: 'team', children: [] },
    };
    const out = await read(group);
    expect(out.spec).toEqual(group.spec);
    expect(out.metadata.annotations).toEqual({
      'ai-platform.io/proposed-branch': BRANCH,
    });
  });

  it('does not let a file of a proposal claim to be merged', async () => {
    const claimed = entity();
    claimed.metadata.annotations = {
      'ai-platform.io/merged-branch': BRANCH,
      'ai-platform.io/lifecycle-when-merged': 'experimental',
    };
    const out = await read(claimed);
    expect(out.spec?.lifecycle).toBe('experimental');
    expect(out.metadata.annotations).toEqual({
      'ai-platform.io/proposed-branch': BRANCH,
      'ai-platform.io/lifecycle-when-merged': 'production',
    });
  });

  it.each([
    [
      'a file of the repository checkout',
      () => root.resolve('gitops/x.yaml'),
      'file',
    ],
    ['a file elsewhere', () => root.resolve('elsewhere/x.yaml'), 'file'],
    [
      'a file directly in the proposals directory',
      () => root.resolve('proposals/x.yaml'),
      'file',
    ],
    ['a url location', () => `https://example.org/proposals/x.yaml`, 'url'],
  ])('leaves %s as it is', async (_what, target, type) => {
    const e = entity();
    expect(await read(e, target(), type)).toBe(e);
  });
});
