import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { type AiPlatformApi, aiPlatformApiRef } from '../../api';
import { digest, modelList } from '../../testing/modelFixtures';
import { inventory } from '../../testing/servingFixtures';
import { ModelsPage } from './ModelsPage';

function renderPage(api: Partial<AiPlatformApi>) {
  const withServices: Partial<AiPlatformApi> = {
    getInferenceServices: jest.fn().mockResolvedValue(inventory),
    ...api,
  };
  return renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, withServices]]}>
      <ModelsPage />
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('ModelsPage', () => {
  it('lists each model with its latest version, counts and marks, and a registry error beside it', async () => {
    await renderPage({ getModels: jest.fn().mockResolvedValue(modelList) });

    const link = await screen.findByRole('link', {
      name: 'Llama 3.1 8B Instruct',
    });
    expect(link).toHaveAttribute(
      'href',
      expect.stringContaining('/resource/llama-3.1-8b-instruct'),
    );
    const row = link.closest('tr')!;
    expect(within(row).getByText('v1.1')).toBeVisible();
    expect(within(row).getByText('sha256:bbbbbbbbbbbb')).toHaveAttribute(
      'title',
      digest('b'),
    );
    expect(within(row).getByLabelText('Signed')).toBeVisible();
    expect(within(row).getByLabelText('No SBOM')).toBeVisible();
    expect(within(row).getByText('Compliant')).toBeVisible();
    expect(
      screen.getByText(
        /Registry ghcr could not be listed; its models are missing/,
      ),
    ).toBeVisible();
  });

  it('lists the inference services under the models', async () => {
    await renderPage({ getModels: jest.fn().mockResolvedValue(modelList) });
    expect(
      await screen.findByRole('region', { name: 'Inference services' }),
    ).toBeVisible();
    expect(screen.getByText('mistral-small-eu')).toBeVisible();
  });

  it('says what to do when there are no models', async () => {
    await renderPage({
      getModels: jest
        .fn()
        .mockResolvedValue({ ...modelList, registries: [], models: [] }),
    });
    expect(await screen.findByText(/No models found/)).toBeVisible();
  });

  it('shows the error when the backend fails', async () => {
    await renderPage({
      getModels: jest.fn().mockRejectedValue(new Error('models.read denied')),
    });
    expect((await screen.findAllByText(/models.read denied/))[0]).toBeVisible();
  });
});
