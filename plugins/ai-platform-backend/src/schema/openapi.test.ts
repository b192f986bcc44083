import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { actionsRegistryServiceMock } from '@backstage/backend-test-utils/alpha';
import { createServiceFactory } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import Ajv2020 from 'ajv/dist/2020';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parse, parseAllDocuments } from 'yaml';
import { agentRegistryServiceFactory } from '../agents/serviceFactory';
import { modelSourceServiceFactory } from '../models/serviceFactory';
import { aiPlatformPlugin } from '../plugin';
import { demoClusters } from '../__testUtils__/testBackend';
import { seededLayout, seededRegistryConfig } from '../__testUtils__/models';

/*
 * The contract: every route of openapi.yaml answers the demo data (the
 * example clusters, the seeded registry, the example catalog) with a body
 * that validates against the response schema the document names for it.
 */

const ROOT = path.resolve(__dirname, '../../../..');
const document = parse(
  fs.readFileSync(path.join(__dirname, 'openapi.yaml'), 'utf8'),
);
const yamlEntities = (file: string): Entity[] =>
  parseAllDocuments(fs.readFileSync(path.join(ROOT, file), 'utf8'))
    .map(d => d.toJS())
    .filter(Boolean);

type Answers = Record<string, any>;

const q = (params: Record<string, string>) =>
  new URLSearchParams(params).toString();

function modelPath(a: Answers) {
  const model = a['/models'].models[0];
  return `/models/${model.registry}/${encodeURIComponent(model.repository)}`;
}

function tags(a: Answers): string[] {
  return a['/models/{registry}/{repository}/versions'].versions.map(
    (v: { tag: string }) => v.tag,
  );
}

/**
 * A request for each route of the document, with parameters taken from the
 * demo data or from earlier answers (which run first, in this order).
 */
const EXAMPLES: Array<[route: string, url: (a: Answers) => string]> = [
  ['/clusters', () => '/clusters'],
  ['/clusters/{name}', a => `/clusters/${a['/clusters'].items[0].name}`],
  ['/sovereignty/report', () => '/sovereignty/report'],
  [
    '/sovereignty/entity',
    () =>
      `/sovereignty/entity?${q({ ref: 'component:default/mistral-small-eu' })}`,
  ],
  [
    '/sovereignty/clusters',
    () => '/sovereignty/clusters?classification=restricted',
  ],
  ['/agents', () => '/agents'],
  [
    '/agents/{cluster}/{namespace}/{name}',
    a => {
      const [cluster, namespace, name] = a['/agents'].items[0].id.split('/');
      return `/agents/${cluster}/${namespace}/${name}`;
    },
  ],
  ['/mcp-servers', () => '/mcp-servers'],
  ['/gpu/overview', () => '/gpu/overview'],
  ['/gpu/teams/{team}', () => '/gpu/teams/eu-inference'],
  [
    '/gpu/workloads',
    () =>
      `/gpu/workloads?${q({
        labelSelector: 'app.kubernetes.io/part-of=ai-platform',
      })}`,
  ],
  ['/gpu/capacity', () => '/gpu/capacity?gpus=1'],
  ['/models', () => '/models'],
  ['/models/{registry}/{repository}/versions', a => `${modelPath(a)}/versions`],
  [
    '/models/{registry}/{repository}/versions/{tag}',
    a => `${modelPath(a)}/versions/${tags(a)[0]}`,
  ],
  [
    '/models/{registry}/{repository}/compare',
    a => `${modelPath(a)}/compare?${q({ a: tags(a)[0], b: tags(a).at(-1)! })}`,
  ],
  [
    '/models/{registry}/{repository}/deployments',
    a => `${modelPath(a)}/deployments`,
  ],
  ['/conformance', () => '/conformance'],
  [
    '/conformance/clusters/{cluster}',
    a => `/conformance/clusters/${a['/clusters'].items[0].name}`,
  ],
  [
    '/conformance/clusters/{cluster}/trend',
    a => `/conformance/clusters/${a['/clusters'].items[0].name}/trend`,
  ],
  [
    '/conformance/clusters/{cluster}/self-assessment.yaml',
    a =>
      `/conformance/clusters/${a['/clusters'].items[0].name}/self-assessment.yaml`,
  ],
  ['/cost', () => '/cost?window=7d&groupBy=service'],
  ['/cost/export.csv', () => '/cost/export.csv'],
  [
    '/cost/entity',
    () => `/cost/entity?${q({ entityRef: 'group:default/eu-inference' })}`,
  ],
  [
    '/deployments/of-workload',
    () =>
      '/deployments/of-workload?namespace=eu-inference&name=mistral-small-eu',
  ],
  [
    '/deployments/by-digest/{digest}',
    a =>
      `/deployments/by-digest/${a['/models/{registry}/{repository}/versions'].versions[0].digest}`,
  ],
  ['/serving/routing', () => '/serving/routing'],
  ['/serving/inference-services', () => '/serving/inference-services'],
  ['/cra', () => '/cra'],
  [
    '/cra/entity',
    () =>
      `/cra/entity?${q({ entityRef: 'component:default/mistral-small-eu' })}`,
  ],
  ['/cra/export.csv', () => '/cra/export.csv'],
  ['/cra/export.json', () => '/cra/export.json'],
];

