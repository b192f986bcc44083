import type { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { type AiPlatformApi, aiPlatformApiRef } from '../../api';
import { PAR_ERROR, teamUsage } from '../../testing/gpuFixtures';
import { EntityTeamGpuContent } from './EntityTeamGpuContent';

const group: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'eu-inference', title: 'EU inference' },
  spec: { type: 'team', children: [] },
};

function renderTab(api: Partial<AiPlatformApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api]]}>
      <EntityProvider entity={group}>
        <EntityTeamGpuContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('EntityTeamGpuContent', () => {
  it('asks for the team by entity ref and shows its quotas, queues and cluster health', async () => {
    const getTeamGpuUsage = jest.fn().mockResolvedValue(teamUsage);
    await renderTab({ getTeamGpuUsage });

    expect(
      await screen.findByText('GPU quotas of EU inference (3)'),
    ).toBeVisible();
    expect(getTeamGpuUsage).toHaveBeenCalledWith('group:default/eu-inference');
    const summary = screen.getByRole('list', { name: 'Team GPU summary' });
    expect(
      within(summary).getByRole('listitem', {
        name: 'Held by the team’s pods: 12 GPUs, 3 DRA devices, 3 MIG 1g.10gb slices',
      }),
    ).toBeVisible();
    expect(
      within(summary).getByRole('listitem', {
        name: 'Asked for, not scheduled: 12 GPUs',
      }),
    ).toBeVisible();
    expect(
      screen.getByRole('progressbar', {
        name: 'eu-inference in eu-sovereign-fra, requests.nvidia.com/gpu used: 16 of 20 GPUs',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('eu-inference-cq')).toBeVisible();
    const health = screen.getByRole('list', { name: 'Cluster health' });
    const par = within(health).getByRole('listitem', {
      name: 'eu-hyperscaler-par',
    });
    expect(within(par).getByText('Stale')).toBeVisible();
    expect(within(par).getByText(PAR_ERROR)).toBeVisible();
  });

  it('explains the team label when the team has no GPU quota or queue', async () => {
    await renderTab({
      getTeamGpuUsage: async () => ({
        ...teamUsage,
        quotas: [],
        queues: [],
      }),
    });

    expect(
      await screen.findByText('No GPU quota or queue for this team'),
    ).toBeVisible();
    expect(
      screen.getByText(/carries the ai-platform\.io\/team label of this team/),
    ).toBeVisible();
  });
});
