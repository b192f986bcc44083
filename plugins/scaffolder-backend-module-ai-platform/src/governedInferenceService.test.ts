import fs from 'node:fs';
import { join } from 'node:path';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { actionsServiceMock } from '@backstage/backend-test-utils/alpha';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { actionsServiceRef } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import scaffolderGithubModule from '@backstage/plugin-scaffolder-backend-module-github';
import git from 'isomorphic-git';
import request from 'supertest';
import yaml from 'yaml';
import { ensureRepository } from './gitops/localRepository';
import { scaffolderModuleAiPlatform } from './module';

const readTemplate = (name: string) =>
  yaml.parse(
    fs.readFileSync(
      join(__dirname, `../../../templates/${name}/template.yaml`),
      'utf8',
    ),
  );
const TEMPLATE = readTemplate('governed-inference-service');
const PROMOTE_TEMPLATE = readTemplate('promote-model-version');
const ROLLBACK_DIGEST = `sha256:${'6'.repeat(64)}`;
const DIGEST = `sha256:${'5'.repeat(64)}`;
const REFERENCE = `oci://registry.fra.eu-sovereign.example/models/mistral-small-3.2-24b-instruct@${DIGEST}`;

/** What a platform engineer fills in: Mistral Small 3.2 on one H100 in Frankfurt. */
const values = {
  name: 'mistral-chat',
  title: 'Mistral chat',
  owner: 'group:default/eu-inference',
  classification: 'confidential',
  model: {
    registry: 'fra-sovereign',
    repository: 'models/mistral-small-3.2-24b-instruct',
    tag: '3.2.0',
  },
  cluster: 'eu-sovereign-fra',
  namespace: 'eu-inference',
  gpu: { gpuProduct: 'NVIDIA-H100-80GB-HBM3', gpus: 1 },
  replicas: 1,
};

/**
 * The AI Platform backend's registered actions, as the actions service
 * answers them: the rules themselves are tested in ai-platform-backend;
 * here they answer as they do for the seeded demo data.
 */
function registeredActions() {
  return actionsServiceMock.mock({
    list: jest.fn().mockResolvedValue({ actions: [] }),
    invoke: jest.fn(async ({ id, input }: { id: string; input?: any }) => {
      if (id === 'ai-platform:resolve-model-version') {
        if (input.repository !== values.model.repository) {
          throw new InputError(
            `The model fra-sovereign/${input.repository} could not be read: Registry 'fra-sovereign' has no model repository '${input.repository}'. Choose a model from the Models page`,
          );
        }
        if (input.tag === '3.1.0') {
          return {
            output: {
              registry: input.registry,
              repository: input.repository,
              tag: '3.1.0',
              digest: ROLLBACK_DIGEST,
              reference: REFERENCE.replace(DIGEST, ROLLBACK_DIGEST),
              entityRef: 'resource:default/mistral-small-3.2-24b-instruct',
              packaging: 'modelpack',
              signed: true,
              sbom: true,
              llm: true,
              llmReason: 'it has 24b parameters in safetensors (transformer)',
              format: 'safetensors',
            },
          };
        }
        if (input.tag !== '3.2.0') {
          throw new InputError(
            `The tag '${input.tag}' of fra-sovereign/${input.repository} does not resolve to a model version. Choose one of its versions: 3.2.0, 3.1.0`,
          );
        }
        return {
          output: {
            registry: input.registry,
            repository: input.repository,
            tag: '3.2.0',
            digest: DIGEST,
            reference: REFERENCE,
            entityRef: 'resource:default/mistral-small-3.2-24b-instruct',
            packaging: 'modelpack',
            signed: true,
            sbom: true,
            llm: true,
            llmReason: 'it has 24b parameters in safetensors (transformer)',
            format: 'safetensors',
          },
        };
      }
      if (id === 'ai-platform:check-inference-service') {
        const asked = input.gpus * input.replicas;
        const quota =
          asked > 4
            ? {
                id: 'gpu-quota',
                status: 'fail',
                message: `eu-inference on eu-sovereign-fra has 4 requests.nvidia.com/gpu left (16 of 20 used); ${asked} asked (${input.replicas} x ${input.gpus})`,
                fix: 'Ask for at most 4 GPUs in all',
              }
            : { id: 'gpu-quota', status: 'pass', message: 'within quota' };
        return {
          output: {
            allowed: quota.status === 'pass',
            resolvedDigest: input.model.digest,
            checks: [quota],
          },
        };
      }
      throw new Error(`unexpected action ${id}`);
    }),
  });
}

