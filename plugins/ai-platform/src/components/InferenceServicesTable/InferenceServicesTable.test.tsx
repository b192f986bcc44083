import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { inventory, mistralRow } from '../../testing/servingFixtures';
import { InferenceServicesTable } from './InferenceServicesTable';

async function renderTable(api: object) {
  await renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api]]}>
      <InferenceServicesTable />
    </TestApiProvider>,
  );
}

describe('InferenceServicesTable', () => {
  it('lists each service with its version, replicas, GPUs per replica and held, and routes', async () => {
    await renderTable({
      getInferenceServices: jest.fn().mockResolvedValue(inventory),
    });
    expect(
      await screen.findByText(`Inference services (${inventory.items.length})`),
    ).toBeVisible();
    const mistral = screen.getByText('mistral-small-eu').closest('tr')!;
    expect(
      within(mistral).getByText('runs 3.2.0 · sha256:ffffffffffff'),
    ).toBeVisible();
    expect(
      within(mistral).getByText(
        'fra-sovereign/models/mistral-small-3.2-24b-instruct',
      ),
    ).toHaveAttribute('title', mistralRow.model.uri);
    expect(within(mistral).getByText('2 / 2 ready')).toBeVisible();
    expect(within(mistral).getByText('2 GPUs')).toBeVisible();
    expect(within(mistral).getByText('4 GPUs')).toBeVisible();
    expect(
      within(mistral).getByText('mistral-small-eu-kserve-route'),
    ).toBeVisible();
    expect(
      within(mistral).getByText(
        '100% of its traffic · via envoy-gateway-system/inference-gateway',
      ),
    ).toBeVisible();
    expect(within(mistral).getByText('2 routing problems')).toBeVisible();

    const dra = screen.getByText('qwen2-7b-instruct-dra-multi').closest('tr')!;
    expect(
      within(dra).getByText(
        'DRA 2 × gpu.nvidia.com (KServe managed DRA qwen2-7b-instruct-dra-multi-managed-dra)',
      ),
    ).toBeVisible();
    expect(
      within(dra).getByText(
        'hf addresses name no versioned artifact the portal reads',
      ),
    ).toBeVisible();
    expect(within(dra).getByText('2 DRA devices waiting')).toBeVisible();
    expect(
      within(dra).getByText('no replica is ready (1 desired, 1 pod(s) seen)'),
    ).toBeVisible();
  });

  it('says what to do when no cluster has an inference service', async () => {
    await renderTable({
      getInferenceServices: jest
        .fn()
        .mockResolvedValue({ ...inventory, items: [] }),
    });
    expect(
      await screen.findByText(
        /No KServe InferenceService or LLMInferenceService/,
      ),
    ).toBeVisible();
  });

  it('shows the backend error', async () => {
    await renderTable({
      getInferenceServices: jest
        .fn()
        .mockRejectedValue(new Error('models.read denied')),
    });
    expect((await screen.findAllByText(/models.read denied/))[0]).toBeVisible();
  });
});
