import type { ClusterSummary } from '@ai-platform/backstage-plugin-ai-platform-common';
import { ResponseError } from '@backstage/errors';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DateTime } from 'luxon';
import { type AiPlatformApi, aiPlatformApiRef } from '../../api';
import { ClustersPage } from './ClustersPage';

const minutesAgo = (minutes: number) =>
  DateTime.now().minus({ minutes }).toISO()!;

const api = (group: string, version: string, kind: string) => ({
  id: `${group}/${version}/${kind}`,
  group,
  version,
  kind,
});

const fra: ClusterSummary = {
  name: 'eu-sovereign-fra',
  title: 'EU sovereign, Frankfurt',
  labels: {
    'ai-platform.io/jurisdiction': 'DE',
    'ai-platform.io/region': 'de-fra-1',
    'ai-platform.io/provider': 'eu-sovereign-cloud',
    'ai-platform.io/non-eu-law-exposure': 'none',
  },
  kubernetesVersion: 'v1.35.2',
  servedApis: [
    api('serving.kserve.io', 'v1alpha2', 'LLMInferenceService'),
    api('kueue.x-k8s.io', 'v1beta2', 'ClusterQueue'),
    api('kagent.dev', 'v1alpha2', 'Agent'),
    api('resource.k8s.io', 'v1', 'ResourceSlice'),
    api('inference.networking.k8s.io', 'v1', 'InferencePool'),
  ],
  objectCounts: { 'core/Node': 5, 'core/Pod': 40 },
  health: {
    state: 'synced',
    syncedAt: minutesAgo(60),
    lastEventAt: minutesAgo(1),
  },
};

const par: ClusterSummary = {
  name: 'eu-hyperscaler-par',
  labels: {
    'ai-platform.io/jurisdiction': 'FR',
    'ai-platform.io/region': 'eu-west-3',
    'ai-platform.io/provider': 'aws',
    'ai-platform.io/non-eu-law-exposure': 'us-cloud-act',
  },
  kubernetesVersion: 'v1.34.4',
  servedApis: [api('scheduling.run.ai', 'v2', 'Queue')],
  objectCounts: { 'core/Node': 4 },
  health: {
    state: 'stale',
    syncedAt: minutesAgo(90),
    staleSince: minutesAgo(7),
    error:
      'Watch of core/Pod on eu-hyperscaler-par failed: connect ECONNREFUSED 10.0.0.1:443',
  },
};

const use1: ClusterSummary = {
  name: 'us-east-virginia',
  labels: {
    'ai-platform.io/jurisdiction': 'US',
    'ai-platform.io/provider': 'aws',
    'ai-platform.io/region': 'us-east-1',
    'ai-platform.io/non-eu-law-exposure': 'us-cloud-act',
  },
  servedApis: [],
  objectCounts: {},
  health: {
    state: 'error',
    error:
      'Discovery of us-east-virginia at https://127.0.0.1:9 failed: connect ECONNREFUSED',
  },
};

function renderPage(aiPlatformApi: Partial<AiPlatformApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, aiPlatformApi]]}>
      <ClustersPage />
    </TestApiProvider>,
  );
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return row;
}

