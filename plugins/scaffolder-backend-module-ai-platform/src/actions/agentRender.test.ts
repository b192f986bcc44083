import { createWriteGuard } from '../permissions/writeGuard';
import fs from 'node:fs';
import { join } from 'node:path';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import { createAgentRenderAction } from './agentRender';
import { examples } from './agentRender.examples';

const workspace = createMockDirectory();

function exampleInput(index: number) {
  return yaml.parse(examples[index].example).steps[0].input;
}

const valid = exampleInput(0);

describe('ai-platform:agent:render', () => {
  const action = createAgentRenderAction({
    guard: createWriteGuard(mockServices.permissions()),
  });

  beforeEach(() => workspace.clear());

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'runs the example: %s',
    async (_description, index) => {
      const input = exampleInput(index);
      const ctx = createMockActionContext({
        input,
        workspacePath: workspace.path,
      });
      await action.handler(ctx);
      const file = join(
        workspace.path,
        input.targetPath ?? '.',
        'catalog-info.yaml',
      );
      const entity = yaml.parse(fs.readFileSync(file, 'utf8'));
      expect(entity).toMatchObject({
        kind: 'Component',
        metadata: { name: input.name },
        spec: { type: 'ai-agent' },
      });
      expect(ctx.output).toHaveBeenCalledWith(
        'entityRef',
        `component:default/${input.name}`,
      );
    },
  );

  it('writes the MCP servers, model endpoint, identity and the six sovereignty labels', async () => {
    const ctx = createMockActionContext({
      input: valid,
      workspacePath: workspace.path,
    });
    await action.handler(ctx);
    const entity = yaml.parse(
      fs.readFileSync(join(workspace.path, 'catalog-info.yaml'), 'utf8'),
    );
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'travel-planner',
        title: 'Travel planner',
        description: 'Plans business trips within the travel policy',
        labels: {
          'ai-platform.io/data-classification': 'internal',
          'ai-platform.io/jurisdiction': 'FR',
          'ai-platform.io/region': 'fr-par',
          'ai-platform.io/provider': 'ovhcloud',
          'ai-platform.io/residency-policy': 'eu-only',
          'ai-platform.io/non-eu-law-exposure': 'none',
        },
        annotations: {
          'ai-platform.io/spiffe-id':
            'spiffe://example.org/ns/agents/sa/travel-planner',
          'ai-platform.io/model-endpoint': 'https://llm.example.eu/v1',
        },
        tags: ['registered-agent'],
      },
      spec: {
        type: 'ai-agent',
        lifecycle: 'production',
        owner: 'group:default/platform-engineering',
        consumesApis: ['api:default/flights-mcp', 'api:default/hotels-mcp'],
      },
    });
  });

  it('serialises hostile text as data, not as YAML structure', async () => {
    const description = 'ok\nspec:\n  owner: user:default/mallory # "quoted"';
    const ctx = createMockActionContext({
      input: { ...valid, description },
      workspacePath: workspace.path,
    });
    await action.handler(ctx);
    const entity = yaml.parse(
      fs.readFileSync(join(workspace.path, 'catalog-info.yaml'), 'utf8'),
    );
    expect(entity.metadata.description).toBe(description);
    expect(entity.spec.owner).toBe('group:default/platform-engineering');
  });

  it.each([
    [
      { name: 'Travel_Planner' },
      /Name 'Travel_Planner' is not valid.*DNS-1123/,
    ],
    [{ name: 'a'.repeat(64) }, /is not valid/],
    [
      { owner: 'component:default/x' },
      /Owner .* must be of kind group or user/,
    ],
    [{ owner: 'group:' }, /Owner 'group:' is not an entity ref/],
    [
      { mcpServers: ['component:default/x'] },
      /MCP server .* must be of kind api/,
    ],
    [{ modelEndpoint: 'not a url' }, /Model endpoint 'not a url' is not a URL/],
    [{ modelEndpoint: 'ftp://x.example/v1' }, /must be an http or https URL/],
    [
      { modelEndpoint: 'https://user:secret@x.example/v1' },
      /must not carry credentials/,
    ],
    [{ spiffeId: 'https://example.org/a' }, /must start with 'spiffe:\/\/'/],
    [{ spiffeId: 'spiffe://Example.org/a' }, /trust domain/],
    [{ spiffeId: 'spiffe://example.org' }, /the path must be non-empty/],
    [{ spiffeId: 'spiffe://example.org/a/../b' }, /no '.' or '..'/],
    [
      { dataClassification: 'secret' },
      /not one of public, internal, confidential, restricted/,
    ],
    [{ jurisdiction: 'Europe' }, /ISO 3166-1 alpha-2/],
    [{ region: 'eu west 1' }, /region 'eu west 1' is not a valid label value/],
    [{ description: '   ' }, /A description is required/],
  ])(
    'rejects %o with a clear message and writes nothing',
    async (patch, message) => {
      const ctx = createMockActionContext({
        input: { ...valid, ...patch },
        workspacePath: workspace.path,
      });
      await expect(action.handler(ctx)).rejects.toThrow(message);
      expect(fs.readdirSync(workspace.path)).toEqual([]);
    },
  );

  it('refuses a target path outside the workspace', async () => {
    const ctx = createMockActionContext({
      input: { ...valid, targetPath: '../outside' },
      workspacePath: workspace.path,
    });
    await expect(action.handler(ctx)).rejects.toThrow(/outside/i);
  });
});
