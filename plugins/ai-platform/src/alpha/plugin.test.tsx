import type { Entity } from '@backstage/catalog-model';
import { createExtensionTester } from '@backstage/frontend-test-utils';
import { EntityContentBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import plugin, {
  clusterGpuContent,
  clusterPickerField,
  gpuProfilePickerField,
  modelVersionPickerField,
  inferenceServiceGpuContent,
  inferenceServiceRoutingContent,
  modelVersionsContent,
  teamGpuContent,
} from './plugin';

const entity = (kind: string, type?: string): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'x' },
  spec: type ? { type } : {},
});

const filterFunction = EntityContentBlueprint.dataRefs.filterFunction;

describe('ai-platform frontend plugin', () => {
  it('registers the pages and the three GPUs tabs', () => {
    for (const id of [
      'page:ai-platform/gpu',
      'page:ai-platform/clusters',
      'page:ai-platform/agents',
      'entity-content:ai-platform/team-gpus',
      'entity-content:ai-platform/inference-service-gpus',
      'entity-content:ai-platform/inference-service-routing',
      'entity-content:ai-platform/cluster-gpus',
    ] as const) {
      expect(plugin.getExtension(id)).toBeDefined();
    }
  });

  it('shows the team tab on Groups only', () => {
    const shown = createExtensionTester(teamGpuContent).get(filterFunction)!;
    expect(shown(entity('Group', 'team'))).toBe(true);
    expect(shown(entity('User'))).toBe(false);
  });

  it('shows the service tab on inference-service Components only', () => {
    const shown = createExtensionTester(inferenceServiceGpuContent).get(
      filterFunction,
    )!;
    expect(shown(entity('Component', 'inference-service'))).toBe(true);
    expect(shown(entity('Component', 'service'))).toBe(false);
    expect(shown(entity('Resource', 'inference-service'))).toBe(false);
  });

  it('shows the Routing tab on inference-service Components only', () => {
    const shown = createExtensionTester(inferenceServiceRoutingContent).get(
      filterFunction,
    )!;
    expect(shown(entity('Component', 'inference-service'))).toBe(true);
    expect(shown(entity('Component', 'service'))).toBe(false);
  });

  it('shows the cluster tab on kubernetes-cluster Resources only', () => {
    const shown = createExtensionTester(clusterGpuContent).get(filterFunction)!;
    expect(shown(entity('Resource', 'kubernetes-cluster'))).toBe(true);
    expect(shown(entity('Resource', 'ai-model'))).toBe(false);
  });

  it('registers the Models page and shows the Versions tab on ai-model Resources only', () => {
    expect(plugin.getExtension('page:ai-platform/models')).toBeDefined();
    const shown =
      createExtensionTester(modelVersionsContent).get(filterFunction)!;
    expect(shown(entity('Resource', 'ai-model'))).toBe(true);
    expect(shown(entity('Resource', 'kubernetes-cluster'))).toBe(false);
    expect(shown(entity('Component', 'ai-model'))).toBe(false);
  });

  it('registers the three scaffolder fields, each loading its field lazily', async () => {
    const loaders = [
      ['model-version-picker', createExtensionTester(modelVersionPickerField)],
      ['cluster-picker', createExtensionTester(clusterPickerField)],
      ['gpu-profile-picker', createExtensionTester(gpuProfilePickerField)],
    ] as const;
    for (const [id, tester] of loaders) {
      expect(
        plugin.getExtension(`scaffolder-form-field:ai-platform/${id}`),
      ).toBeDefined();
      const load = tester.get(FormFieldBlueprint.dataRefs.formFieldLoader);
      await expect(load()).resolves.toBeDefined();
    }
  });
});
