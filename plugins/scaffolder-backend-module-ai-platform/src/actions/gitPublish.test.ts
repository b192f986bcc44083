import { createWriteGuard } from '../permissions/writeGuard';
import type { AiPlatformService } from '@ai-platform/backstage-plugin-ai-platform-node';
import fs from 'node:fs';
import { join } from 'node:path';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import git from 'isomorphic-git';
import yaml from 'yaml';
import type { GitopsSettings } from '../gitops/config';
import { createGitPublishAction } from './gitPublish';
import { readDirectoryFiles } from '../gitops/localRepository';
import { examples } from './gitPublish.examples';
import { examples as renderExamples } from './inferenceServiceRender.examples';
import {
  renderInferenceService,
  type InferenceServiceParameters,
} from '../inferenceServices/manifests';
import type {
  GovernanceCheck,
  GovernanceRequest,
} from '@ai-platform/backstage-plugin-ai-platform-common';

const root = createMockDirectory();

/** These changes hold no inference service, so the backend is never asked. */
const noInferenceServices: AiPlatformService = {
  resolveModelVersion: () => Promise.reject(new Error('not expected')),
  checkInferenceService: () => Promise.reject(new Error('not expected')),
};

function exampleInput(index: number) {
  return yaml.parse(examples[index].example).steps[0].input;
}

const CATALOG_INFO = 'kind: Component\nmetadata:\n  name: travel-planner\n';

