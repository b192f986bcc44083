import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { backstageActions, fetchServer } from '../../testing/agentFixtures';
import { McpServersTable } from './McpServersTable';

jest.setTimeout(20_000);

describe('McpServersTable', () => {
  it('shows how a server is reached, its tools and the agents that use it', async () => {
    await renderInTestApp(
      <McpServersTable servers={[backstageActions, fetchServer]} />,
      {
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );

    expect(
      screen.getByRole('link', { name: 'backstage-actions' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/api/backstage-actions-platform-eu-sovereign-fra',
    );
    expect(screen.getByText(backstageActions.url!)).toBeVisible();
    const tools = screen.getByRole('list', {
      name: 'Tools of backstage-actions',
    });
    expect(within(tools).getAllByRole('listitem')).toHaveLength(2);
    expect(
      screen.getByRole('link', { name: 'gpu-capacity-agent' }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/component/gpu-capacity-agent-platform-eu-sovereign-fra',
    );
    expect(screen.getByText('no tools reported yet')).toBeVisible();
    expect(screen.getByText('Stale')).toBeVisible();
  });

  it('says what to do when there is no server', async () => {
    await renderInTestApp(<McpServersTable servers={[]} />);

    expect(screen.getByText(/No MCP servers found/)).toBeVisible();
  });
});
