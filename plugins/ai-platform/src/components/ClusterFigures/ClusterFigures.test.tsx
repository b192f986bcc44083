import type {
  ClusterHealthState,
  ClusterSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { ClusterFigures } from './ClusterFigures';

const cluster = (name: string, state: ClusterHealthState): ClusterSummary => ({
  name,
  labels: {},
  servedApis: [],
  objectCounts: {},
  health: { state },
});

describe('ClusterFigures', () => {
  it('counts stale and unreachable clusters together', async () => {
    await renderInTestApp(
      <ClusterFigures
        clusters={[
          cluster('a', 'synced'),
          cluster('b', 'stale'),
          cluster('c', 'error'),
          cluster('d', 'syncing'),
        ]}
      />,
    );

    const summary = screen.getByRole('list', { name: 'Cluster summary' });
    expect(
      within(summary).getByRole('listitem', { name: 'Clusters: 4' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('listitem', { name: 'Synced: 1' }),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('listitem', {
        name: 'Stale or unreachable: 2',
      }),
    ).toBeInTheDocument();
  });
});
