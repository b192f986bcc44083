import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { type AiPlatformApi, aiPlatformApiRef } from '../../api';
import {
  agentList,
  discoveredAgentEntity,
  gpuCapacityAgent,
  mcpServerList,
  registeredAgent,
  STALE_ERROR,
} from '../../testing/agentFixtures';
import { AgentsPage } from './AgentsPage';

function Search() {
  return <output aria-label="URL search">{useLocation().search}</output>;
}

function renderPage(
  api: Partial<AiPlatformApi>,
  url = '/ai-platform/agents',
  entities = [registeredAgent, discoveredAgentEntity],
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [aiPlatformApiRef, api],
        [catalogApiRef, catalogApiMock({ entities })],
      ]}
    >
      <AgentsPage />
      <Search />
    </TestApiProvider>,
    {
      initialRouteEntries: [url],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

const api = (overrides: Partial<AiPlatformApi> = {}) => ({
  getAgents: jest.fn().mockResolvedValue(agentList),
  getMcpServers: jest.fn().mockResolvedValue(mcpServerList),
  ...overrides,
});

// Rendering material-table on two shared CPUs can take longer than the default 5 s.
jest.setTimeout(20_000);

const rowOf = (name: string) =>
  screen.getAllByRole('row').find(row => within(row).queryByText(name))!;

describe('AgentsPage', () => {
  it("shows each agent's MCP servers with the tools it may call, linked to the catalog", async () => {
    await renderPage(api());

    const agents = await screen.findByRole('region', { name: 'Agents' });
    expect(within(agents).getByText('Agents (3)')).toBeVisible();
    const row = rowOf('gpu-capacity-agent');
    expect(
      within(row).getByRole('link', { name: 'gpu-capacity-agent' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/gpu-capacity-agent-platform-eu-sovereign-fra',
    );
    const server = within(row).getByRole('group', {
      name: 'MCP server backstage-actions',
    });
    expect(
      within(server).getByText('ai-platform:get-gpu-capacity'),
    ).toBeVisible();
    expect(
      within(server).getByText('ai-platform:find-gpu-placement'),
    ).toBeVisible();
    expect(
      within(row).getByRole('link', { name: 'mistral-small-3.2-24b-instruct' }),
    ).toHaveAttribute('href', '/catalog/default/component/mistral-small-eu');
    expect(within(row).getByText(gpuCapacityAgent.spiffeId)).toBeVisible();
    expect(within(row).getByText('Germany (DE)')).toBeVisible();
    expect(within(row).getByText('Compliant')).toBeVisible();
  });

  it('lists the MCP servers with their tools and the agents that use them', async () => {
    await renderPage(api());

    const section = await screen.findByRole('region', { name: 'MCP servers' });
    expect(await within(section).findByText('MCP servers (2)')).toBeVisible();
    const tools = within(section).getByRole('list', {
      name: 'Tools of backstage-actions',
    });
    expect(
      within(tools).getByText(
        'Clusters where a team can get N GPUs of a product under its sovereignty rules',
      ),
    ).toBeVisible();
    const fetchRow = within(section)
      .getAllByRole('row')
      .find(r => within(r).queryByText('no tools reported yet'))!;
    expect(within(fetchRow).getByText(/uvx mcp-server-fetch/)).toBeVisible();
    expect(
      within(fetchRow).getByRole('link', { name: 'us-helpdesk' }),
    ).toBeVisible();
  });

  it("keeps a stale cluster's agents and marks them stale", async () => {
    await renderPage(api());

    expect(
      await screen.findByText(/1 of 2 clusters are stale or unreachable/),
    ).toBeVisible();
    const agentsSection = screen.getByRole('region', { name: 'Agents' });
    const row = within(agentsSection)
      .getAllByRole('row')
      .find(r => within(r).queryByText('us-helpdesk'))!;
    expect(within(row).getByText('Stale')).toBeVisible();
    expect(within(row).getByText(STALE_ERROR)).toBeVisible();
    expect(within(row).getByText('Violation')).toBeVisible();
    expect(within(row).getByText('Not ready')).toBeVisible();
    await userEvent.click(within(row).getByText('1 reason'));
    expect(
      within(row).getByText(
        'agent us-helpdesk runs in US, where confidential data may not be processed',
      ),
    ).toBeVisible();
  });

  it('lists catalog agents that run in no watched cluster as registered, not discovered', async () => {
    await renderPage(api());

    await screen.findByRole('region', { name: 'Agents' });
    const row = rowOf('partner-contract-reviewer');
    expect(within(row).getByText('Registered (not discovered)')).toBeVisible();
    expect(within(row).getByText('Not in a watched cluster')).toBeVisible();
    expect(within(row).getByText('France (FR)')).toBeVisible();
    expect(within(row).getByRole('link', { name: 'legal' })).toBeVisible();
    expect(
      within(row).getByText('spiffe://partner.example/legal/contract-reviewer'),
    ).toBeVisible();
    // The catalog entity of a discovered agent is not listed twice.
    expect(
      screen.queryByText('gpu-capacity-agent-platform-eu-sovereign-fra'),
    ).not.toBeInTheDocument();
  });

  it('reads the filters from the URL and asks the backend again when one changes', async () => {
    const getAgents = jest.fn().mockResolvedValue(agentList);
    await renderPage(api({ getAgents }), '/ai-platform/agents?q=gpu');

    await screen.findByRole('region', { name: 'Agents' });
    expect(getAgents).toHaveBeenLastCalledWith({ q: 'gpu' });
    // The search also applies to the registered agents.
    expect(
      screen.queryByText('partner-contract-reviewer'),
    ).not.toBeInTheDocument();

    const clusterSelect = screen.getByRole('combobox', { name: 'Cluster' });
    expect(clusterSelect).toHaveTextContent('All clusters');
    await userEvent.click(clusterSelect);
    await userEvent.click(
      screen.getByRole('option', { name: 'eu-sovereign-fra' }),
    );

    expect(getAgents).toHaveBeenLastCalledWith({
      q: 'gpu',
      cluster: 'eu-sovereign-fra',
    });
    expect(
      screen.getByRole('status', { name: 'URL search' }),
    ).toHaveTextContent('?q=gpu&cluster=eu-sovereign-fra');

    const ownerSelect = screen.getByRole('combobox', { name: 'Owner' });
    expect(ownerSelect).toHaveTextContent('All owners');
    await userEvent.click(ownerSelect);
    await userEvent.click(screen.getByRole('option', { name: 'legal' }));
    expect(getAgents).toHaveBeenLastCalledWith({
      q: 'gpu',
      cluster: 'eu-sovereign-fra',
      owner: 'group:default/legal',
    });
  });

  it('shows the error when the agents cannot be read', async () => {
    const error = new Error('You may not read the agent registry');
    await renderPage(api({ getAgents: jest.fn().mockRejectedValue(error) }));

    expect(
      (await screen.findAllByText(/You may not read the agent registry/))[0],
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Agents' }),
    ).not.toBeInTheDocument();
  });

  it('says how agents appear when there are none', async () => {
    await renderPage(
      api({
        getAgents: jest
          .fn()
          .mockResolvedValue({ items: [], clusters: agentList.clusters }),
        getMcpServers: jest
          .fn()
          .mockResolvedValue({ items: [], clusters: agentList.clusters }),
      }),
      '/ai-platform/agents',
      [],
    );

    expect(await screen.findByText('No agents yet')).toBeVisible();
    expect(
      screen.getByText(/a kagent Agent runs in a watched cluster/),
    ).toBeVisible();
  });
});
