import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { CraPage } from './CraPage';
import { report } from './craFixtures';

function api(overrides: Record<string, unknown> = {}) {
  return {
    getCraReport: jest.fn().mockResolvedValue(report),
    getCraExport: jest.fn().mockResolvedValue('id,score\n'),
    ...overrides,
  };
}

async function renderPage(
  client: ReturnType<typeof api>,
  route = '/ai-platform/cra',
) {
  await renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, client as any]]}>
      <CraPage />
    </TestApiProvider>,
    { initialRouteEntries: [route] },
  );
}

describe('CraPage', () => {
  it('lists the products gaps first, with each gap in words and what could not be read', async () => {
    await renderPage(api());
    const table = await screen.findByRole('table', {
      name: 'CRA readiness, gaps first',
    });
    expect(screen.getByText(/2 products:/).closest('p')!.textContent).toMatch(
      /2 products: 1 with gaps, 1 ready/,
    );
    const rows = within(table)
      .getAllByRole('row')
      .filter(r => r.getAttribute('aria-label'));
    expect(rows.map(r => r.getAttribute('aria-label'))).toEqual([
      'llama-chat',
      'models/mistral-small:3.2.0',
    ]);
    expect(within(rows[0]).getByText('2 gaps')).toBeInTheDocument();
    expect(within(rows[0]).getByLabelText('SBOM: invalid')).toBeInTheDocument();
    expect(
      within(rows[0]).getByLabelText('Security contact: missing'),
    ).toBeInTheDocument();
    expect(within(rows[1]).getByText('ready')).toBeInTheDocument();
    expect(screen.getByLabelText('What could not be read')).toHaveTextContent(
      'Registry eu-hub could not be read: connection refused.',
    );
  });

  it('opens the evidence of a product with each reason', async () => {
    await renderPage(api());
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Show the evidence of llama-chat',
      }),
    );
    const evidence = await screen.findByRole('table', {
      name: 'Evidence of llama-chat',
    });
    expect(evidence).toHaveTextContent(
      'The SBOM referrer is not valid SPDX or CycloneDX JSON.',
    );
    expect(evidence).toHaveTextContent(`sha256:${'b'.repeat(64)}`);
  });

  it("shows only the chosen team's products, from the URL", async () => {
    await renderPage(api(), '/ai-platform/cra?team=eu-inference');
    const table = await screen.findByRole('table', {
      name: 'CRA readiness, gaps first',
    });
    expect(within(table).queryByText('llama-chat')).not.toBeInTheDocument();
    expect(
      within(table).getByText('models/mistral-small:3.2.0'),
    ).toBeInTheDocument();
    expect(screen.getByText(/1 products:/)).toBeInTheDocument();
  });

  it('says what to configure when there is nothing to assess', async () => {
    await renderPage(
      api({
        getCraReport: jest
          .fn()
          .mockResolvedValue({ ...report, rows: [], errors: [] }),
      }),
    );
    expect(
      await screen.findByText('No model versions or inference services'),
    ).toBeInTheDocument();
    expect(screen.getByText(/aiPlatform\.registries/)).toBeInTheDocument();
  });

  it('shows why the report could not be loaded', async () => {
    await renderPage(
      api({
        getCraReport: jest
          .fn()
          .mockRejectedValue(new Error('the CRA report failed: 503')),
      }),
    );
    expect(
      (await screen.findAllByText(/the CRA report failed: 503/))[0],
    ).toBeInTheDocument();
  });
});
