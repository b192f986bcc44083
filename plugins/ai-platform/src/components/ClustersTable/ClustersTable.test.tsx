import type {
  ClusterHealthState,
  ClusterSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClustersTable } from './ClustersTable';

const cluster = (name: string, state: ClusterHealthState): ClusterSummary => ({
  name,
  labels: {},
  servedApis: [],
  objectCounts: {},
  health: {
    state,
    error: state === 'error' ? 'connect ECONNREFUSED' : undefined,
  },
});

describe('ClustersTable', () => {
  it('shows only the clusters in the chosen health state', async () => {
    await renderInTestApp(
      <ClustersTable
        clusters={[cluster('fra', 'synced'), cluster('par', 'error')]}
      />,
    );

    const healthSelect = screen.getByRole('combobox', { name: 'Health' });
    expect(healthSelect).toHaveTextContent('Any health');
    await userEvent.click(healthSelect);
    await userEvent.click(screen.getByRole('option', { name: 'Error' }));

    expect(screen.getByText('par')).toBeInTheDocument();
    expect(screen.queryByText('fra')).not.toBeInTheDocument();
    expect(screen.getByText('Clusters (1 of 2)')).toBeInTheDocument();
  });

  it('says "not labelled" where a cluster carries no sovereignty labels', async () => {
    await renderInTestApp(
      <ClustersTable clusters={[cluster('fra', 'synced')]} />,
    );

    // jurisdiction, provider, region, exposure
    expect(screen.getAllByText('not labelled')).toHaveLength(4);
  });
});
