import { modelEntityNames } from '@ai-platform/backstage-plugin-ai-platform-common';
import { ConfigReader } from '@backstage/config';
import { staticClusterSource } from '../__testUtils__/clusterViews';
import { seededLayout, seededRegistryConfig } from '../__testUtils__/models';
import { DEFAULT_GOVERNANCE_POLICY } from '../governance/config';
import { createRegistrySource } from '../registry/clients';
import { readRegistryConfigs } from '../registry/config';
import { ModelService } from './ModelService';
import { ModelVersionResolver } from './ModelVersionResolver';

const LLAMA = 'models/llama-3.1-8b-instruct';

describe('ModelVersionResolver: the entity it links to', () => {
  let remove: () => Promise<void>;
  let models: ModelService;
  let resolver: ModelVersionResolver;

  beforeAll(async () => {
    const seeded = await seededLayout();
    remove = seeded.remove;
    // Two registries hold a repository of the same name: a mirror of Llama
    // in fra-sovereign beside the original in ghcr-example-org.
    const config = seededRegistryConfig({ layout: seeded.layout });
    for (const registry of config.aiPlatform.registries) {
      if (registry.name === 'fra-sovereign') {
        registry.repositories = [...registry.repositories, LLAMA];
      }
    }
    const registries = readRegistryConfigs(new ConfigReader(config));
    models = new ModelService({
      registries,
      sources: new Map(registries.map(r => [r.name, createRegistrySource(r)])),
      clusters: staticClusterSource([]),
    });
    resolver = new ModelVersionResolver({
      models,
      registries,
      policy: {
        ...DEFAULT_GOVERNANCE_POLICY,
        requireSignature: false,
        requireSbom: false,
      },
    });
  });

  afterAll(() => remove());

  it('names the entity the catalog names, registry in front where two registries collide', async () => {
    const { models: list } = await models.listModels();
    // What the catalog module and the Models page name each entity.
    const names = modelEntityNames(list);
    for (const registry of ['ghcr-example-org', 'fra-sovereign']) {
      const resolved = await resolver.resolve({
        registry,
        repository: LLAMA,
        tag: '1.1.0',
      });
      expect(resolved.entityRef).toBe(
        `resource:default/${names.get(`${registry}/${LLAMA}`)}`,
      );
      expect(resolved.entityRef).toBe(
        `resource:default/${registry}-llama-3.1-8b-instruct`,
      );
    }
  });

  it('names a repository no other registry holds by its last segment', async () => {
    const resolved = await resolver.resolve({
      registry: 'par-harbor',
      repository: 'models/mistral-7b-instruct-v0.3',
      tag: 'v0.3',
    });
    expect(resolved.entityRef).toBe(
      'resource:default/mistral-7b-instruct-v0.3',
    );
  });
});