describe('ai-platform:git:publish', () => {
  let settings: GitopsSettings;
  let workspace: string;

  beforeEach(() => {
    root.clear();
    root.setContent({
      workspace: {
        'catalog-info.yaml': CATALOG_INFO,
        rendered: {
          'catalog-info.yaml': CATALOG_INFO,
          docs: { 'a.md': '# a' },
        },
      },
    });
    workspace = root.resolve('workspace');
    settings = {
      repositoryPath: root.resolve('gitops'),
      createRepository: true,
      baseBranch: 'main',
      proposalsPath: root.resolve('proposals'),
    };
  });

  const run = (
    input: object,
    options: { isDryRun?: boolean } = {},
    permissions = mockServices.permissions(),
    aiPlatform = noInferenceServices,
  ) => {
    // createMockActionContext does not pass isDryRun through.
    const ctx = {
      ...createMockActionContext({
        input: input as any,
        workspacePath: workspace,
      }),
      ...options,
    };
    return createGitPublishAction({
      settings,
      guard: createWriteGuard(permissions),
      aiPlatform,
    })
      .handler(ctx)
      .then(() => ctx);
  };

  const outputs = (ctx: { output: jest.Mock | Function }) =>
    Object.fromEntries((ctx.output as jest.Mock).mock.calls);

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'runs the example: %s',
    async (_description, index) => {
      const input = exampleInput(index);
      const ctx = await run(input);
      const out = outputs(ctx);
      const dir = settings.repositoryPath;
      const prefix = input.targetPath ? `${input.targetPath}/` : '';
      expect(out).toEqual({
        repositoryPath: dir,
        branch: input.branch,
        commitSha: expect.stringMatching(/^[0-9a-f]{40}$/),
        // The branch's proposal, outside the repository.
        catalogInfoPath: `${settings.proposalsPath}/${encodeURIComponent(
          input.branch,
        )}/${prefix}catalog-info.yaml`,
      });
      // A real commit on the new branch, whose parent is the base branch.
      expect(
        await git.resolveRef({ fs, dir, ref: `refs/heads/${input.branch}` }),
      ).toBe(out.commitSha);
      const { commit } = await git.readCommit({ fs, dir, oid: out.commitSha });
      expect(commit.message.trim()).toBe(input.commitMessage);
      expect(commit.parent).toEqual([
        await git.resolveRef({ fs, dir, ref: 'refs/heads/main' }),
      ]);
      const { blob } = await git.readBlob({
        fs,
        dir,
        oid: out.commitSha,
        filepath: `${prefix}catalog-info.yaml`,
      });
      expect(Buffer.from(blob).toString('utf8')).toBe(CATALOG_INFO);
      // The proposal holds the file, where the catalog reads it as proposed;
      // the working tree of the base branch gets nothing.
      expect(fs.readFileSync(out.catalogInfoPath, 'utf8')).toBe(CATALOG_INFO);
      expect(fs.readdirSync(dir)).toEqual(['.git']);
    },
  );

  it('keeps the base branch and earlier files, so the diff is exactly the change', async () => {
    await run({
      branch: 'one',
      sourcePath: 'rendered',
      targetPath: 'agents/one',
      commitMessage: 'one',
    });
    const ctx = await run({
      branch: 'two',
      sourcePath: 'rendered',
      targetPath: 'agents/two',
      commitMessage: 'two',
    });
    const dir = settings.repositoryPath;
    const sha = outputs(ctx).commitSha;
    const files = await git.listFiles({ fs, dir, ref: sha });
    expect(files.sort()).toEqual([
      'agents/two/catalog-info.yaml',
      'agents/two/docs/a.md',
    ]);
    const main = await git.listFiles({ fs, dir, ref: 'main' });
    expect(main).toEqual([]);
    expect(await git.currentBranch({ fs, dir })).toBe('main');
  });

  it('adds to the base branch content when it has some', async () => {
    await run({ branch: 'seed', commitMessage: 'seed' });
    const dir = settings.repositoryPath;
    // Fast-forward main to the seed change, as a merge of the review would.
    await git.writeRef({
      fs,
      dir,
      ref: 'refs/heads/main',
      value: await git.resolveRef({ fs, dir, ref: 'seed' }),
      force: true,
    });
    const ctx = await run({
      branch: 'next',
      sourcePath: 'rendered/docs',
      targetPath: 'rendered/docs',
      commitMessage: 'next',
    });
    const files = await git.listFiles({ fs, dir, ref: outputs(ctx).commitSha });
    expect(files.sort()).toEqual([
      'catalog-info.yaml',
      'rendered/catalog-info.yaml',
      'rendered/docs/a.md',
    ]);
  });

  it('two concurrent publishes of different services leave both branches intact and the checked-out base branch untouched', async () => {
    // A checkout of main with a merged service and a local edit nobody
    // committed: a reviewer's or an operator's working tree.
    const dir = settings.repositoryPath;
    await run({
      branch: 'seed',
      sourcePath: 'rendered',
      targetPath: 'agents/seed',
      commitMessage: 'seed',
    });
    const seed = await git.resolveRef({ fs, dir, ref: 'seed' });
    await git.writeRef({
      fs,
      dir,
      ref: 'refs/heads/main',
      value: seed,
      force: true,
    });
    await git.checkout({ fs, dir, ref: 'main', force: true });
    fs.writeFileSync(join(dir, 'agents/seed/docs/a.md'), '# edited locally');
    const before = await git.statusMatrix({ fs, dir });
    const snapshot = () =>
      readDirectoryFiles(dir, '').then(files =>
        files.map(f => [f.path, f.content.toString('utf8')]),
      );
    const tree = await snapshot();

    root.addContent({
      workspace: {
        one: {
          'catalog-info.yaml': CATALOG_INFO.replace('travel-planner', 'one'),
          'a.md': 'one',
        },
        two: {
          'catalog-info.yaml': CATALOG_INFO.replace('travel-planner', 'two'),
          'b.md': 'two',
        },
      },
    });
    const [one, two] = await Promise.all(
      (['one', 'two'] as const).map(name =>
        run({
          branch: `register-agent/${name}`,
          sourcePath: name,
          targetPath: `agents/${name}`,
          commitMessage: name,
        }).then(outputs),
      ),
    );

    // Each branch: its own commit on main, holding main and its own files.
    for (const [out, name, file] of [
      [one, 'one', 'a.md'],
      [two, 'two', 'b.md'],
    ] as const) {
      expect(
        await git.resolveRef({ fs, dir, ref: `register-agent/${name}` }),
      ).toBe(out.commitSha);
      const { commit } = await git.readCommit({ fs, dir, oid: out.commitSha });
      expect(commit.parent).toEqual([seed]);
      expect(
        (await git.listFiles({ fs, dir, ref: out.commitSha })).sort(),
      ).toEqual(
        [
          `agents/${name}/${file}`,
          `agents/${name}/catalog-info.yaml`,
          'agents/seed/catalog-info.yaml',
          'agents/seed/docs/a.md',
        ].sort(),
      );
      expect(fs.readFileSync(out.catalogInfoPath, 'utf8')).toContain(
        `name: ${name}`,
      );
    }
    // main, HEAD, the index and the working tree as they were.
    expect(await git.resolveRef({ fs, dir, ref: 'main' })).toBe(seed);
    expect(await git.currentBranch({ fs, dir })).toBe('main');
    expect(await git.statusMatrix({ fs, dir })).toEqual(before);
    expect(await snapshot()).toEqual(tree);
  });

  it('of two concurrent publishes to the same branch, exactly one commits and the other is refused', async () => {
    const results = await Promise.allSettled([
      run(exampleInput(0)),
      run({ ...exampleInput(0), commitMessage: 'the other one' }),
    ]);
    const done = results.filter(
      <T>(r: PromiseSettledResult<T>): r is PromiseFulfilledResult<T> =>
        r.status === 'fulfilled',
    );
    const refused = results.filter(
      (r): r is PromiseRejectedResult => r.status === 'rejected',
    );
    expect(done).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect(refused[0].reason.message).toMatch(/already exists/);
    const sha = outputs(done[0].value).commitSha;
    expect(
      await git.resolveRef({
        fs,
        dir: settings.repositoryPath,
        ref: 'register-agent/travel-planner',
      }),
    ).toBe(sha);
  });

  it('writes nothing in a dry run', async () => {
    const ctx = await run(exampleInput(1), { isDryRun: true });
    expect(outputs(ctx)).toMatchObject({
      commitSha: 'dry-run',
      branch: 'register-agent/travel-planner',
    });
    expect(fs.existsSync(settings.repositoryPath)).toBe(false);
  });

  it.each([
    [{ branch: 'bad..name' }, /Branch name 'bad..name' is not valid/],
    [{ branch: 'with space' }, /is not valid/],
    [{ branch: 'x.lock' }, /is not valid/],
    [{ targetPath: '../escape' }, /must be relative, inside the repository/],
    [{ targetPath: '/etc' }, /must be relative/],
    [{ targetPath: 'a/.git/hooks' }, /outside .git/],
    [{ sourcePath: '../../' }, /outside/i],
  ])('rejects %o and writes nothing', async (patch, message) => {
    await expect(run({ ...exampleInput(0), ...patch })).rejects.toThrow(
      message,
    );
    expect(fs.existsSync(settings.repositoryPath)).toBe(false);
  });

  it('refuses a branch that exists, leaving it as it was', async () => {
    const first = outputs(await run(exampleInput(0))).commitSha;
    await expect(run(exampleInput(0))).rejects.toThrow(/already exists/);
    expect(
      await git.resolveRef({
        fs,
        dir: settings.repositoryPath,
        ref: 'register-agent/travel-planner',
      }),
    ).toBe(first);
  });

  it('refuses to create the repository unless configured to', async () => {
    settings.createRepository = false;
    await expect(run(exampleInput(0))).rejects.toThrow(
      /does not exist; create it \(git init\) or set aiPlatform.gitops.createRepository/,
    );
    expect(fs.existsSync(settings.repositoryPath)).toBe(false);
  });

  it('refuses to run without a configured repository', async () => {
    const ctx = createMockActionContext({
      input: exampleInput(0),
      workspacePath: workspace,
    });
    await expect(
      createGitPublishAction({
        settings: undefined,
        guard: createWriteGuard(mockServices.permissions()),
        aiPlatform: noInferenceServices,
      }).handler(ctx),
    ).rejects.toThrow(/set aiPlatform.gitops.localRepository/);
  });

  it('refuses an empty source', async () => {
    fs.mkdirSync(join(workspace, 'empty'));
    await expect(
      run({ ...exampleInput(0), sourcePath: 'empty' }),
    ).rejects.toThrow(/Nothing to publish/);
  });

  it('refuses a change holding an agent of a team the initiator may not register for, whatever step wrote it, and commits nothing', async () => {
    root.setContent({
      workspace: {
        'hand-written': {
          'catalog-info.yaml': yaml.stringify({
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Component',
            metadata: { name: 'b-planner' },
            spec: {
              type: 'ai-agent',
              lifecycle: 'production',
              owner: 'team-b',
            },
          }),
        },
      },
    });
    const permissions = mockServices.permissions.mock();
    permissions.authorize.mockResolvedValue([{ result: AuthorizeResult.DENY }]);
    await expect(
      run(
        {
          sourcePath: 'hand-written',
          branch: 'register-agent/b-planner',
          commitMessage: 'Register b-planner',
        },
        {},
        permissions,
      ),
    ).rejects.toThrow(
      'user:default/mock may not register an AI agent for group:default/team-b: the permission ai-platform.agent.register is not granted',
    );
    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        {
          permission: expect.objectContaining({
            name: 'ai-platform.agent.register',
          }),
          resourceRef: 'group:default/team-b',
        },
      ],
      expect.anything(),
    );
    expect(fs.existsSync(settings.repositoryPath)).toBe(false);
  });

  it('refuses a change with a YAML file it cannot read', async () => {
    root.setContent({
      workspace: { broken: { 'catalog-info.yaml': 'kind: [Component\n' } },
    });
    await expect(
      run({ sourcePath: 'broken', branch: 'b', commitMessage: 'c' }),
    ).rejects.toThrow(/catalog-info.yaml is not valid YAML/);
    expect(fs.existsSync(settings.repositoryPath)).toBe(false);
  });

  describe('with an inference service in the change', () => {
    const RENDER = yaml.parse(renderExamples[1].example).steps[0].input;
    const params: InferenceServiceParameters = {
      name: RENDER.name,
      namespace: RENDER.namespace,
      cluster: RENDER.cluster,
      owner: RENDER.owner,
      classification: RENDER.classification,
      replicas: RENDER.replicas,
      gpu: RENDER.gpu,
      model: { ...RENDER.model, ...RENDER.resolved },
      gitops: { branch: RENDER.gitopsBranch, path: RENDER.gitopsPath },
    };

    /** The backend, as a registry holding the example version, with the checks given. */
    const backend = (checks: GovernanceCheck[] = []) => {
      const asked: GovernanceRequest[] = [];
      const aiPlatform: AiPlatformService = {
        async resolveModelVersion(request) {
          return {
            registry: request.registry,
            repository: request.repository,
            packaging: 'modelpack',
            signed: true,
            sbom: true,
            llmReason: 'it has 24b parameters',
            ...RENDER.resolved,
          };
        },
        async checkInferenceService(request) {
          asked.push(request);
          return {
            allowed: checks.every(c => c.status !== 'fail'),
            checks,
            resolvedDigest: request.model.digest,
          };
        },
      };
      return { aiPlatform, asked };
    };

    const publish = (aiPlatform: AiPlatformService) =>
      run(
        {
          sourcePath: 'service',
          targetPath: 'inference-services/mistral-chat',
          branch: 'inference-service/mistral-chat',
          commitMessage: 'Serve mistral-chat',
        },
        {},
        mockServices.permissions(),
        aiPlatform,
      );

    const withFiles = (edit: (files: Record<string, string>) => void) => {
      const files = Object.fromEntries(
        renderInferenceService(params).files.map(f => [f.path, f.content]),
      );
      edit(files);
      root.setContent({ workspace: { service: files } });
    };

    it('re-runs the governance check with the rendered parameters and commits the unedited files', async () => {
      withFiles(() => {});
      const { aiPlatform, asked } = backend();
      const ctx = await publish(aiPlatform);
      expect(outputs(ctx).commitSha).toMatch(/^[0-9a-f]{40}$/);
      expect(asked).toEqual([
        expect.objectContaining({
          name: 'mistral-chat',
          replicas: RENDER.replicas,
          model: expect.objectContaining({ digest: RENDER.resolved.digest }),
        }),
      ]);
    });

    it('refuses what the governance check refuses now, and commits nothing', async () => {
      withFiles(() => {});
      const { aiPlatform } = backend([
        {
          id: 'gpu-quota',
          status: 'fail',
          message: 'eu-inference has 0 requests.nvidia.com/gpu left',
        },
      ]);
      await expect(publish(aiPlatform)).rejects.toThrow(
        /governance check failed\n- gpu-quota: eu-inference has 0/,
      );
      expect(fs.existsSync(settings.repositoryPath)).toBe(false);
    });

    it('refuses manifests edited after rendering (10,000 replicas), and commits nothing', async () => {
      withFiles(files => {
        const workload = yaml.parse(files['manifests/inference-service.yaml']);
        workload.spec.replicas = 10_000;
        files['manifests/inference-service.yaml'] = yaml.stringify(workload);
      });
      await expect(publish(backend().aiPlatform)).rejects.toThrow(
        'inference-services/mistral-chat/manifests/inference-service.yaml is not what ai-platform:inference-service:render writes for inference-services/mistral-chat/ai-platform-service.yaml (edited after rendering)',
      );
      expect(fs.existsSync(settings.repositoryPath)).toBe(false);
    });

    it('refuses a KServe object that no parameters file stands for, and commits nothing', async () => {
      withFiles(files => {
        files['extra/inference-service.yaml'] =
          files['manifests/inference-service.yaml'];
      });
      await expect(publish(backend().aiPlatform)).rejects.toThrow(
        /extra\/inference-service.yaml holds an inference service that ai-platform:inference-service:render did not write/,
      );
      expect(fs.existsSync(settings.repositoryPath)).toBe(false);
    });
  });
});
