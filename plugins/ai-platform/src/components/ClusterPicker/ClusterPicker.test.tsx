import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  clusterPlacements,
  renderField,
  validate,
} from '../../__testUtils__/formFieldHarness';
import { overview } from '../../testing/gpuFixtures';
import { ClusterPicker, validateCluster } from './ClusterPicker';

const labelOf = (radio: HTMLElement) => radio.closest('label')!;

describe('ClusterPicker', () => {
  it('offers only the clusters confidential data may run on; us-east-virginia is greyed with the reason', async () => {
    const getClusterPlacements = jest
      .fn()
      .mockImplementation(async (c: string) => clusterPlacements(c));
    const { onChange } = await renderField(ClusterPicker, {
      formData: { classification: 'confidential' },
      api: {
        getClusterPlacements,
        getGpuOverview: jest.fn().mockResolvedValue(overview),
      },
    });

    const fra = await screen.findByRole('radio', { name: /Frankfurt/ });
    expect(fra).toBeEnabled();
    expect(within(labelOf(fra)).getByText('Jurisdiction DE')).toBeVisible();
    expect(
      await within(labelOf(fra)).findByText(
        '12 GPUs free: 12 × NVIDIA H100 80GB HBM3',
      ),
    ).toBeVisible();

    const us = screen.getByRole('radio', { name: /us-east-virginia/ });
    expect(us).toBeDisabled();
    expect(labelOf(us)).toHaveTextContent(
      'Not allowed for confidential data: Workload us-east-virginia is in jurisdiction US (ai-platform.io/jurisdiction: US on the cluster), but confidential data may be processed only in EU.',
    );
    expect(within(labelOf(us)).queryByText(/free/)).toBeNull();

    // A stale cluster stays allowed, and says it is stale.
    const par = screen.getByRole('radio', { name: /eu-hyperscaler-par/ });
    expect(par).toBeEnabled();
    expect(within(labelOf(par)).getByText('Stale')).toBeVisible();
    expect(
      within(labelOf(par)).getByText('0 GPUs free when last read'),
    ).toBeVisible();

    expect(getClusterPlacements).toHaveBeenCalledWith('confidential');
    await userEvent.click(fra);
    expect(onChange).toHaveBeenLastCalledWith('eu-sovereign-fra');
  });

  it('reads the classification from the field named in ui:options', async () => {
    const getClusterPlacements = jest
      .fn()
      .mockImplementation(async (c: string) => clusterPlacements(c));
    await renderField(ClusterPicker, {
      formData: { data: { level: 'public' } },
      uiOptions: { classificationField: 'data.level' },
      api: {
        getClusterPlacements,
        getGpuOverview: jest.fn().mockResolvedValue(overview),
      },
    });
    expect(
      await screen.findByRole('radio', { name: /us-east-virginia/ }),
    ).toBeEnabled();
    expect(getClusterPlacements).toHaveBeenCalledWith('public');
  });

  it('asks for the classification first, and lists nothing before', async () => {
    const getClusterPlacements = jest.fn();
    await renderField(ClusterPicker, {
      api: {
        getClusterPlacements,
        getGpuOverview: jest.fn().mockResolvedValue(overview),
      },
    });
    expect(
      await screen.findByText(/Choose the data classification first/),
    ).toBeVisible();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(getClusterPlacements).not.toHaveBeenCalled();
  });

  it('shows a failed check in place, and free GPUs as unknown when the GPU read fails', async () => {
    await renderField(ClusterPicker, {
      formData: { classification: 'internal' },
      api: {
        getClusterPlacements: jest
          .fn()
          .mockRejectedValue(new Error('sovereignty rules unavailable')),
        getGpuOverview: jest.fn().mockResolvedValue(overview),
      },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The clusters could not be checked for internal data: sovereignty rules unavailable',
    );

    await renderField(ClusterPicker, {
      formData: { classification: 'internal' },
      api: {
        getClusterPlacements: jest
          .fn()
          .mockImplementation(async (c: string) => clusterPlacements(c)),
        getGpuOverview: jest.fn().mockRejectedValue(new Error('GPU read down')),
      },
    });
    const fra = await screen.findByRole('radio', { name: /Frankfurt/ });
    expect(
      await within(labelOf(fra)).findByText('Free GPUs unknown: GPU read down'),
    ).toBeVisible();
  });
});

describe('validateCluster', () => {
  const api = {
    getClusterPlacements: jest
      .fn()
      .mockImplementation(async (c: string) => clusterPlacements(c)),
  };

  it('rejects a cluster the classification may not run on, with the reason', async () => {
    const errors = await validate(validateCluster, 'us-east-virginia', {
      api,
      formData: { classification: 'confidential' },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^us-east-virginia is not allowed for confidential data: .*jurisdiction US .*only in EU\. .*exposed to the US CLOUD Act/,
    );
    expect(
      await validate(validateCluster, 'eu-sovereign-fra', {
        api,
        formData: { classification: 'confidential' },
      }),
    ).toEqual([]);
  });

  it('asks for a cluster, for the classification, and rejects an unknown cluster', async () => {
    expect(await validate(validateCluster, '', { api })).toEqual([
      'choose a cluster',
    ]);
    expect(
      await validate(validateCluster, 'eu-sovereign-fra', {
        api,
        uiOptions: { classificationField: 'dataClass' },
      }),
    ).toEqual([
      'choose the data classification (field dataClass) first, so eu-sovereign-fra can be checked',
    ]);
    expect(
      await validate(validateCluster, 'nowhere', {
        api,
        formData: { classification: 'public' },
      }),
    ).toEqual(['no cluster named nowhere is configured']);
  });
});
