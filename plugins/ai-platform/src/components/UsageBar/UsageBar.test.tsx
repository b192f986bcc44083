import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { GPU_UNIT } from '../../lib/gpuFormat';
import { UsageBar } from './UsageBar';

describe('UsageBar', () => {
  it('states usage with its unit and exposes it as a progress bar', async () => {
    await renderInTestApp(
      <UsageBar used={12} total={24} unit={GPU_UNIT} label="Allocated" />,
    );

    expect(screen.getByText('12 of 24 GPUs')).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'Allocated: 12 of 24 GPUs' }),
    ).toHaveAttribute('aria-valuenow', '50');
  });

  it('reads a zero limit without dividing by zero', async () => {
    await renderInTestApp(
      <UsageBar used={0} total={0} unit={GPU_UNIT} label="Quota" />,
    );

    expect(
      screen.getByRole('progressbar', { name: 'Quota: 0 of 0 GPUs' }),
    ).toHaveAttribute('aria-valuenow', '0');
  });
});
