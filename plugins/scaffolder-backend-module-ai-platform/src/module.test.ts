import fs from 'node:fs';
import { join } from 'node:path';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import request from 'supertest';
import yaml from 'yaml';
import { scaffolderModuleAiPlatform } from './module';

const TEMPLATE = join(
  __dirname,
  '../../../templates/register-ai-agent/template.yaml',
);

const values = {
  name: 'travel-planner',
  title: 'Travel planner',
  description: 'Plans business trips within the travel policy',
  owner: 'group:default/platform-engineering',
  modelEndpoint: 'https://llm.example.eu/v1',
  mcpServers: ['api:default/flights-mcp'],
  spiffeId: 'spiffe://example.org/ns/agents/sa/travel-planner',
  dataClassification: 'internal',
  jurisdiction: 'FR',
  provider: 'ovhcloud',
  region: 'fr-par',
  nonEuLawExposure: 'none',
};

describe('the Register an AI agent template', () => {
  const dir = createMockDirectory();

  async function dryRun(overrides: object = {}) {
    const { server } = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleAiPlatform,
        catalogServiceMock.factory(),
        mockServices.rootConfig.factory({
          data: {
            aiPlatform: {
              gitops: {
                localRepository: dir.resolve('gitops'),
                createRepository: true,
              },
            },
          },
        }),
      ],
    });
    const template = yaml.parse(fs.readFileSync(TEMPLATE, 'utf8'));
    return request(server)
      .post('/api/scaffolder/v2/dry-run')
      .set('Authorization', mockCredentials.user.header())
      .send({
        template,
        values: { ...values, ...overrides },
        secrets: {},
        directoryContents: [],
      });
  }

  beforeEach(() => dir.clear());

  it('rejects values the form schema forbids before any step runs', async () => {
    const res = await dryRun({ name: 'Travel_Planner' });
    expect(res.status).toBe(400);
    expect(fs.existsSync(dir.resolve('gitops'))).toBe(false);
  });

  it('renders the agent, plans the commit and the registration, and writes nothing', async () => {
    const res = await dryRun();
    expect(res.status).toBe(200);
    const failed = res.body.log
      .map((l: any) => l.body)
      .filter((b: any) => b.status === 'failed');
    expect(failed).toEqual([]);
    const file = res.body.directoryContents.find(
      (f: any) => f.path === 'agent/catalog-info.yaml',
    );
    const entity = yaml.parse(
      Buffer.from(file.base64Content, 'base64').toString('utf8'),
    );
    expect(entity).toMatchObject({
      kind: 'Component',
      metadata: {
        name: 'travel-planner',
        labels: {
          'ai-platform.io/data-classification': 'internal',
          'ai-platform.io/jurisdiction': 'FR',
        },
      },
      spec: {
        type: 'ai-agent',
        owner: 'group:default/platform-engineering',
        consumesApis: ['api:default/flights-mcp'],
      },
    });
    expect(res.body.output.links).toEqual([
      {
        title: 'Open the agent in the catalog',
        icon: 'catalog',
        entityRef: 'component:default/travel-planner',
      },
    ]);
    expect(res.body.output.text[0].content).toContain(
      'branch\n`register-agent/travel-planner`',
    );
    expect(fs.existsSync(dir.resolve('gitops'))).toBe(false);
  });

  it("answers the render step's InputError as a 400 with its message, and writes nothing", async () => {
    // Passes the form's pattern, fails the action's full SPIFFE ID check.
    const res = await dryRun({ spiffeId: 'spiffe://example.org/a/../b' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      name: 'InputError',
      message: expect.stringMatching(
        /^SPIFFE ID 'spiffe:\/\/example.org\/a\/..\/b' is not valid/,
      ),
    });
    expect(fs.existsSync(dir.resolve('gitops'))).toBe(false);
  });
});