describe('the OpenAPI document', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(document, 'openapi');

  it('names a component schema for every JSON answer, never a bare object', () => {
    for (const [route, item] of Object.entries<any>(document.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        for (const [status, response] of Object.entries<any>(
          operation.responses,
        )) {
          const json = response.content?.['application/json'];
          if (!json) continue;
          expect({
            operation: `${method} ${route} ${status}`,
            ref: json.schema.$ref,
          }).toEqual({
            operation: `${method} ${route} ${status}`,
            ref: expect.stringMatching(/^#\/components\/schemas\/\w+$/),
          });
        }
      }
    }
  });

  it('has an example request for every route', () => {
    expect(EXAMPLES.map(([route]) => route).sort()).toEqual(
      Object.keys(document.paths).sort(),
    );
  });

  describe('answers of every route on the demo data', () => {
    let layout: Awaited<ReturnType<typeof seededLayout>>;
    let server: Parameters<typeof request>[0];
    const answers: Answers = {};

    beforeAll(async () => {
      layout = await seededLayout();
      ({ server } = await startTestBackend({
        features: [
          aiPlatformPlugin,
          demoClusters,
          agentRegistryServiceFactory,
          modelSourceServiceFactory,
          mockServices.rootConfig.factory({
            data: seededRegistryConfig({ layout: layout.layout }),
          }),
          catalogServiceMock.factory({
            entities: [
              ...yamlEntities('examples/org.yaml'),
              ...yamlEntities('examples/inference-services.yaml'),
            ],
          }),
          mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
          createServiceFactory({
            service: actionsRegistryServiceMock.factory().service,
            deps: {},
            factory: () => actionsRegistryServiceMock(),
          }),
        ],
      }));
    });
    afterAll(() => layout?.remove());

    it.each(EXAMPLES)('GET %s', async (route, url) => {
      const target = url(answers);
      const res = await request(server).get(`/api/ai-platform${target}`);
      expect({
        target,
        status: res.status,
        body: res.status === 200 ? undefined : res.body,
      }).toEqual({ target, status: 200, body: undefined });
      const content = document.paths[route].get.responses['200'].content;
      const type = String(res.headers['content-type']).split(';')[0];
      expect(Object.keys(content)).toContain(type);
      if (type !== 'application/json') return;
      answers[route] = res.body;
      const validate = ajv.getSchema(
        `openapi${content['application/json'].schema.$ref}`,
      )!;
      const valid = validate(res.body);
      expect({
        target,
        errors: (validate.errors ?? []).slice(0, 5).map(e => ({
          at: e.instancePath,
          problem: e.message,
          params: e.params,
        })),
      }).toEqual({ target, errors: [] });
      expect(valid).toBe(true);
    });
  });
});
