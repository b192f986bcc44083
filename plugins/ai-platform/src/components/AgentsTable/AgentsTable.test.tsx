import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { toAgentRows } from '../../lib/agentRows';
import {
  discoveredAgentEntity,
  gpuCapacityAgent,
  registeredAgent,
  usAgent,
} from '../../testing/agentFixtures';
import { AgentsTable } from './AgentsTable';

jest.setTimeout(20_000);

const rows = toAgentRows(
  [gpuCapacityAgent, usAgent],
  [registeredAgent, discoveredAgentEntity],
  {},
);

function render() {
  return renderInTestApp(<AgentsTable rows={rows} />, {
    mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
  });
}

const rowOf = (name: string) =>
  screen.getAllByRole('row').find(row => within(row).queryByText(name))!;

describe('AgentsTable', () => {
  it('shows the workload identity in monospace with a copy button', async () => {
    await render();

    const row = rowOf('gpu-capacity-agent');
    expect(within(row).getByText(gpuCapacityAgent.spiffeId)).toHaveStyle({
      fontFamily: 'monospace',
    });
    expect(
      within(row).getByRole('button', {
        name: `Copy SPIFFE ID ${gpuCapacityAgent.spiffeId}`,
      }),
    ).toBeVisible();
    expect(
      within(row).getByText('service account gpu-capacity-agent'),
    ).toBeVisible();
  });

  it('says when an agent may call every tool of a server and when its model is external', async () => {
    await render();

    const row = rowOf('us-helpdesk');
    const fetch = within(row).getByRole('list', {
      name: 'Tools fetch offers this agent',
    });
    expect(within(fetch).getByText('all tools')).toBeVisible();
    expect(within(row).getByText('gpt-4o')).toBeVisible();
    expect(within(row).getByText('OpenAI · external endpoint')).toBeVisible();
    expect(
      within(row).getByText('Deployment us-helpdesk has 0 of 1 replicas ready'),
    ).toBeVisible();
  });

  it('lists a registered agent once, with the APIs it consumes and no readiness', async () => {
    await render();

    expect(screen.getByText('Agents (3)')).toBeVisible();
    const row = rowOf('partner-contract-reviewer');
    expect(
      within(row).getByRole('link', { name: 'contracts-mcp' }),
    ).toHaveAttribute('href', '/catalog/default/api/contracts-mcp');
    expect(
      within(row).getByText(/Not watched and not evaluated here/),
    ).toBeVisible();
  });
});
