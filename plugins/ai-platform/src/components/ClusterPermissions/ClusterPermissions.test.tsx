import type { ClusterSummary } from '@ai-platform/backstage-plugin-ai-platform-common';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { ClusterPermissions, rulesYaml } from './ClusterPermissions';

const forbidden = (group: string, kind: string, resource: string) => ({
  id: `${group || 'core'}/${kind}`,
  group,
  kind,
  resource,
  message: `${resource}${
    group ? `.${group}` : ''
  } is forbidden: User "system:serviceaccount:backstage:backstage-ai-platform" cannot list resource "${resource}" in API group "${group}" at the cluster scope`,
  rule: {
    apiGroups: [group],
    resources: [resource],
    verbs: ['get', 'list', 'watch'],
  },
  since: '2026-12-03T09:00:00.000Z',
});

const cluster = (
  name: string,
  notPermitted?: ReturnType<typeof forbidden>[],
): ClusterSummary => ({
  name,
  labels: {},
  servedApis: [],
  objectCounts: {},
  health: { state: 'synced', ...(notPermitted ? { notPermitted } : {}) },
});

describe('ClusterPermissions', () => {
  it('names each forbidden kind of a cluster and the ClusterRole rules to add', async () => {
    await renderInTestApp(
      <ClusterPermissions
        clusters={[
          cluster('eu-gpu-1', [
            forbidden('', 'Node', 'nodes'),
            forbidden('kueue.x-k8s.io', 'ClusterQueue', 'clusterqueues'),
            forbidden('kueue.x-k8s.io', 'LocalQueue', 'localqueues'),
          ]),
          cluster('us-cpu-1'),
        ]}
      />,
    );

    expect(
      screen.getByText(/Not permitted: 3 kinds on 1 cluster$/),
    ).toBeInTheDocument();
    const section = screen.getByRole('region', {
      name: 'Not permitted on eu-gpu-1',
    });
    expect(
      within(section).getByText(
        'eu-gpu-1: Node, ClusterQueue, LocalQueue not permitted',
      ),
    ).toBeInTheDocument();
    expect(
      within(section).getByText(/^core\/Node: nodes is forbidden/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /us-cpu-1/ })).toBeNull();
  });

  it('renders nothing when every kind is permitted', async () => {
    await renderInTestApp(
      <ClusterPermissions clusters={[cluster('us-cpu-1')]} />,
    );
    expect(screen.queryByText(/Not permitted/)).toBeNull();
  });

  it('groups the rules by API group, as in the ClusterRole', () => {
    expect(
      rulesYaml([
        forbidden('kueue.x-k8s.io', 'LocalQueue', 'localqueues'),
        forbidden('', 'Node', 'nodes'),
        forbidden('kueue.x-k8s.io', 'ClusterQueue', 'clusterqueues'),
      ]),
    ).toBe(
      [
        '- apiGroups: [""]',
        '  resources: [nodes]',
        '  verbs: [get, list, watch]',
        '- apiGroups: ["kueue.x-k8s.io"]',
        '  resources: [clusterqueues, localqueues]',
        '  verbs: [get, list, watch]',
      ].join('\n'),
    );
  });
});