describe('ClustersPage', () => {
  it('lists each cluster with its jurisdiction, provider, region and version', async () => {
    await renderPage({ getClusters: async () => ({ items: [fra, par] }) });

    expect(
      await screen.findByRole('heading', { name: 'Clusters' }),
    ).toBeInTheDocument();
    const row = rowOf('EU sovereign, Frankfurt');
    expect(within(row).getByText('eu-sovereign-fra')).toBeInTheDocument();
    expect(within(row).getByText('DE')).toBeInTheDocument();
    expect(within(row).getByText('Germany')).toBeInTheDocument();
    expect(within(row).getByText('eu-sovereign-cloud')).toBeInTheDocument();
    expect(within(row).getByText('de-fra-1')).toBeInTheDocument();
    expect(within(row).getByText('v1.35.2')).toBeInTheDocument();
    expect(within(row).getByText('45')).toBeInTheDocument();
    for (const family of [
      'KServe',
      'Kueue',
      'kagent',
      'DRA',
      'Inference Extension',
    ]) {
      expect(within(row).getByText(family)).toBeInTheDocument();
    }
    expect(
      within(rowOf('eu-hyperscaler-par')).getByText('US CLOUD Act'),
    ).toBeInTheDocument();
  });

  it('shows a stale cluster as stale with its error while others show synced', async () => {
    await renderPage({ getClusters: async () => ({ items: [fra, par] }) });

    await screen.findByText('eu-hyperscaler-par');
    const stale = rowOf('eu-hyperscaler-par');
    expect(within(stale).getByText('Stale')).toBeInTheDocument();
    expect(within(stale).getByText(/stale since 7 minutes ago/)).toBeVisible();
    expect(within(stale).getByText(par.health.error!)).toBeVisible();
    expect(
      within(rowOf('EU sovereign, Frankfurt')).getByText('Synced'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('listitem', { name: 'Stale or unreachable: 1' }),
    ).toBeInTheDocument();
  });

  it('shows the error text of a cluster that could not be read', async () => {
    await renderPage({ getClusters: async () => ({ items: [use1] }) });

    await screen.findByText('us-east-virginia');
    const row = rowOf('us-east-virginia');
    expect(within(row).getByText('Error')).toBeInTheDocument();
    expect(within(row).getByText(use1.health.error!)).toBeVisible();
  });

  it('filters the table by jurisdiction', async () => {
    await renderPage({
      getClusters: async () => ({ items: [fra, par, use1] }),
    });

    const jurisdictionSelect = await screen.findByRole('combobox', {
      name: 'Jurisdiction',
    });
    expect(jurisdictionSelect).toHaveTextContent('All jurisdictions');
    await userEvent.click(jurisdictionSelect);
    await userEvent.click(screen.getByRole('option', { name: 'France (FR)' }));

    expect(screen.getByText('eu-hyperscaler-par')).toBeInTheDocument();
    expect(screen.queryByText('us-east-virginia')).not.toBeInTheDocument();
    expect(screen.getByText('Clusters (1 of 3)')).toBeInTheDocument();
  });

  it('refreshes every 15 seconds and keeps the rows while it does', async () => {
    jest.useFakeTimers();
    try {
      const getClusters = jest
        .fn()
        .mockResolvedValueOnce({ items: [fra] })
        .mockResolvedValueOnce({ items: [{ ...fra, health: par.health }] });
      await renderPage({ getClusters });
      await screen.findByText('EU sovereign, Frankfurt');
      expect(
        within(rowOf('EU sovereign, Frankfurt')).getByText('Synced'),
      ).toBeInTheDocument();

      await act(async () => {
        jest.advanceTimersByTime(15_000);
      });

      expect(getClusters).toHaveBeenCalledTimes(2);
      expect(
        within(rowOf('EU sovereign, Frankfurt')).getByText('Stale'),
      ).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it('explains how to configure clusters when none are configured', async () => {
    await renderPage({ getClusters: async () => ({ items: [] }) });

    expect(
      await screen.findByText('No clusters configured'),
    ).toBeInTheDocument();
    expect(screen.getByText(/aiPlatform\.clusters/)).toBeInTheDocument();
  });

  it('shows the backend error when the clusters cannot be read', async () => {
    const response = new Response(
      JSON.stringify({
        error: { name: 'Error', message: 'The cluster layer is not ready' },
        request: { method: 'GET', url: '/api/ai-platform/clusters' },
        response: { statusCode: 503 },
      }),
      {
        status: 503,
        statusText: 'Service Unavailable',
        headers: { 'Content-Type': 'application/json' },
      },
    );
    const error = await ResponseError.fromResponse(response as any);
    await renderPage({
      getClusters: async () => {
        throw error;
      },
    });

    expect(
      await screen.findByText(/Request failed with 503 Service Unavailable/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
