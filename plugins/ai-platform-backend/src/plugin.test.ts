import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  clusterSourceServiceRef,
  modelSourceServiceRef,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { JsonObject } from '@backstage/types';
import request from 'supertest';
import { agentRegistryServiceFactory } from './agents/serviceFactory';
import { aiPlatformPlugin } from './plugin';
import {
  exampleCluster,
  staticClusterSource,
} from './__testUtils__/clusterViews';
import {
  modelService,
  seededLayout,
  seededRegistryConfig,
} from './__testUtils__/models';

const clusterViews = staticClusterSource([
  exampleCluster('eu-sovereign-fra'),
  exampleCluster('eu-hyperscaler-par'),
  exampleCluster('us-east-virginia', {
    state: 'stale',
    staleSince: '2026-07-15T09:05:00Z',
    error: 'connect ECONNREFUSED 127.0.0.1:6445',
  }),
]);

const demoClusters = createServiceFactory({
  service: clusterSourceServiceRef,
  deps: {},
  factory: () => clusterViews,
});

const EVENTS = { token: 'registry-events-token-0123' };

// The seeded demo models, read from an image layout (no registry server needed).
let layout: Awaited<ReturnType<typeof seededLayout>>;
beforeAll(async () => {
  layout = await seededLayout();
});
afterAll(() => layout.remove());

const demoModels = createServiceFactory({
  service: modelSourceServiceRef,
  deps: {},
  factory: () =>
    modelService({ layout: layout.layout }, clusterViews, { events: EVENTS }),
});

async function start(
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  const actions = actionsRegistryServiceMock();
  const { server } = await startTestBackend({
    features: [
      aiPlatformPlugin,
      demoClusters,
      demoModels,
      agentRegistryServiceFactory,
      // The entities the action examples name.
      catalogServiceMock.factory({
        entities: [
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Group',
            metadata: { name: 'eu-inference', namespace: 'default' },
            spec: { type: 'team', children: [] },
          },
          {
            apiVersion: 'backstage.io/v1alpha1',
            kind: 'Resource',
            metadata: {
              name: 'eu-sovereign-fra',
              namespace: 'default',
              labels: {
                'ai-platform.io/jurisdiction': 'DE',
                'ai-platform.io/non-eu-law-exposure': 'none',
              },
            },
            spec: {
              type: 'kubernetes-cluster',
              owner: 'group:default/eu-inference',
            },
          },
        ],
      }),
      mockServices.rootConfig.factory({
        data: seededRegistryConfig(
          { layout: layout.layout },
          { events: EVENTS },
        ),
      }),
      mockServices.permissions.factory({ result }),
      createServiceFactory({
        service: actionsRegistryServiceMock.factory().service,
        deps: {},
        factory: () => actions,
      }),
    ],
  });
  return { server, actions };
}

