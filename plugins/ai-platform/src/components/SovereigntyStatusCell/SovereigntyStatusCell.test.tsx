import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gpuCapacityAgent, usAgent } from '../../testing/agentFixtures';
import { SovereigntyStatusCell } from './SovereigntyStatusCell';

describe('SovereigntyStatusCell', () => {
  it('shows a violation with its reason and fix behind a disclosure', async () => {
    await renderInTestApp(
      <SovereigntyStatusCell evaluation={usAgent.sovereignty} />,
    );

    expect(screen.getByText('Violation')).toBeVisible();
    expect(screen.getByText('confidential data')).toBeVisible();
    await userEvent.click(screen.getByText('1 reason'));
    expect(
      screen.getByText(
        'agent us-helpdesk runs in US, where confidential data may not be processed',
      ),
    ).toBeVisible();
    expect(
      screen.getByText('Fix: Move the agent to a cluster in the EU'),
    ).toBeVisible();
  });

  it('says unknown, never compliant, when the labels do not allow an answer', async () => {
    await renderInTestApp(
      <SovereigntyStatusCell
        evaluation={{
          status: 'unknown',
          findings: [
            {
              aspect: 'classification',
              status: 'unknown',
              code: 'missing-classification',
              target: 'agent x',
              message: 'agent x has no data classification',
            },
          ],
        }}
      />,
    );

    expect(screen.getByText('Unknown')).toBeVisible();
    expect(screen.queryByText('Compliant')).not.toBeInTheDocument();
  });

  it('lists every finding of a compliant agent', async () => {
    await renderInTestApp(
      <SovereigntyStatusCell evaluation={gpuCapacityAgent.sovereignty} />,
    );

    expect(screen.getByText('Compliant')).toBeVisible();
    expect(screen.getByText('1 reason')).toBeVisible();
  });
});
