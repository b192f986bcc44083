import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type AiPlatformApi, aiPlatformApiRef } from '../../api';
import { capacityResult, H100, overview } from '../../testing/gpuFixtures';
import { CapacityFinder } from './CapacityFinder';

function renderFinder(api: Partial<AiPlatformApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api]]}>
      <CapacityFinder filterOptions={overview.filterOptions} />
    </TestApiProvider>,
  );
}

/**
 * Picks an option of a select and waits for its menu to close: while the
 * menu is open the rest of the form is hidden from the accessibility tree,
 * and on a loaded machine the closing transition takes a while.
 */
async function choose(field: RegExp, option: string) {
  await userEvent.click(screen.getByRole('combobox', { name: field }));
  await userEvent.click(screen.getByRole('option', { name: option }));
  await waitFor(() => expect(screen.queryByRole('listbox')).toBeNull());
}

describe('CapacityFinder', () => {
  it('sends the request and lists candidates best first and every exclusion with its message', async () => {
    const findGpuCapacity = jest.fn().mockResolvedValue(capacityResult);
    await renderFinder({ findGpuCapacity });

    const gpus = screen.getByRole('spinbutton', { name: 'GPUs' });
    await userEvent.clear(gpus);
    await userEvent.type(gpus, '4');
    await choose(/^Product/, 'NVIDIA H100 80GB HBM3');
    await choose(/^Jurisdiction/, 'EU (any member state)');
    await choose(/^Data classification/, 'confidential');
    await choose(/^Team/, 'eu-inference');
    await userEvent.click(
      screen.getByRole('radio', { name: 'May spread over nodes' }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Find capacity' }),
    );

    expect(findGpuCapacity).toHaveBeenCalledWith({
      gpus: 4,
      product: H100,
      minMemoryGiB: undefined,
      jurisdiction: 'EU',
      classification: 'confidential',
      team: 'group:default/eu-inference',
      placement: 'spread',
    });
    const candidates = await screen.findByRole('table', {
      name: 'Candidates, best first',
    });
    const [, first] = within(candidates).getAllByRole('row');
    expect(within(first).getByText('EU sovereign, Frankfurt')).toBeVisible();
    expect(within(first).getByText('eu-inference')).toBeVisible();
    expect(within(first).getByText('7 GPUs')).toBeVisible();
    expect(within(first).getAllByText('4 GPUs')).toHaveLength(2);
    expect(
      within(first).getByText(
        'fra-h100-2 has 4 free H100 GPUs, enough on one node',
      ),
    ).toBeVisible();

    const excluded = screen.getByRole('list', { name: 'Excluded' });
    expect(within(excluded).getAllByRole('listitem')).toHaveLength(3);
    expect(
      within(excluded).getByRole('listitem', {
        name: 'eu-sovereign-fra / eu-inference: Quota gpu-quota in eu-inference allows 1 more DRA device (3 of 4 used); 4 asked for',
      }),
    ).toBeVisible();
    expect(
      within(excluded).getByRole('listitem', {
        name: 'us-east-virginia: us-east-virginia is in US, not in the EU',
      }),
    ).toBeVisible();
    expect(screen.getByText('Excluded (3)')).toBeVisible();
  });

  it('asks for a GPU count from 1 to 512 and does not send a bad request', async () => {
    const findGpuCapacity = jest.fn();
    await renderFinder({ findGpuCapacity });

    const gpus = screen.getByRole('spinbutton', { name: 'GPUs' });
    await userEvent.clear(gpus);
    await userEvent.type(gpus, '0');
    const memory = screen.getByRole('spinbutton', {
      name: 'Min GPU memory (GiB)',
    });
    await userEvent.type(memory, '-8');
    await userEvent.click(
      screen.getByRole('button', { name: 'Find capacity' }),
    );

    expect(
      screen.getByText('Enter a whole number of GPUs from 1 to 512.'),
    ).toBeVisible();
    expect(
      screen.getByText(
        'Enter the memory per GPU in GiB as a number above 0 (e.g. 80), or leave it empty.',
      ),
    ).toBeVisible();
    expect(gpus).toHaveAttribute('aria-invalid', 'true');
    expect(findGpuCapacity).not.toHaveBeenCalled();

    await userEvent.clear(gpus);
    await userEvent.type(gpus, '513');
    await userEvent.click(
      screen.getByRole('button', { name: 'Find capacity' }),
    );
    expect(
      screen.getByText('Enter a whole number of GPUs from 1 to 512.'),
    ).toBeVisible();
    expect(findGpuCapacity).not.toHaveBeenCalled();
  });

  it('says so when nowhere has room', async () => {
    await renderFinder({
      findGpuCapacity: async () => ({ ...capacityResult, candidates: [] }),
    });

    await userEvent.click(
      screen.getByRole('button', { name: 'Find capacity' }),
    );

    expect(
      await screen.findByText(
        'No cluster has room for this request now; the exclusions below say why.',
      ),
    ).toBeVisible();
  });

  it('reads its choices from the overview when used on its own', async () => {
    const getGpuOverview = jest.fn().mockResolvedValue(overview);
    await renderInTestApp(
      <TestApiProvider apis={[[aiPlatformApiRef, { getGpuOverview }]]}>
        <CapacityFinder />
      </TestApiProvider>,
    );

    await userEvent.click(screen.getByRole('combobox', { name: /^Product/ }));
    expect(
      await screen.findByRole('option', { name: 'NVIDIA A100 SXM4 80GB' }),
    ).toBeInTheDocument();
    expect(getGpuOverview).toHaveBeenCalledTimes(1);
  });
});