describe('ai-platform backend: GPU routes and actions', () => {
  it('serves the GPU overview, with a stale cluster kept and marked', async () => {
    const { server } = await start();
    const res = await request(server).get('/api/ai-platform/gpu/overview');
    expect(res.status).toBe(200);
    const us = res.body.clusters.find(
      (c: { cluster: string }) => c.cluster === 'us-east-virginia',
    );
    expect(us.health).toMatchObject({
      state: 'stale',
      staleSince: '2026-07-15T09:05:00Z',
    });
    expect(us.totals.wholeGpus.allocatable).toBe(20);
    expect(res.body.totals.physicalGpus).toBe(68);
  });

  it('answers the capacity finder and rejects a bad request with a 400 that says why', async () => {
    const { server } = await start();
    const ok = await request(server)
      .get('/api/ai-platform/gpu/capacity')
      .query({ gpus: 2, jurisdiction: 'EU' });
    expect(ok.status).toBe(200);
    expect(ok.body.candidates[0].cluster).toBe('eu-sovereign-fra');
    const bad = await request(server)
      .get('/api/ai-platform/gpu/capacity')
      .query({ gpus: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/gpus/);
    const missing = await request(server).get('/api/ai-platform/gpu/workloads');
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/labelSelector/);
  });

  it('refuses GPU data and the clusters to a caller without their read permissions', async () => {
    const { server } = await start(AuthorizeResult.DENY);
    const res = await request(server).get(
      '/api/ai-platform/gpu/teams/eu-inference',
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('ai-platform.gpu.read');
    for (const path of ['/clusters', '/clusters/eu-sovereign-fra']) {
      const clusters = await request(server).get(`/api/ai-platform${path}`);
      expect(clusters.status).toBe(403);
      expect(clusters.body.error.message).toContain(
        'ai-platform.clusters.read',
      );
    }
  });

  it('judges every cluster for a classification, stale ones too, with the reason of each refusal', async () => {
    const { server } = await start();
    const res = await request(server)
      .get('/api/ai-platform/sovereignty/clusters')
      .query({ classification: 'confidential' });
    expect(res.status).toBe(200);
    expect(res.body.classification).toBe('confidential');
    const byName = Object.fromEntries(
      res.body.items.map((i: { cluster: string }) => [i.cluster, i]),
    );
    expect(Object.keys(byName).sort()).toEqual([
      'eu-hyperscaler-par',
      'eu-sovereign-fra',
      'us-east-virginia',
    ]);
    expect(byName['eu-sovereign-fra'].status).toBe('compliant');
    const us = byName['us-east-virginia'];
    expect(us.status).toBe('violation');
    expect(us.health.state).toBe('stale');
    expect(
      us.findings.find((f: { status: string }) => f.status === 'violation')
        .message,
    ).toMatch(/jurisdiction/i);
    const missing = await request(server).get(
      '/api/ai-platform/sovereignty/clusters',
    );
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/classification/);
  });

  it('serves its OpenAPI document', async () => {
    const { server } = await start();
    const res = await request(server).get('/api/ai-platform/openapi.json');
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.paths)).toContain(
      '/api/ai-platform/gpu/capacity',
    );
  });

  it('registers the GPU and agent actions, and each example runs', async () => {
    const { actions } = await start();
    const listed = await actions.list();
    expect(listed.actions.map(a => a.name).sort()).toEqual([
      'check-inference-service',
      'check-placement',
      'compare-model-versions',
      'export-gpu-cost-csv',
      'find-deployments-by-digest',
      'find-gpu-capacity',
      'get-ai-agent',
      'get-cluster-conformance',
      'get-conformance-matrix',
      'get-conformance-self-assessment',
      'get-conformance-trend',
      'get-cra-readiness',
      'get-entity-gpu-cost',
      'get-entity-sovereignty',
      'get-gpu-cost',
      'get-gpu-overview',
      'get-gpu-workloads',
      'get-inference-routing',
      'get-model-version',
      'get-sovereignty-report',
      'get-team-gpu-quota',
      'get-workload-model-version',
      'list-ai-agents',
      'list-allowed-clusters',
      'list-clusters',
      'list-inference-services',
      'list-mcp-servers',
      'list-model-versions',
      'list-models',
      'resolve-model-version',
      'where-is-model-version-deployed',
    ]);
    for (const [name, action] of actions.actions) {
      for (const example of action.examples ?? []) {
        const { output } = await actions
          .invoke({
            id: name,
            input: example.input,
            credentials: mockCredentials.user(),
          })
          .catch(e => {
            throw new Error(`${name}, example '${example.title}': ${e}`);
          });
        expect(output).toBeDefined();
      }
    }
    const { output } = (await actions.invoke({
      id: 'test:find-gpu-capacity',
      input: { gpus: 4, jurisdiction: 'EU', team: 'eu-inference' },
    })) as { output: any };
    expect(output.excluded).toContainEqual(
      expect.objectContaining({
        cluster: 'us-east-virginia',
        reason: 'stale',
      }),
    );
  });
});

describe('ai-platform backend: governance action', () => {
  type Actions = Awaited<ReturnType<typeof start>>['actions'];
  const ID = 'test:check-inference-service';
  const invoke = async (actions: Actions, input: unknown) =>
    (
      (await actions.invoke({
        id: ID,
        input: input as JsonObject,
        credentials: mockCredentials.user(),
      })) as { output: any }
    ).output;

  it('answers each example: the good one allowed with the digest, the others refused with fixes', async () => {
    const { actions } = await start();
    const outputs = [];
    for (const example of actions.actions.get(ID)!.examples ?? []) {
      outputs.push(await invoke(actions, example.input));
    }
    const [good, us, quota] = outputs;
    expect(good.allowed).toBe(true);
    expect(good.resolvedDigest).toMatch(/^sha256:/);
    expect(us.allowed).toBe(false);
    expect(us.checks).toContainEqual(
      expect.objectContaining({
        id: 'sovereignty',
        status: 'fail',
        fix: expect.any(String),
      }),
    );
    expect(quota.checks).toContainEqual(
      expect.objectContaining({
        id: 'gpu-quota',
        status: 'fail',
        message: expect.stringContaining('4 requests.nvidia.com/gpu left'),
      }),
    );
  });

  it('applies the default policy of at most 4 replicas, and reports conformance as not evaluated', async () => {
    const { actions } = await start();
    const good = actions.actions.get(ID)!.examples![0].input;
    const output = await invoke(actions, { ...good, replicas: 5 });
    expect(output.checks).toContainEqual({
      id: 'replicas',
      status: 'fail',
      message: '5 replicas asked; the policy allows at most 4',
      fix: expect.stringContaining('at most 4 replicas'),
    });
    expect(
      output.checks.find((c: { id: string }) => c.id === 'cluster-conformance')
        .status,
    ).toBe('not-evaluated');
  });
});

