import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { DateTime } from 'luxon';
import { ClusterHealthStatus } from './ClusterHealthStatus';

describe('ClusterHealthStatus', () => {
  it('shows since when a stale cluster is stale, and why', async () => {
    const staleSince = DateTime.now().minus({ minutes: 5 }).toISO()!;
    await renderInTestApp(
      <ClusterHealthStatus
        health={{
          state: 'stale',
          staleSince,
          error: 'Watch of core/Pod failed: connect ECONNREFUSED',
        }}
      />,
    );

    expect(screen.getByText('Stale')).toBeInTheDocument();
    expect(screen.getByText(/stale since 5 minutes ago/)).toBeInTheDocument();
    expect(
      screen.getByText('Watch of core/Pod failed: connect ECONNREFUSED'),
    ).toBeVisible();
  });

  it('shows the error text of a cluster that could never be read', async () => {
    await renderInTestApp(
      <ClusterHealthStatus
        health={{ state: 'error', error: 'TLS handshake failed' }}
      />,
    );

    expect(screen.getByText('Error')).toBeInTheDocument();
    expect(screen.getByText('TLS handshake failed')).toBeVisible();
  });

  it('says a syncing cluster has not finished its first list', async () => {
    await renderInTestApp(
      <ClusterHealthStatus health={{ state: 'syncing' }} />,
    );

    expect(screen.getByText('Syncing')).toBeInTheDocument();
    expect(screen.getByText('first list not complete yet')).toBeInTheDocument();
  });
});
