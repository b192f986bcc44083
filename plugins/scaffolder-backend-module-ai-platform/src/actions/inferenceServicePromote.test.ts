import { createWriteGuard } from '../permissions/writeGuard';
import {
  createAiPlatformService,
  proposalDirectory,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import fs from 'node:fs';
import { join } from 'node:path';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { actionsServiceMock } from '@backstage/backend-test-utils/alpha';
import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import git from 'isomorphic-git';
import yaml from 'yaml';
import type { GitopsSettings } from '../gitops/config';
import { commitOnNewBranch, ensureRepository } from '../gitops/localRepository';
import { renderInferenceService } from '../inferenceServices/manifests';
import { createInferenceServicePromoteAction } from './inferenceServicePromote';
import { examples } from './inferenceServicePromote.examples';

const root = createMockDirectory();
const digestOf = (c: string) => `sha256:${c.repeat(64)}`;
/** The registry as the resolve action sees it: tag to digest. */
const TAGS: Record<string, string> = {
  '3.2.0': digestOf('a'),
  '3.1.0': digestOf('b'),
};
const REPO = 'models/mistral-small-3.2-24b-instruct';
const reference = (digest: string) =>
  `oci://registry.fra.eu-sovereign.example/${REPO}@${digest}`;
const INPUT = yaml.parse(examples[1].example).steps[0].input;
const SERVICE_BRANCH = 'inference-service/mistral-chat';
const PATH = 'inference-services/mistral-chat';

/** The service as the Governed inference service template left it: 3.2.0. */
const created = renderInferenceService({
  name: 'mistral-chat',
  namespace: 'eu-inference',
  cluster: 'eu-sovereign-fra',
  owner: 'group:default/eu-inference',
  classification: 'confidential',
  replicas: 2,
  gpu: { gpuProduct: 'NVIDIA-H100-80GB-HBM3', gpus: 1 },
  model: {
    registry: 'fra-sovereign',
    repository: REPO,
    tag: '3.2.0',
    digest: TAGS['3.2.0'],
    reference: reference(TAGS['3.2.0']),
    entityRef: 'resource:default/mistral-small-3.2-24b-instruct',
    llm: true,
    format: 'safetensors',
  },
  gitops: { branch: SERVICE_BRANCH, path: PATH },
});

describe('ai-platform:inference-service:promote', () => {
  let settings: GitopsSettings;
  const author = { name: 'test', email: 'test@example.invalid' };

  beforeEach(async () => {
    root.clear();
    settings = {
      repositoryPath: root.resolve('gitops'),
      createRepository: true,
      baseBranch: 'main',
      proposalsPath: root.resolve('proposals'),
    };
    await ensureRepository({
      dir: settings.repositoryPath,
      baseBranch: 'main',
      create: true,
      author,
    });
    await commitOnNewBranch({
      dir: settings.repositoryPath,
      baseBranch: 'main',
      branch: SERVICE_BRANCH,
      files: created.files.map(f => ({
        path: `${PATH}/${f.path}`,
        content: Buffer.from(f.content),
      })),
      message: 'Serve mistral-chat',
      author,
    });
  });

  function setup(
    options: {
      allowed?: boolean;
      entity?: Entity;
      isDryRun?: boolean;
    } = {},
  ) {
    const actions = actionsServiceMock.mock({
      invoke: jest.fn(async ({ id, input }: { id: string; input?: any }) => {
        if (id === 'ai-platform:resolve-model-version') {
          const digest = TAGS[input.tag];
          if (!digest) {
            throw new InputError(`The tag '${input.tag}' does not resolve`);
          }
          return {
            output: {
              registry: input.registry,
              repository: input.repository,
              tag: input.tag,
              digest,
              reference: reference(digest),
              entityRef: 'resource:default/mistral-small-3.2-24b-instruct',
              // The whole answer of resolve-model-version (the contract).
              packaging: 'modelpack',
              signed: input.tag !== '3.1.0',
              sbom: true,
              llm: true,
              llmReason: 'it has 24b parameters in safetensors (transformer)',
              format: 'safetensors',
            },
          };
        }
        return {
          output:
            options.allowed === false
              ? {
                  allowed: false,
                  checks: [
                    {
                      id: 'model-signature',
                      status: 'fail',
                      message: '3.1.0 has no signature',
                      fix: 'Choose a signed version',
                    },
                  ],
                }
              : { allowed: true, checks: [] },
        };
      }),
    });
    const catalog = catalogServiceMock({
      entities: [options.entity ?? created.entity],
    });
    jest.spyOn(catalog, 'refreshEntity').mockResolvedValue();
    const run = (input: object = INPUT) => {
      const ctx = {
        ...createMockActionContext({ input: input as any }),
        ...(options.isDryRun ? { isDryRun: true } : {}),
      };
      return createInferenceServicePromoteAction({
        aiPlatform: createAiPlatformService(actions),
        catalog,
        settings,
        guard: createWriteGuard(mockServices.permissions()),
      })
        .handler(ctx)
        .then(() => Object.fromEntries((ctx.output as jest.Mock).mock.calls));
    };
    return { actions, catalog, run };
  }

  const dir = () => settings.repositoryPath;
  const branches = () => git.listBranches({ fs, dir: dir() });
  const read = async (oid: string, filepath: string) =>
    Buffer.from(
      (await git.readBlob({ fs, dir: dir(), oid, filepath })).blob,
    ).toString('utf8');

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'runs the example: %s',
    async (_description, index) => {
      const input = yaml.parse(examples[index].example).steps[0].input;
      for (const key of Object.keys(input)) {
        expect(['entityRef', 'model', 'branch']).toContain(key);
      }
      const { run } = setup();
      const out = await run();
      expect(out).toEqual({
        entityRef: 'component:default/mistral-chat',
        previousDigest: TAGS['3.2.0'],
        digest: TAGS['3.1.0'],
        reference: reference(TAGS['3.1.0']),
        baseBranch: SERVICE_BRANCH,
        branch: 'rollback/mistral-chat-3.1.0',
        commitSha: expect.stringMatching(/^[0-9a-f]{40}$/),
        repositoryPath: dir(),
      });
    },
  );

  it("commits a new commit on a new branch from the service's branch whose diff changes the digest, with the same parameters", async () => {
    const { run, actions, catalog } = setup();
    const base = await git.resolveRef({ fs, dir: dir(), ref: SERVICE_BRANCH });
    const out = await run({ ...INPUT, branch: undefined });
    expect(out.branch).toBe(`promote/mistral-chat/3.1.0-${'b'.repeat(12)}`);
    const { commit } = await git.readCommit({
      fs,
      dir: dir(),
      oid: out.commitSha,
    });
    expect(commit.parent).toEqual([base]);
    // The service branch itself is untouched: the change is reviewable.
    expect(await git.resolveRef({ fs, dir: dir(), ref: SERVICE_BRANCH })).toBe(
      base,
    );
    const manifest = `${PATH}/manifests/inference-service.yaml`;
    const before = yaml.parse(await read(base, manifest));
    const after = yaml.parse(await read(out.commitSha, manifest));
    expect(before.spec.model.uri).toBe(reference(TAGS['3.2.0']));
    expect(after.spec.model.uri).toBe(reference(TAGS['3.1.0']));
    // Apart from the model, the manifest is the same: same GPUs, replicas.
    expect({ ...after, spec: { ...after.spec, model: undefined } }).toEqual({
      ...before,
      spec: { ...before.spec, model: undefined },
    });
    const changed = [];
    for (const f of created.files) {
      const path = `${PATH}/${f.path}`;
      if ((await read(base, path)) !== (await read(out.commitSha, path))) {
        changed.push(f.path);
      }
    }
    expect(changed.sort()).toEqual([
      'ai-platform-service.yaml',
      'catalog-info.yaml',
      'manifests/inference-service.yaml',
    ]);
    // The governance check got the service's own parameters and the new digest.
    expect(actions.invoke).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'ai-platform:check-inference-service',
        input: {
          name: 'mistral-chat',
          namespace: 'eu-inference',
          cluster: 'eu-sovereign-fra',
          model: {
            registry: 'fra-sovereign',
            repository: REPO,
            digest: TAGS['3.1.0'],
          },
          gpus: 1,
          gpuProduct: 'NVIDIA-H100-80GB-HBM3',
          replicas: 2,
          classification: 'confidential',
          team: 'group:default/eu-inference',
        },
      }),
    );
    // Nothing live changes before review: the catalog entity is not
    // refreshed, the service's branch keeps its commit, and the proposal of
    // the new branch holds the new catalog file.
    expect(catalog.refreshEntity).not.toHaveBeenCalled();
    expect(await git.resolveRef({ fs, dir: dir(), ref: SERVICE_BRANCH })).toBe(
      base,
    );
    expect(
      fs.readFileSync(
        join(
          proposalDirectory(settings, out.branch),
          PATH,
          'catalog-info.yaml',
        ),
        'utf8',
      ),
    ).toBe(await read(out.commitSha, `${PATH}/catalog-info.yaml`));
  });

  it('refuses a version with the digest the service already runs, and commits nothing', async () => {
    const { run } = setup();
    const before = await branches();
    const error = await run({
      ...INPUT,
      model: { ...INPUT.model, tag: '3.2.0' },
    }).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toBe(
      `component:default/mistral-chat already runs ${REPO}@${TAGS['3.2.0']} (tag 3.2.0); nothing to promote. Choose another version`,
    );
    expect(await branches()).toEqual(before);
  });

  it('refuses when the governance check fails, with every failure, and commits nothing', async () => {
    const { run } = setup({ allowed: false });
    const before = await branches();
    const error = await run().catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toContain(
      '- model-signature: 3.1.0 has no signature Fix: Choose a signed version',
    );
    expect(await branches()).toEqual(before);
  });

  it('refuses another model: a promotion stays within the repository', async () => {
    const { run, actions } = setup();
    const error = await run({
      ...INPUT,
      model: { ...INPUT.model, repository: 'models/phi-4-mini-instruct' },
    }).catch(e => e);
    expect(error.message).toMatch(/serves fra-sovereign\/models\/mistral/);
    expect(actions.invoke).not.toHaveBeenCalled();
  });

  it('refuses a component the template did not make, saying how to make one', async () => {
    const { run } = setup({
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'mistral-chat' },
        spec: { type: 'service', owner: 'x', lifecycle: 'production' },
      },
    });
    const error = await run().catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toContain(
      'is not an inference service made by the Governed inference service template',
    );
  });

  it('plans the change in a dry run without committing', async () => {
    const { run } = setup({ isDryRun: true });
    const before = await branches();
    const out = await run();
    expect(out.commitSha).toBe('dry-run');
    expect(await branches()).toEqual(before);
  });
});
