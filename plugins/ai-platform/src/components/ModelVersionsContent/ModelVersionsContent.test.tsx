import type { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type AiPlatformApi, aiPlatformApiRef } from '../../api';
import {
  comparison,
  versionDetail,
  versionList,
} from '../../testing/modelFixtures';
import { ModelVersionsContent } from './ModelVersionsContent';

const model = (annotations: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'llama-3.1-8b-instruct', annotations },
  spec: { type: 'ai-model', owner: 'group:default/ml' },
});

const annotated = model({
  'ai-platform.io/oci-repository': 'local/models/llama-3.1-8b-instruct',
});

function renderTab(entity: Entity, api: Partial<AiPlatformApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api]]}>
      <EntityProvider entity={entity}>
        <ModelVersionsContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

const rowOf = (tag: string) =>
  screen
    .getAllByText(tag)
    .find(e => e.tagName === 'STRONG')!
    .closest('tr')!;

describe('ModelVersionsContent', () => {
  it('shows each version with size, marks, fit and where it runs, and flags the moved tag', async () => {
    const getModelVersions = jest.fn().mockResolvedValue(versionList);
    await renderTab(annotated, { getModelVersions });

    expect(await screen.findByText('Versions (3)')).toBeVisible();
    expect(getModelVersions).toHaveBeenCalledWith(
      'local',
      'models/llama-3.1-8b-instruct',
    );
    const v11 = rowOf('v1.1');
    expect(within(v11).getByText('same digest as latest')).toBeVisible();
    expect(within(v11).getByText('sha256:bbbbbbbbbbbb')).toBeVisible();
    expect(within(v11).getByText('3.00 MiB')).toBeVisible();
    expect(within(v11).getByLabelText('Signed')).toBeVisible();
    expect(within(v11).getByLabelText('No SBOM')).toBeVisible();
    expect(within(v11).getByText('NVIDIA-L40S')).toBeVisible();
    expect(within(v11).getByText('llama-chat')).toBeVisible();
    expect(
      within(v11).getByText('runs v1.0; :latest now points to v1.1'),
    ).toBeVisible();

    const v10 = rowOf('v1.0');
    expect(within(v10).getByLabelText('Unsigned')).toBeVisible();
    expect(within(v10).getByLabelText('SBOM')).toBeVisible();
    expect(within(v10).getByText('not deployed')).toBeVisible();
  });

  it('shows a version that cannot be read as an error in its own row', async () => {
    await renderTab(annotated, {
      getModelVersions: jest.fn().mockResolvedValue(versionList),
    });
    await screen.findByText('Versions (3)');
    expect(within(rowOf('broken')).getByRole('alert')).toHaveTextContent(
      'manifest is not valid JSON',
    );
  });

  it('opens the detail of a version with its layers, referrers and manifest', async () => {
    const getModelVersion = jest.fn().mockResolvedValue(versionDetail);
    await renderTab(annotated, {
      getModelVersions: jest.fn().mockResolvedValue(versionList),
      getModelVersion,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Details of v1.1' }),
    );
    const detail = await screen.findByRole('region', { name: 'Version v1.1' });
    expect(await within(detail).findByText('Layers (1)')).toBeVisible();
    expect(within(detail).getByText('model.safetensors')).toBeVisible();
    expect(within(detail).getByText('Signatures (1)')).toBeVisible();
    // The manifest is drawn by a lazily loaded syntax highlighter.
    expect(
      await within(detail).findByText(/"schemaVersion"/),
    ).toBeInTheDocument();
    expect(getModelVersion).toHaveBeenCalledWith(
      'local',
      'models/llama-3.1-8b-instruct',
      'v1.1',
    );
  });

  it('compares two versions: changes, layer diff and size delta', async () => {
    const compareModelVersions = jest.fn().mockResolvedValue(comparison);
    await renderTab(annotated, {
      getModelVersions: jest.fn().mockResolvedValue(versionList),
      compareModelVersions,
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Compare' }),
    );
    const result = await screen.findByRole('region', { name: 'Comparison' });
    expect(compareModelVersions).toHaveBeenCalledWith(
      'local',
      'models/llama-3.1-8b-instruct',
      'v1.0',
      'v1.1',
    );
    expect(within(result).getByText(/size \+1\.00 MiB/)).toBeVisible();
    expect(within(result).getByText('Changes (1)')).toBeVisible();
    expect(within(result).getByText('signed')).toBeVisible();
    expect(within(result).getByText('Layers added (1)')).toBeVisible();
    expect(within(result).getByText('old.safetensors')).toBeVisible();
  });

  it('says which annotation to add when the entity has none', async () => {
    await renderTab(model({}), { getModelVersions: jest.fn() });
    expect(
      await screen.findByText('ai-platform.io/oci-repository', {
        selector: 'code',
      }),
    ).toBeInTheDocument();
  });
});