describe('ai-platform backend: resolve-model-version', () => {
  const ID = 'test:resolve-model-version';
  const resolve = async (input: JsonObject) => {
    const { actions } = await start();
    return actions.invoke({
      id: ID,
      input,
      credentials: mockCredentials.user(),
    }) as Promise<{ output: any }>;
  };

  it('pins each example to its digest, with the reference KServe pulls and the LLM verdict', async () => {
    const { actions } = await start();
    const examples = actions.actions.get(ID)!.examples!;
    const outputs = [];
    for (const example of examples) {
      outputs.push(
        (
          (await actions.invoke({
            id: ID,
            input: example.input,
            credentials: mockCredentials.user(),
          })) as { output: any }
        ).output,
      );
    }
    const [mistral, kit] = outputs;
    expect(mistral).toMatchObject({
      registry: 'fra-sovereign',
      repository: 'models/mistral-small-3.2-24b-instruct',
      tag: '3.2.0',
      digest: expect.stringMatching(/^sha256:[a-f0-9]{64}$/),
      entityRef: 'resource:default/mistral-small-3.2-24b-instruct',
      packaging: 'modelpack',
      signed: true,
      sbom: true,
      llm: true,
    });
    expect(mistral.reference).toBe(
      `oci://registry.fra.eu-sovereign.example/models/mistral-small-3.2-24b-instruct@${mistral.digest}`,
    );
    // A Kitfile states no architecture: the size and format decide.
    expect(kit).toMatchObject({ packaging: 'kitops', llm: true });
    expect(kit.llmReason).toBe('it has 7.2b parameters in safetensors');
    expect(kit.reference).toMatch(
      /^oci:\/\/harbor\.par\.example\.eu\/models\/mistral-7b-instruct-v0\.3@sha256:/,
    );
  });

  it('resolves a digest to the same version', async () => {
    const by = {
      registry: 'fra-sovereign',
      repository: 'models/mistral-small-3.2-24b-instruct',
    };
    const { output } = await resolve({ ...by, tag: '3.2.0' });
    const again = await resolve({ ...by, digest: output.digest });
    expect(again.output).toEqual(output);
  });

  it.each([
    [
      'an unknown registry',
      { registry: 'nope', repository: 'models/x', tag: '1' },
      "No registry named 'nope' is configured; choose one of: fra-sovereign, par-harbor, ghcr-example-org",
    ],
    [
      'an unknown model',
      { registry: 'fra-sovereign', repository: 'models/nope', tag: '1' },
      "The model fra-sovereign/models/nope could not be read: Unknown model repository 'models/nope'; the valid ones are",
    ],
    [
      'a tag that does not resolve',
      {
        registry: 'fra-sovereign',
        repository: 'models/mistral-small-3.2-24b-instruct',
        tag: '9.9.9',
      },
      "The tag '9.9.9' of fra-sovereign/models/mistral-small-3.2-24b-instruct does not resolve to a model version. Choose one of its versions: 3.2.1, 3.2.0, 3.1.0",
    ],
    [
      'an unsigned version while the policy requires signatures',
      {
        registry: 'fra-sovereign',
        repository: 'models/mistral-small-3.2-24b-instruct',
        tag: '3.1.0',
      },
      'does not meet the supply-chain policy: 3.1.0 (sha256:',
    ],
  ])('refuses %s with what to change', async (_what, input, message) => {
    const error = await resolve(input).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toContain(message);
  });
});

