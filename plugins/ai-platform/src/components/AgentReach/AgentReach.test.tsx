import {
  DEFAULT_SOVEREIGNTY_RULES,
  evaluateAgentReach,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen, within } from '@testing-library/react';
import { AgentReachDetail, AgentReachSummary } from './AgentReach';

const PAR = {
  'ai-platform.io/jurisdiction': 'FR',
  'ai-platform.io/non-eu-law-exposure': 'us-cloud-act',
};

const grant = (namespace: string, classification: string) => ({
  via: 'par/platform/MCPServer/k8s-reader',
  viaName: 'MCPServer platform/k8s-reader',
  identity: 'system:serviceaccount:platform:k8s-reader',
  cluster: 'eu-hyperscaler-par',
  namespace,
  binding: 'ClusterRoleBinding k8s-reader → ClusterRole k8s-reader',
  access: 'get, list, watch pods, pods/log',
  classification,
  from: { cluster: PAR, description: 'cluster eu-hyperscaler-par' },
});

// Judged by the same evaluator and rules as the backend.
const flagged = evaluateAgentReach(
  {
    agent: 'platform/cluster-ops-assistant',
    grants: [
      grant('eu-inference', 'confidential'),
      grant('platform', 'internal'),
    ],
    unauthenticated: [],
    unknownIdentities: [],
  },
  DEFAULT_SOVEREIGNTY_RULES,
);

describe('AgentReachSummary', () => {
  it('says how many namespaces the agent reaches and names what is flagged, with the reason on hover', async () => {
    expect(flagged.status).toBe('violation');
    await renderInTestApp(<AgentReachSummary reach={flagged} />);
    const group = screen.getByRole('group', {
      name: 'What this agent can reach: violation',
    });
    expect(group).toHaveTextContent('Reach: 2 namespaces, 1 flagged');
    const flag = within(group).getByText(
      'MCPServer platform/k8s-reader reads confidential data in eu-inference',
    );
    expect(flag).toHaveAccessibleName(
      /us-cloud-act.*Narrow ClusterRoleBinding k8s-reader/,
    );
  });

  it('is plain when nothing is flagged', async () => {
    await renderInTestApp(
      <AgentReachSummary
        reach={{ status: 'compliant', grants: [], flags: [] }}
      />,
    );
    expect(screen.getByText('Reach: 0 namespaces')).toBeInTheDocument();
  });
});

describe('AgentReachDetail', () => {
  it('lists each namespace with its classification and the binding that grants it', async () => {
    await renderInTestApp(<AgentReachDetail reach={flagged} />);
    const table = screen.getByRole('table', {
      name: 'Namespaces this agent can read',
    });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[2].textContent),
    ).toEqual(['confidential', 'internal']);
    expect(rows[0]).toHaveTextContent(
      'ClusterRoleBinding k8s-reader → ClusterRole k8s-reader',
    );
    expect(screen.getByText(/^Fix: Narrow/)).toBeInTheDocument();
  });
});
