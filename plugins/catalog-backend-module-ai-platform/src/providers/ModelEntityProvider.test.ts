import { mockServices } from '@backstage/backend-test-utils';
import {
  DefaultNamespaceEntityPolicy,
  EntityPolicies,
  FieldFormatEntityPolicy,
  NoForeignRootFieldsEntityPolicy,
  resourceEntityV1alpha1Validator,
  SchemaValidEntityPolicy,
} from '@backstage/catalog-model';
import type { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import type {
  ModelList,
  ModelSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ModelSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import {
  ModelEntityProvider,
  modelEntityNames,
  modelToEntity,
} from './ModelEntityProvider';

const storage = { status: 'compliant' as const, findings: [] };

/** Summaries in the shape GET /models answers for the seeded demo models. */
function summary(
  registry: string,
  repository: string,
  extra: Partial<ModelSummary> = {},
): ModelSummary {
  return {
    registry,
    repository,
    ref: `${registry}/${repository}`,
    licenses: [],
    versionCount: 0,
    digestCount: 0,
    signedVersionCount: 0,
    sbomVersionCount: 0,
    deploymentCount: 0,
    storage,
    ...extra,
  };
}

const llama = summary('ghcr-example-org', 'models/llama-3.1-8b-instruct', {
  name: 'Llama-3.1-8B-Instruct',
  title: 'Llama 3.1 8B Instruct',
  vendor: 'Meta',
  family: 'llama-3.1',
  packaging: 'modelpack',
  licenses: ['LicenseRef-Llama-3.1-Community'],
  owner: 'group:default/us-applied-ml',
  latest: {
    tag: '1.1.0',
    digest: `sha256:d76235002b27b302e07d65c56d6f021c91f9e1045e07244b91c89a815aa647f3`,
    createdAt: '2026-08-01T16:00:00Z',
    signed: false,
    sbom: true,
  },
  versionCount: 3,
});

const list: ModelList = {
  generatedAt: '2026-11-22T06:00:00Z',
  registries: [
    {
      name: 'ghcr-example-org',
      kind: 'registry',
      aliases: ['ghcr.io/example-org'],
      labels: {
        'ai-platform.io/jurisdiction': 'US',
        'ai-platform.io/non-eu-law-exposure': 'us-cloud-act',
        'team.example.com/cost-centre': '42',
      },
    },
    { name: 'fra-sovereign', kind: 'registry', aliases: [], labels: {} },
  ],
  models: [
    llama,
    summary('fra-sovereign', 'models/phi-4-mini-instruct', {
      licenses: ['MIT'],
    }),
  ],
};

const validator = EntityPolicies.allOf([
  new DefaultNamespaceEntityPolicy(),
  new NoForeignRootFieldsEntityPolicy(),
  new FieldFormatEntityPolicy(),
  new SchemaValidEntityPolicy(),
]);

describe('modelToEntity', () => {
  it('makes a valid ai-model Resource with owner, family, licence, storage labels and the repository annotation', async () => {
    const entity = modelToEntity(llama, {
      name: 'llama-3.1-8b-instruct',
      registry: list.registries[0],
      owner: 'group:default/platform-engineering',
    });
    expect(entity).toEqual({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Resource',
      metadata: {
        name: 'llama-3.1-8b-instruct',
        title: 'Llama 3.1 8B Instruct',
        description:
          'By Meta. Latest version 1.1.0 (sha256:d76235002b27), 3 tags.',
        labels: {
          'ai-platform.io/jurisdiction': 'US',
          'ai-platform.io/non-eu-law-exposure': 'us-cloud-act',
          'ai-platform.io/model-family': 'llama-3.1',
          'ai-platform.io/model-license': 'LicenseRef-Llama-3.1-Community',
          'ai-platform.io/model-packaging': 'modelpack',
        },
        annotations: {
          'backstage.io/managed-by-location':
            'ai-platform:model/ghcr-example-org/models/llama-3.1-8b-instruct',
          'backstage.io/managed-by-origin-location':
            'ai-platform:model/ghcr-example-org/models/llama-3.1-8b-instruct',
          'ai-platform.io/oci-repository':
            'ghcr-example-org/models/llama-3.1-8b-instruct',
        },
      },
      spec: { type: 'ai-model', owner: 'group:default/us-applied-ml' },
    });
    await expect(validator.enforce(entity)).resolves.toMatchObject(entity);
    await expect(resourceEntityV1alpha1Validator.check(entity)).resolves.toBe(
      true,
    );
  });

  it('falls back to the configured owner and leaves out a licence the catalog would reject, saying so', () => {
    const logger = mockServices.logger.mock();
    const entity = modelToEntity(
      summary('r', 'models/x', { licenses: ['Apache-2.0 OR MIT'] }),
      { name: 'x', owner: 'group:default/platform-engineering', logger },
    );
    expect(entity.spec.owner).toBe('group:default/platform-engineering');
    expect(entity.metadata.labels).toEqual({});
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        "label ai-platform.io/model-license='Apache-2.0 OR MIT'",
      ),
    );
  });
});

describe('modelEntityNames', () => {
  it('names an entity after its repository, with the registry in front only when two collide', () => {
    const names = modelEntityNames([
      summary('fra', 'models/mistral-7b'),
      summary('par', 'mirror/mistral-7b'),
      summary('fra', 'models/phi-4'),
    ]);
    expect([...names.values()]).toEqual([
      'fra-mistral-7b',
      'par-mistral-7b',
      'phi-4',
    ]);
  });
});

describe('ModelEntityProvider', () => {
  const connection = () =>
    ({
      applyMutation: jest.fn(),
      refresh: jest.fn(),
    } as unknown as EntityProviderConnection);
  const taskRunner = { run: jest.fn(async ({ fn }) => fn()) };
  const source = (answer: ModelList) =>
    ({
      refresh: jest.fn(async () => {}),
      listModels: jest.fn(async () => answer),
    } as unknown as ModelSource & { refresh: jest.Mock });

  it('rescans the registries and writes every model as one full mutation', async () => {
    const models = source(list);
    const conn = connection();
    const provider = new ModelEntityProvider({
      models,
      owner: 'group:default/platform-engineering',
      logger: mockServices.logger.mock(),
      taskRunner: taskRunner as any,
    });
    await provider.connect(conn);
    expect(models.refresh).toHaveBeenCalled();
    const [[mutation]] = (conn.applyMutation as jest.Mock).mock.calls;
    expect(mutation.type).toBe('full');
    expect(
      mutation.entities.map((e: any) => [
        e.entity.metadata.name,
        e.locationKey,
      ]),
    ).toEqual([
      ['llama-3.1-8b-instruct', 'ai-platform-models'],
      ['phi-4-mini-instruct', 'ai-platform-models'],
    ]);
  });

  it('keeps the entities as they were when a registry cannot be listed', async () => {
    const logger = mockServices.logger.mock();
    const conn = connection();
    const provider = new ModelEntityProvider({
      models: source({
        ...list,
        registries: [{ ...list.registries[0], error: 'connect ECONNREFUSED' }],
      }),
      owner: 'group:default/platform-engineering',
      logger,
      taskRunner: taskRunner as any,
    });
    await provider.connect(conn);
    expect(conn.applyMutation).not.toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining("'ghcr-example-org' (connect ECONNREFUSED)"),
    );
  });
});