describe('the Governed inference service template', () => {
  const dir = createMockDirectory();
  const repositoryPath = () => dir.resolve('gitops');
  /** The proposal of the service's branch: the default, beside the repository. */
  const proposal = () =>
    dir.resolve('gitops-proposals/inference-service%2Fmistral-chat');

  async function start(entities: any[] = []) {
    const actions = registeredActions();
    const catalog = catalogServiceMock({
      entities: [
        ...[TEMPLATE, PROMOTE_TEMPLATE].map(t => ({
          ...t,
          metadata: { ...t.metadata, namespace: 'default' },
        })),
        ...entities,
      ],
    });
    jest.spyOn(catalog, 'refreshEntity').mockResolvedValue();
    // The in-memory catalog mock keeps no locations: a new file location.
    jest.spyOn(catalog, 'getLocationByRef').mockResolvedValue(undefined);
    const addLocation = jest
      .spyOn(catalog, 'addLocation')
      .mockResolvedValue({ location: {} as any, entities: [] });
    const { server } = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderGithubModule,
        scaffolderModuleAiPlatform,
        createServiceFactory({
          service: catalogServiceRef,
          deps: {},
          factory: () => catalog,
        }),
        mockServices.rootConfig.factory({
          data: {
            aiPlatform: { gitops: { localRepository: repositoryPath() } },
            // The pull-request step builds its client (no request is made in a dry run).
            integrations: { github: [{ host: 'github.com', token: 'test' }] },
          },
        }),
        createServiceFactory({
          service: actionsServiceRef,
          deps: {},
          factory: () => actions,
        }),
      ],
    });
    return { server, actions, addLocation };
  }

  /** Every branch of the GitOps repository with the commit it points to. */
  async function branches() {
    const repo = repositoryPath();
    const names = await git.listBranches({ fs, dir: repo });
    return Object.fromEntries(
      await Promise.all(
        names.map(async b => [
          b,
          await git.resolveRef({ fs, dir: repo, ref: b }),
        ]),
      ),
    );
  }

  beforeEach(async () => {
    dir.clear();
    await ensureRepository({
      dir: repositoryPath(),
      baseBranch: 'main',
      create: true,
      author: { name: 'test', email: 'test@example.invalid' },
    });
  });

  describe('in a dry run', () => {
    async function dryRun(overrides: object = {}) {
      const { server, actions } = await start();
      const res = await request(server)
        .post('/api/scaffolder/v2/dry-run')
        .set('Authorization', mockCredentials.user.header())
        .send({
          template: TEMPLATE,
          values: { ...values, ...overrides },
          secrets: {},
          directoryContents: [],
        });
      return { res, actions };
    }

    it('pins the model, checks it, and shows the rendered files with the digest pinned', async () => {
      const before = await branches();
      const { res, actions } = await dryRun();
      expect(res.status).toBe(200);
      const failed = res.body.log
        .map((l: any) => l.body)
        .filter((b: any) => b.status === 'failed');
      expect(failed).toEqual([]);
      const file = (path: string) =>
        yaml.parse(
          Buffer.from(
            res.body.directoryContents.find((f: any) => f.path === path)
              .base64Content,
            'base64',
          ).toString('utf8'),
        );
      expect(res.body.directoryContents.map((f: any) => f.path).sort()).toEqual(
        [
          'service/ai-platform-service.yaml',
          'service/catalog-info.yaml',
          'service/manifests/inference-service.yaml',
          'service/manifests/kyverno-policy.yaml',
          'service/manifests/network-policy.yaml',
        ],
      );
      const llm = file('service/manifests/inference-service.yaml');
      expect(llm.kind).toBe('LLMInferenceService');
      expect(llm.spec.model.uri).toBe(REFERENCE);
      expect(llm.spec.template.containers[0].resources.limits).toEqual({
        'nvidia.com/gpu': '1',
      });
      expect(file('service/catalog-info.yaml').spec.dependsOn).toEqual([
        'resource:default/mistral-small-3.2-24b-instruct',
        'resource:default/eu-sovereign-fra',
      ]);
      // The governance check was asked about the pinned digest.
      expect(actions.invoke).toHaveBeenCalledWith(
        expect.objectContaining({
          id: 'ai-platform:check-inference-service',
          input: expect.objectContaining({
            model: {
              registry: 'fra-sovereign',
              repository: 'models/mistral-small-3.2-24b-instruct',
              digest: DIGEST,
            },
            gpus: 1,
            replicas: 1,
            team: 'group:default/eu-inference',
          }),
        }),
      );
      expect(res.body.output.links[0]).toEqual({
        title: 'Open the service in the catalog',
        icon: 'catalog',
        entityRef: 'component:default/mistral-chat',
      });
      expect(res.body.output.text[0].content).toContain(
        `: commit **dry-run** on branch \`inference-service/mistral-chat\` of the GitOps repository \`${repositoryPath()}\``,
      );
      expect(await branches()).toEqual(before);
    });

    it('opens a GitHub pull request instead of the local commit when a repository is given', async () => {
      const before = await branches();
      const { res } = await dryRun({
        pullRequestRepoUrl: 'github.com?owner=example-org&repo=gitops',
      });
      expect(res.status).toBe(200);
      const steps = res.body.log
        .map((l: any) => l.body)
        .filter((b: any) => b.stepId && b.status);
      const status = (id: string) =>
        steps.filter((b: any) => b.stepId === id).map((b: any) => b.status);
      for (const id of ['publish', 'register']) {
        expect(status(id)).toContain('skipped');
        expect(status(id)).not.toContain('completed');
      }
      expect(status('pull-request')).toContain('completed');
      expect(res.body.output.links).toContainEqual({
        title: 'Open the pull request',
        icon: 'github',
        url: 'github.com?owner=example-org&repo=gitops',
      });
      expect(res.body.output.text[0].content).toContain(
        'pull request github.com?owner=example-org&repo=gitops from branch `inference-service/mistral-chat`',
      );
      expect(await branches()).toEqual(before);
    });
  });

  describe('as a real task', () => {
    async function run(
      overrides: object = {},
      options: { template?: string; entities?: any[]; values?: object } = {},
    ) {
      const { server, addLocation } = await start(options.entities);
      const created = await request(server)
        .post('/api/scaffolder/v2/tasks')
        .set('Authorization', mockCredentials.user.header())
        .send({
          templateRef: `template:default/${
            options.template ?? 'governed-inference-service'
          }`,
          values: options.values ?? { ...values, ...overrides },
        });
      if (created.status !== 201) {
        return { created, addLocation };
      }
      let task: any;
      for (let i = 0; i < 300; i++) {
        task = (
          await request(server)
            .get(`/api/scaffolder/v2/tasks/${created.body.id}`)
            .set('Authorization', mockCredentials.user.header())
        ).body;
        if (task.status === 'completed' || task.status === 'failed') break;
        await new Promise(r => setTimeout(r, 100));
      }
      const events = (
        await request(server)
          .get(`/api/scaffolder/v2/tasks/${created.body.id}/events`)
          .set('Authorization', mockCredentials.user.header())
      ).body;
      const messages = events.map((e: any) => e.body.message).join('\n');
      return { created, task, messages, addLocation };
    }

    it('commits the manifests on a new branch and registers the entity', async () => {
      const before = await branches();
      const { task, messages, addLocation } = await run();
      expect(messages).not.toMatch(/error/i);
      expect(task.status).toBe('completed');
      const after = await branches();
      expect(after.main).toBe(before.main);
      const sha = after['inference-service/mistral-chat'];
      expect(sha).toMatch(/^[0-9a-f]{40}$/);
      const { blob } = await git.readBlob({
        fs,
        dir: repositoryPath(),
        oid: sha,
        filepath:
          'inference-services/mistral-chat/manifests/inference-service.yaml',
      });
      expect(
        yaml.parse(Buffer.from(blob).toString('utf8')).spec.model.uri,
      ).toBe(REFERENCE);
      // Registered from the branch's proposal; the repository's working
      // tree (the base branch's checkout) gets nothing.
      expect(addLocation).toHaveBeenCalledWith(
        {
          type: 'file',
          target: join(
            proposal(),
            'inference-services/mistral-chat/catalog-info.yaml',
          ),
        },
        expect.anything(),
      );
      expect(fs.readdirSync(repositoryPath())).toEqual(['.git']);
    });

    it.each([
      [
        'an unknown model',
        {
          model: {
            registry: 'fra-sovereign',
            repository: 'models/nope',
            tag: '1.0',
          },
        },
        "Registry 'fra-sovereign' has no model repository 'models/nope'",
      ],
      [
        'a tag that does not resolve',
        { model: { ...values.model, tag: '9.9.9' } },
        "The tag '9.9.9' of fra-sovereign/models/mistral-small-3.2-24b-instruct does not resolve to a model version. Choose one of its versions: 3.2.0, 3.1.0",
      ],
      [
        'more GPUs than the quota has left',
        { gpu: { gpuProduct: 'NVIDIA-H100-80GB-HBM3', gpus: 4 }, replicas: 2 },
        '- gpu-quota: eu-inference on eu-sovereign-fra has 4 requests.nvidia.com/gpu left (16 of 20 used); 8 asked (2 x 4) Fix: Ask for at most 4 GPUs in all',
      ],
    ])(
      'fails on %s with a clear message, commits nothing and registers nothing',
      async (_what, overrides, message) => {
        const before = await branches();
        const { task, messages, addLocation } = await run(overrides);
        expect(task.status).toBe('failed');
        expect(messages).toContain(message);
        expect(await branches()).toEqual(before);
        expect(addLocation).not.toHaveBeenCalled();
      },
    );

    it('then rolls it back with the Promote or roll back template: a new commit from its branch that changes the digest', async () => {
      await run();
      const service = yaml.parse(
        fs.readFileSync(
          join(proposal(), 'inference-services/mistral-chat/catalog-info.yaml'),
          'utf8',
        ),
      );
      const before = await branches();
      const { task, messages } = await run(
        {},
        {
          template: 'promote-model-version',
          entities: [service],
          values: {
            service: 'component:default/mistral-chat',
            model: { ...values.model, tag: '3.1.0' },
          },
        },
      );
      expect(messages).not.toMatch(/error/i);
      expect(task.status).toBe('completed');
      const after = await branches();
      const branch = `promote/mistral-chat/3.1.0-${'6'.repeat(12)}`;
      expect(Object.keys(after).sort()).toEqual(
        [...Object.keys(before), branch].sort(),
      );
      const { commit } = await git.readCommit({
        fs,
        dir: repositoryPath(),
        oid: after[branch],
      });
      expect(commit.parent).toEqual([before['inference-service/mistral-chat']]);
      const { blob } = await git.readBlob({
        fs,
        dir: repositoryPath(),
        oid: after[branch],
        filepath:
          'inference-services/mistral-chat/manifests/inference-service.yaml',
      });
      expect(
        yaml.parse(Buffer.from(blob).toString('utf8')).spec.model.uri,
      ).toBe(REFERENCE.replace(DIGEST, ROLLBACK_DIGEST));
    });

    it('refuses an invalid name before any step runs, and commits nothing', async () => {
      const before = await branches();
      const { created, addLocation } = await run({ name: 'Mistral_Chat' });
      expect(created.status).toBe(400);
      expect(JSON.stringify(created.body)).toContain('name');
      expect(await branches()).toEqual(before);
      expect(addLocation).not.toHaveBeenCalled();
    });
  });
});
