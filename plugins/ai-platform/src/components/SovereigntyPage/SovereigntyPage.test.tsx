import type { SovereigntyReport } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { SovereigntyPage } from './SovereigntyPage';

const report: SovereigntyReport = {
  generatedAt: '2026-07-15T09:00:00Z',
  evaluated: 12,
  compliant: 9,
  violations: [
    {
      subject: {
        type: 'namespace',
        cluster: 'eu-hyperscaler-par',
        namespace: 'eu-inference',
        clusterRef: 'resource:default/eu-hyperscaler-par',
      },
      labels: {
        'ai-platform.io/jurisdiction': 'FR',
        'ai-platform.io/provider': 'aws',
        'ai-platform.io/data-classification': 'confidential',
        'ai-platform.io/non-eu-law-exposure': 'us-cloud-act',
      },
      evaluation: {
        status: 'violation',
        findings: [
          {
            aspect: 'run',
            status: 'violation',
            code: 'not-allowed',
            target: 'workload eu-hyperscaler-par/eu-inference',
            message:
              'Workload eu-hyperscaler-par/eu-inference is exposed to the US CLOUD Act.',
          },
        ],
      },
    },
  ],
  unknown: [
    {
      subject: {
        type: 'entity',
        ref: 'component:default/shadow-llm',
        kind: 'Component',
        specType: 'inference-service',
      },
      labels: {},
      evaluation: {
        status: 'unknown',
        findings: [
          {
            aspect: 'classification',
            status: 'unknown',
            code: 'missing-classification',
            target: 'workload shadow-llm',
            message:
              'The data classification of workload shadow-llm is not stated.',
          },
        ],
      },
    },
  ],
};

describe('SovereigntyPage', () => {
  it('lists violations and subjects that cannot be judged, apart, with their reasons', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [aiPlatformApiRef, { getSovereigntyReport: async () => report }],
        ]}
      >
        <SovereigntyPage header={false} />
      </TestApiProvider>,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    const summary = await screen.findByRole('list', {
      name: 'Sovereignty summary',
    });
    expect(
      within(summary).getByRole('listitem', { name: 'Violations: 1' }),
    ).toBeVisible();
    expect(
      within(summary).getByRole('listitem', { name: 'Unknown: 1' }),
    ).toBeVisible();
    expect(screen.getByText('Violations (1)')).toBeVisible();
    expect(screen.getByText(/exposed to the US CLOUD Act/)).toBeVisible();
    expect(screen.getByText('FR · aws')).toBeVisible();
    expect(screen.getByText('Cannot be judged (1)')).toBeVisible();
    expect(
      screen.getByText(/data classification of workload shadow-llm/),
    ).toBeVisible();
  });
});