describe('ai-platform backend: model routes and actions', () => {
  const LLAMA = encodeURIComponent('models/llama-3.1-8b-instruct');
  const base = '/api/ai-platform/models/ghcr-example-org';

  it('lists the models and the versions of one, with the repository as one encoded segment', async () => {
    const { server } = await start();
    const models = await request(server).get('/api/ai-platform/models');
    expect(models.status).toBe(200);
    expect(models.body.models).toHaveLength(4);
    const versions = await request(server).get(`${base}/${LLAMA}/versions`);
    expect(versions.status).toBe(200);
    expect(versions.body.versions.map((v: { tag: string }) => v.tag)).toEqual([
      '1.1.0',
      'latest',
      '1.0.0',
    ]);
    const latest = versions.body.versions[1];
    expect(latest.deployments[0].mutableTag).toMatchObject({ moved: 'yes' });
  });

  it('serves a version detail, a comparison, deployments and deployments by digest', async () => {
    const { server } = await start();
    const detail = await request(server).get(`${base}/${LLAMA}/versions/1.1.0`);
    expect(detail.status).toBe(200);
    expect(detail.body.manifest.schemaVersion).toBe(2);
    const compare = await request(server)
      .get(`${base}/${LLAMA}/compare`)
      .query({ a: '1.0.0', b: '1.1.0' });
    expect(compare.status).toBe(200);
    expect(compare.body.sameDigest).toBe(false);
    const deployments = await request(server)
      .get(`${base}/${LLAMA}/deployments`)
      .query({ tag: 'latest' });
    expect(deployments.body.items).toHaveLength(1);
    // The virginia pods run 1.0.0 (their modelcar says so), not 1.1.0.
    const old = await request(server).get(`${base}/${LLAMA}/versions/1.0.0`);
    const byDigest = await request(server).get(
      `/api/ai-platform/deployments/by-digest/${old.body.digest}`,
    );
    expect(byDigest.status).toBe(200);
    expect(byDigest.body.deployments[0].cluster).toBe('us-east-virginia');
    const current = await request(server).get(
      `/api/ai-platform/deployments/by-digest/${detail.body.digest}`,
    );
    expect(current.body.deployments).toEqual([]);
    // The service's page asks by workload.
    const ofService = await request(server)
      .get('/api/ai-platform/deployments/of-workload')
      .query({ namespace: 'us-applied-ml', name: 'llama-31-8b-chat' });
    expect(ofService.status).toBe(200);
    expect(ofService.body.items).toEqual([
      expect.objectContaining({
        cluster: 'us-east-virginia',
        kind: 'InferenceService',
        digest: old.body.digest,
        mutableTag: expect.objectContaining({
          summary: 'runs 1.0.0; :latest now points to 1.1.0',
        }),
      }),
    ]);
    const missing = await request(server)
      .get('/api/ai-platform/deployments/of-workload')
      .query({ name: 'llama-31-8b-chat' });
    expect(missing.status).toBe(400);
  });

  it('answers a bad digest with 400, an unknown tag with 404, and a missing b with 400', async () => {
    const { server } = await start();
    const digest = await request(server).get(
      '/api/ai-platform/deployments/by-digest/sha256:abc',
    );
    expect(digest.status).toBe(400);
    const tag = await request(server).get(`${base}/${LLAMA}/versions/9.9`);
    expect(tag.status).toBe(404);
    expect(tag.body.error.message).toContain("no model version tagged '9.9'");
    const compare = await request(server)
      .get(`${base}/${LLAMA}/compare`)
      .query({ a: '1.0.0' });
    expect(compare.status).toBe(400);
  });

  it('refuses models to a caller without ai-platform.models.read', async () => {
    const { server } = await start(AuthorizeResult.DENY);
    const res = await request(server).get('/api/ai-platform/models');
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('ai-platform.models.read');
    const byDigest = await request(server).get(
      `/api/ai-platform/deployments/by-digest/sha256:${'a'.repeat(64)}`,
    );
    expect(byDigest.status).toBe(403);
  });

  it('answers where llama :latest runs through the action', async () => {
    const { actions } = await start();
    const { output } = (await actions.invoke({
      id: 'test:where-is-model-version-deployed',
      input: {
        registry: 'ghcr-example-org',
        repository: 'models/llama-3.1-8b-instruct',
        tag: 'latest',
      },
    })) as { output: any };
    expect(output.deployments[0]).toMatchObject({
      cluster: 'us-east-virginia',
      mutableTag: {
        tag: 'latest',
        moved: 'yes',
        summary: 'runs 1.0.0; :latest now points to 1.1.0',
      },
    });
  });

  it('takes push events from a registry with its token, and refuses them without', async () => {
    const { server } = await start(AuthorizeResult.DENY);
    const envelope = {
      events: [
        {
          action: 'push',
          target: {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            repository: 'models/llama-3.1-8b-instruct',
            tag: 'latest',
            digest: `sha256:${'b'.repeat(64)}`,
          },
        },
      ],
    };
    const ok = await request(server)
      .post('/api/ai-platform/registry-events/ghcr-example-org')
      .set('Authorization', `Bearer ${EVENTS.token}`)
      .set('Content-Type', 'application/vnd.docker.distribution.events.v1+json')
      .send(JSON.stringify(envelope));
    expect(ok.status).toBe(200);
    expect(ok.body.repositories).toEqual(['models/llama-3.1-8b-instruct']);
    const wrong = await request(server)
      .post('/api/ai-platform/registry-events/ghcr-example-org')
      .set('Authorization', 'Bearer wrong')
      .send(envelope);
    expect(wrong.status).toBe(401);
    const unknown = await request(server)
      .post('/api/ai-platform/registry-events/nope')
      .set('Authorization', `Bearer ${EVENTS.token}`)
      .send(envelope);
    expect(unknown.status).toBe(404);
  });
});
