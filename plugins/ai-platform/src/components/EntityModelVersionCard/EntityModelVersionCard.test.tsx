import type { ModelDeployment } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { EntityModelVersionCard, workloadOf } from './EntityModelVersionCard';

const service: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'llama-chat',
    annotations: {
      'backstage.io/kubernetes-namespace': 'us-applied-ml',
      'backstage.io/kubernetes-label-selector':
        'serving.kserve.io/inferenceservice=llama',
      'ai-platform.io/cluster': 'us-east-virginia',
    },
  },
  spec: { type: 'inference-service', owner: 'group:us-applied-ml' },
};

const OLD = `sha256:${'1'.repeat(64)}`;
const NEW = `sha256:${'2'.repeat(64)}`;

const drifted: ModelDeployment = {
  cluster: 'us-east-virginia',
  namespace: 'us-applied-ml',
  kind: 'InferenceService',
  name: 'llama',
  reference: 'oci://registry.example/models/llama:latest',
  registry: 'demo',
  repository: 'models/llama',
  digest: OLD,
  tags: ['1.0.0'],
  podCount: 2,
  mutableTag: {
    tag: 'latest',
    currentDigest: NEW,
    moved: 'yes',
    runningDigest: OLD,
    summary: 'runs 1.0.0; :latest now points to 1.1.0',
    message: 'The pods run 1.0.0; the tag latest was moved to 1.1.0 since.',
  },
} as ModelDeployment;

async function renderCard(api: object, entity: Entity = service) {
  await renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityModelVersionCard />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('EntityModelVersionCard', () => {
  it('reads the workload from the KServe label selector, namespace and cluster annotations', () => {
    expect(workloadOf(service)).toEqual({
      namespace: 'us-applied-ml',
      name: 'llama',
      cluster: 'us-east-virginia',
    });
  });

  it('shows the version the pods run and the drift of a moved tag', async () => {
    const getWorkloadDeployments = jest
      .fn()
      .mockResolvedValue({ items: [drifted] });
    await renderCard({ getWorkloadDeployments });
    expect(
      await screen.findByText('runs 1.0.0; :latest now points to 1.1.0'),
    ).toBeVisible();
    expect(getWorkloadDeployments).toHaveBeenCalledWith({
      namespace: 'us-applied-ml',
      name: 'llama',
      cluster: 'us-east-virginia',
    });
    expect(screen.getByText(OLD.slice(0, 19))).toBeVisible();
  });

  it('says how to connect an entity without Kubernetes annotations, without asking the backend', async () => {
    const getWorkloadDeployments = jest.fn();
    await renderCard(
      { getWorkloadDeployments },
      { ...service, metadata: { name: 'bare' } },
    );
    expect(
      await screen.findByText(
        /Set the annotation backstage.io\/kubernetes-namespace/,
      ),
    ).toBeVisible();
    expect(getWorkloadDeployments).not.toHaveBeenCalled();
  });
});
