import type { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { type AiPlatformApi, aiPlatformApiRef } from '../../api';
import { workload } from '../../testing/gpuFixtures';
import { EntityInferenceServiceGpuContent } from './EntityInferenceServiceGpuContent';

const service = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'eu-chat-llm', annotations },
  spec: { type: 'inference-service', owner: 'group:default/eu-inference' },
});

function renderTab(entity: Entity, api: Partial<AiPlatformApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityInferenceServiceGpuContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('EntityInferenceServiceGpuContent', () => {
  it('finds the pods by the kubernetes-id label and shows held and pending GPUs', async () => {
    const getWorkloadGpus = jest.fn().mockResolvedValue(workload);
    await renderTab(service({ 'backstage.io/kubernetes-id': 'eu-chat-llm' }), {
      getWorkloadGpus,
    });

    expect(await screen.findByText('GPU pods (3)')).toBeVisible();
    expect(getWorkloadGpus).toHaveBeenCalledWith(
      'backstage.io/kubernetes-id=eu-chat-llm',
    );
    const summary = screen.getByRole('list', { name: 'Service GPU summary' });
    expect(
      within(summary).getByRole('listitem', {
        name: 'Held by running pods: 4 GPUs',
      }),
    ).toBeVisible();
    expect(
      within(summary).getByRole('listitem', {
        name: 'Asked for, not scheduled: 2 GPUs',
      }),
    ).toBeVisible();
    const pending = screen
      .getByText('eu-chat-llm-predictor-7c9d5b6f4-qq4lh')
      .closest('tr')!;
    expect(within(pending).getByText('Pending')).toBeVisible();
    expect(within(pending).getByText('not scheduled')).toBeVisible();
    expect(within(pending).getByText('asked for')).toBeVisible();
    const running = screen
      .getByText('eu-chat-llm-predictor-7c9d5b6f4-2xkqp')
      .closest('tr')!;
    expect(within(running).getByText('fra-h100-1')).toBeVisible();
    expect(within(running).getByText('NVIDIA H100 80GB HBM3')).toBeVisible();
    expect(within(running).getByText('2 GPUs')).toBeVisible();
  });

  it('prefers the label-selector annotation', async () => {
    const getWorkloadGpus = jest.fn().mockResolvedValue(workload);
    await renderTab(
      service({
        'backstage.io/kubernetes-label-selector': 'app=eu-chat-llm,tier=gpu',
        'backstage.io/kubernetes-id': 'eu-chat-llm',
      }),
      { getWorkloadGpus },
    );

    await screen.findByText('GPU pods (3)');
    expect(getWorkloadGpus).toHaveBeenCalledWith('app=eu-chat-llm,tier=gpu');
  });

  it('says which annotation to add when the entity has neither', async () => {
    const getWorkloadGpus = jest.fn();
    await renderTab(service({}), { getWorkloadGpus });

    expect(
      screen.getByText('No Kubernetes selector for this service'),
    ).toBeVisible();
    expect(
      screen.getByText(
        /Add the annotation backstage\.io\/kubernetes-id .* or backstage\.io\/kubernetes-label-selector/,
      ),
    ).toBeVisible();
    expect(getWorkloadGpus).not.toHaveBeenCalled();
  });
});
