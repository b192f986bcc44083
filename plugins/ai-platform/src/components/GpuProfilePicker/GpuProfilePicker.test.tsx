import type {
  ModelVersionList,
  ModelVersionSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderField, validate } from '../../__testUtils__/formFieldHarness';
import {
  A100,
  fraGpus,
  H100,
  overview,
  parGpus,
} from '../../testing/gpuFixtures';
import { versionList, v11 } from '../../testing/modelFixtures';
import { GpuProfilePicker, validateGpuProfile } from './GpuProfilePicker';

// 8e9 parameters in bfloat16: 14.9 GiB of weights, 17.88 GiB to serve.
const v8b: ModelVersionSummary = {
  ...v11,
  metadata: { ...v11.metadata, parameterCount: 8e9 },
};
const versions: ModelVersionList = { ...versionList, versions: [v8b] };

const model = {
  registry: 'local',
  repository: 'models/llama-3.1-8b-instruct',
  tag: 'v1.1',
  digest: v11.digest,
};

const api = {
  getModelVersions: jest.fn().mockResolvedValue(versions),
  getGpuOverview: jest.fn().mockImplementation(async ({ cluster }) => ({
    ...overview,
    clusters: overview.clusters.filter(c => c.cluster === cluster),
  })),
};

describe('GpuProfilePicker', () => {
  it('lists the products of the chosen cluster with free GPUs and the live fit, and sets the value', async () => {
    const { onChange } = await renderField(GpuProfilePicker, {
      formData: { model, cluster: 'eu-sovereign-fra' },
      api,
    });

    const h100 = await screen.findByRole('radio', {
      name: /NVIDIA H100 80GB HBM3/,
    });
    const label = h100.closest('label')!;
    expect(within(label).getByText('80 GiB each')).toBeVisible();
    expect(within(label).getByText('Comfortable')).toBeVisible();
    expect(label).toHaveTextContent('12 GPUs free (at most 5 on one node)');
    expect(label).toHaveTextContent(
      'on 1 GPU: needs 17.88 GiB, has 80 GiB (22 %)',
    );
    expect(api.getGpuOverview).toHaveBeenCalledWith({
      cluster: 'eu-sovereign-fra',
    });

    await userEvent.click(h100);
    expect(onChange).toHaveBeenLastCalledWith({ gpuProduct: H100, gpus: 1 });
    expect(screen.getByRole('status', { name: 'Fit' })).toHaveTextContent(
      '1 × NVIDIA H100 80GB HBM3Comfortableneeds 17.88 GiB, has 80 GiB (22 %)',
    );

    // The count is bounded by the free GPUs of the product.
    const count = screen.getByRole('spinbutton', { name: 'Whole GPUs' });
    fireEvent.change(count, { target: { value: '99' } });
    expect(onChange).toHaveBeenLastCalledWith({ gpuProduct: H100, gpus: 12 });
    expect(screen.getByText('1 to 12 (12 free)')).toBeVisible();
  });

  it('marks a MIG profile the model does not fit, and validation rejects it with the figures', async () => {
    const { onChange } = await renderField(GpuProfilePicker, {
      formData: { model, cluster: 'eu-hyperscaler-par' },
      api,
    });
    // The cluster is stale: its counts are said to be maybe out of date.
    expect(
      await screen.findByText(
        /eu-hyperscaler-par is stale: free counts may be out of date/,
      ),
    ).toBeVisible();

    // No whole A100 is free: the smallest free MIG profile it fits is preselected.
    await userEvent.click(
      screen.getByRole('radio', { name: /NVIDIA A100 SXM4 80GB/ }),
    );
    expect(onChange).toHaveBeenLastCalledWith({
      gpuProduct: A100,
      gpus: 1,
      migProfile: '2g.20gb',
    });
    expect(screen.getByRole('status', { name: 'Fit' })).toHaveTextContent(
      'Tight',
    );

    await userEvent.click(
      screen.getByRole('combobox', { name: /MIG profile/ }),
    );
    await userEvent.click(
      await screen.findByRole('option', { name: '1g.10gb (40 free)' }),
    );
    const value = { gpuProduct: A100, gpus: 1, migProfile: '1g.10gb' };
    expect(onChange).toHaveBeenLastCalledWith(value);
    const fit = screen.getByRole('status', { name: 'Fit' });
    expect(fit).toHaveTextContent('Does not fit');
    expect(fit).toHaveTextContent(
      'that profile does not fit v1.1: needs 17.88 GiB, has 10 GiB',
    );

    expect(
      await validate(validateGpuProfile, value, {
        api,
        formData: { model, cluster: 'eu-hyperscaler-par' },
      }),
    ).toEqual(['that profile does not fit v1.1: needs 17.88 GiB, has 10 GiB']);
  });

  it('asks for the model and the cluster first, read from the fields named in ui:options', async () => {
    await renderField(GpuProfilePicker, {
      formData: { model },
      api,
    });
    expect(await screen.findByText(/Choose a cluster first/)).toBeVisible();
    expect(screen.queryByRole('radio')).toBeNull();

    await renderField(GpuProfilePicker, {
      formData: { chosen: { version: model }, target: 'eu-sovereign-fra' },
      uiOptions: { modelField: 'chosen.version', clusterField: 'target' },
      api,
    });
    expect(
      await screen.findByRole('radio', { name: /NVIDIA H100 80GB HBM3/ }),
    ).toBeEnabled();
  });

  it('shows a cluster that cannot be read in place', async () => {
    await renderField(GpuProfilePicker, {
      formData: { model, cluster: 'eu-sovereign-fra' },
      api: {
        ...api,
        getGpuOverview: jest
          .fn()
          .mockRejectedValue(new Error('connect ECONNREFUSED 10.0.0.1:443')),
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The GPU profiles could not be read: connect ECONNREFUSED 10.0.0.1:443',
    );
  });
});

describe('validateGpuProfile', () => {
  const formData = { model, cluster: 'eu-sovereign-fra' };

  it('accepts a profile the model fits on a cluster that has it', async () => {
    expect(
      await validate(
        validateGpuProfile,
        { gpuProduct: H100, gpus: 2 },
        { api, formData },
      ),
    ).toEqual([]);
  });

  it('says what is missing or too much', async () => {
    expect(
      await validate(validateGpuProfile, undefined as any, { api, formData }),
    ).toEqual(['choose a GPU product']);
    expect(
      await validate(
        validateGpuProfile,
        { gpuProduct: H100, gpus: 1 },
        { api, formData: { model } },
      ),
    ).toEqual(['choose a cluster first, so the GPU profile can be checked']);
    expect(
      await validate(
        validateGpuProfile,
        { gpuProduct: H100, gpus: 13 },
        { api, formData },
      ),
    ).toEqual([`${H100}: only 12 GPUs free on eu-sovereign-fra, 13 asked`]);
    expect(
      await validate(
        validateGpuProfile,
        { gpuProduct: A100, gpus: 1 },
        { api, formData },
      ),
    ).toEqual([`eu-sovereign-fra has no ${A100} GPUs`]);
  });
});

// Keep the fixtures honest: the counts above are those of the demo clusters.
it('uses the demo fixtures it states', () => {
  expect(fraGpus.totals.wholeGpus.free).toBe(12);
  expect(parGpus.health.state).toBe('stale');
});
