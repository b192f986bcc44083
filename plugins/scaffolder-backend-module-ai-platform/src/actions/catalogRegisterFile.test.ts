import { createWriteGuard } from '../permissions/writeGuard';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import yaml from 'yaml';
import type { GitopsSettings } from '../gitops/config';
import { createCatalogRegisterFileAction } from './catalogRegisterFile';
import { examples } from './catalogRegisterFile.examples';

const root = createMockDirectory();

const ENTITY = yaml.stringify({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'travel-planner' },
  spec: { type: 'ai-agent', owner: 'group:default/platform-engineering' },
});

describe('ai-platform:catalog:register-file', () => {
  let settings: GitopsSettings;
  let file: string;
  let catalog: ReturnType<typeof catalogServiceMock.mock>;

  beforeEach(() => {
    root.clear();
    root.setContent({
      gitops: { agents: { 'travel-planner': { 'catalog-info.yaml': ENTITY } } },
      proposals: {
        'register-agent%2Ftravel-planner': {
          agents: { 'travel-planner': { 'catalog-info.yaml': ENTITY } },
        },
      },
      elsewhere: { 'catalog-info.yaml': ENTITY },
    });
    settings = {
      repositoryPath: root.resolve('gitops'),
      createRepository: false,
      baseBranch: 'main',
      proposalsPath: root.resolve('proposals'),
    };
    // What ai-platform:git:publish outputs: the file in the branch's proposal.
    file = root.resolve(
      'proposals/register-agent%2Ftravel-planner/agents/travel-planner/catalog-info.yaml',
    );
    catalog = catalogServiceMock.mock({
      getLocationByRef: jest.fn().mockResolvedValue(undefined),
      addLocation: jest.fn().mockResolvedValue({ location: {}, entities: [] }),
      refreshEntity: jest.fn().mockResolvedValue(undefined),
    });
  });

  const run = (input: object, options: { isDryRun?: boolean } = {}) => {
    // createMockActionContext does not pass isDryRun through.
    const ctx = {
      ...createMockActionContext({ input: input as any }),
      ...options,
    };
    return createCatalogRegisterFileAction({
      settings,
      catalog,
      guard: createWriteGuard(mockServices.permissions()),
    })
      .handler(ctx)
      .then(() => ctx);
  };
  const outputs = (ctx: { output: unknown }) =>
    Object.fromEntries((ctx.output as jest.Mock).mock.calls);

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'runs the example: %s',
    async (_description, index) => {
      // The example's inputs are template expressions; give them the values
      // the publish and render steps would produce.
      const input = yaml.parse(examples[index].example).steps[0].input;
      expect(Object.keys(input).sort()).toEqual([
        'catalogInfoPath',
        'entityRef',
      ]);
      const ctx = await run({
        catalogInfoPath: file,
        entityRef: 'component:default/travel-planner',
      });
      expect(catalog.addLocation).toHaveBeenCalledWith(
        { type: 'file', target: file },
        expect.anything(),
      );
      expect(outputs(ctx)).toEqual({
        entityRef: 'component:default/travel-planner',
        locationTarget: file,
      });
    },
  );

  it("registers a file of the repository's checkout (what is merged)", async () => {
    const merged = root.resolve(
      'gitops/agents/travel-planner/catalog-info.yaml',
    );
    await run({ catalogInfoPath: merged });
    expect(catalog.addLocation).toHaveBeenCalledWith(
      { type: 'file', target: merged },
      expect.anything(),
    );
  });

  it('refreshes instead of registering a file that is already a location', async () => {
    catalog.getLocationByRef.mockResolvedValue({
      id: 'x',
      type: 'file',
      target: file,
      entityRef: 'location:default/generated-x',
    });
    await run({ catalogInfoPath: file });
    expect(catalog.addLocation).not.toHaveBeenCalled();
    expect(catalog.refreshEntity).toHaveBeenCalledWith(
      'component:default/travel-planner',
      expect.anything(),
    );
  });

  it('registers nothing in a dry run', async () => {
    const ctx = await run(
      {
        catalogInfoPath: root.resolve('gitops/not-yet-committed.yaml'),
        entityRef: 'travel-planner',
      },
      { isDryRun: true },
    );
    expect(outputs(ctx).entityRef).toBe('component:default/travel-planner');
    expect(catalog.addLocation).not.toHaveBeenCalled();
    expect(catalog.refreshEntity).not.toHaveBeenCalled();
  });

  it.each([
    [
      'a file outside the repository',
      () => root.resolve('elsewhere/catalog-info.yaml'),
      /is neither in a proposal .* nor in the GitOps repository/,
    ],
    [
      'a traversal out of the repository',
      () => `${root.resolve('gitops')}/../elsewhere/catalog-info.yaml`,
      /is neither in a proposal .* nor in the GitOps repository/,
    ],
    [
      'the proposals directory itself',
      () => root.resolve('proposals'),
      /is neither in a proposal .* nor in the GitOps repository/,
    ],
    [
      'the repository itself',
      () => root.resolve('gitops'),
      /is neither in a proposal .* nor in the GitOps repository/,
    ],
    [
      'a missing file',
      () => root.resolve('gitops/missing.yaml'),
      /does not exist/,
    ],
  ])('rejects %s and registers nothing', async (_what, path, message) => {
    await expect(run({ catalogInfoPath: path() })).rejects.toThrow(message);
    expect(catalog.addLocation).not.toHaveBeenCalled();
  });

  it('rejects a file that defines another entity than expected', async () => {
    await expect(
      run({ catalogInfoPath: file, entityRef: 'component:default/other' }),
    ).rejects.toThrow(
      /defines component:default\/travel-planner, not the expected component:default\/other/,
    );
    expect(catalog.addLocation).not.toHaveBeenCalled();
  });

  it('refuses to run without a configured repository', async () => {
    const ctx = createMockActionContext({ input: { catalogInfoPath: file } });
    await expect(
      createCatalogRegisterFileAction({
        settings: undefined,
        catalog,
        guard: createWriteGuard(mockServices.permissions()),
      }).handler(ctx),
    ).rejects.toThrow(/set aiPlatform.gitops.localRepository/);
  });
});
