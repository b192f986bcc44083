import type { Entity } from '@backstage/catalog-model';
import {
  clusterNameOf,
  isInferenceServiceEntity,
  isKubernetesClusterEntity,
  workloadSelectorOf,
} from './entityGpuTargets';

const entity = (
  kind: string,
  type: string,
  annotations: Record<string, string> = {},
): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind,
  metadata: { name: 'eu-chat-llm', annotations },
  spec: { type },
});

describe('workloadSelectorOf', () => {
  it('prefers the label-selector annotation', () => {
    expect(
      workloadSelectorOf(
        entity('Component', 'inference-service', {
          'backstage.io/kubernetes-label-selector': 'app=eu-chat-llm',
          'backstage.io/kubernetes-id': 'other',
        }),
      ),
    ).toBe('app=eu-chat-llm');
  });

  it('turns the kubernetes-id annotation into a selector on that label', () => {
    expect(
      workloadSelectorOf(
        entity('Component', 'inference-service', {
          'backstage.io/kubernetes-id': 'eu-chat-llm',
        }),
      ),
    ).toBe('backstage.io/kubernetes-id=eu-chat-llm');
  });

  it('finds no selector without either annotation', () => {
    expect(
      workloadSelectorOf(entity('Component', 'inference-service')),
    ).toBeUndefined();
  });
});

describe('clusterNameOf', () => {
  it('reads the cluster name from the kubernetes-id annotation, else the entity name', () => {
    expect(
      clusterNameOf(
        entity('Resource', 'kubernetes-cluster', {
          'backstage.io/kubernetes-id': 'eu_sovereign_fra',
        }),
      ),
    ).toBe('eu_sovereign_fra');
    expect(clusterNameOf(entity('Resource', 'kubernetes-cluster'))).toBe(
      'eu-chat-llm',
    );
  });
});

describe('entity predicates', () => {
  it('match kinds case-insensitively and types exactly', () => {
    expect(
      isInferenceServiceEntity(entity('component', 'inference-service')),
    ).toBe(true);
    expect(isInferenceServiceEntity(entity('Component', 'service'))).toBe(
      false,
    );
    expect(
      isKubernetesClusterEntity(entity('Resource', 'kubernetes-cluster')),
    ).toBe(true);
    expect(isKubernetesClusterEntity(entity('Resource', 'ai-model'))).toBe(
      false,
    );
  });
});
