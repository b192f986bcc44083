import type { SovereigntyReportItem } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { Entity } from '@backstage/catalog-model';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { EntitySovereigntyCard, hasSovereignty } from './EntitySovereigntyCard';

const cluster: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: {
    name: 'eu-hyperscaler-par',
    labels: {
      'ai-platform.io/jurisdiction': 'FR',
      'ai-platform.io/provider': 'aws',
      'ai-platform.io/data-classification': 'confidential',
      'ai-platform.io/non-eu-law-exposure': 'us-cloud-act',
    },
  },
  spec: { type: 'kubernetes-cluster', owner: 'group:default/platform' },
};

const verdict: SovereigntyReportItem = {
  subject: {
    type: 'entity',
    ref: 'resource:default/eu-hyperscaler-par',
    kind: 'Resource',
    specType: 'kubernetes-cluster',
  },
  labels: cluster.metadata.labels!,
  evaluation: {
    status: 'violation',
    classification: 'confidential',
    findings: [
      {
        aspect: 'run',
        status: 'violation',
        code: 'not-allowed',
        target: 'workload eu-hyperscaler-par',
        label: 'nonEuLawExposure',
        message:
          'Workload eu-hyperscaler-par is exposed to the US CLOUD Act, but confidential data may be processed only where the non-EU law exposure is none.',
        fix: 'Run it on a cluster without non-EU law exposure.',
      },
      {
        aspect: 'run',
        status: 'compliant',
        code: 'allowed',
        target: 'workload eu-hyperscaler-par',
        label: 'jurisdiction',
        message: 'Jurisdiction FR is allowed.',
      },
    ],
  },
};

describe('EntitySovereigntyCard', () => {
  it("shows the entity's labels, the verdict and each violation with its fix", async () => {
    const getEntitySovereignty = jest.fn().mockResolvedValue(verdict);
    await renderInTestApp(
      <TestApiProvider apis={[[aiPlatformApiRef, { getEntitySovereignty }]]}>
        <EntityProvider entity={cluster}>
          <EntitySovereigntyCard />
        </EntityProvider>
      </TestApiProvider>,
    );
    expect(await screen.findByText('Violation')).toBeVisible();
    expect(getEntitySovereignty).toHaveBeenCalledWith(
      'resource:default/eu-hyperscaler-par',
    );
    expect(screen.getByText('France (FR)')).toBeVisible();
    expect(screen.getByText('us-cloud-act')).toBeVisible();
    // Region is not labelled: said so, not left blank.
    expect(screen.getAllByText('not labelled').length).toBe(2);
    expect(screen.getByText(/exposed to the US CLOUD Act/)).toBeVisible();
    expect(
      screen.getByText('Fix: Run it on a cluster without non-EU law exposure.'),
    ).toBeVisible();
    // Compliant findings are not listed as problems.
    expect(screen.queryByText('Jurisdiction FR is allowed.')).toBeNull();
  });

  it('shows the labels of where a service runs, marked as such, when it names its cluster', async () => {
    const service: Entity = {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'mistral-chat',
        labels: { 'ai-platform.io/data-classification': 'confidential' },
        annotations: { 'ai-platform.io/cluster': 'eu-sovereign-fra' },
      },
      spec: { type: 'inference-service', owner: 'group:default/eu-inference' },
    };
    const getEntitySovereignty = jest.fn().mockResolvedValue({
      ...verdict,
      subject: { ...verdict.subject, ref: 'component:default/mistral-chat' },
      labels: {
        'ai-platform.io/jurisdiction': 'DE',
        'ai-platform.io/data-classification': 'confidential',
      },
      evaluation: { status: 'compliant', findings: [] },
    });
    await renderInTestApp(
      <TestApiProvider apis={[[aiPlatformApiRef, { getEntitySovereignty }]]}>
        <EntityProvider entity={service}>
          <EntitySovereigntyCard />
        </EntityProvider>
      </TestApiProvider>,
    );
    expect(await screen.findByText('Compliant')).toBeVisible();
    expect(screen.getByText(/Germany \(DE\)/)).toBeVisible();
    // Only the jurisdiction came from the cluster; the classification is its own.
    expect(screen.getAllByText(/from where it runs/)).toHaveLength(1);
    expect(screen.getAllByText('not labelled')).toHaveLength(4);
  });

  it('is shown for labelled entities and governed types only', () => {
    expect(hasSovereignty(cluster)).toBe(true);
    expect(
      hasSovereignty({
        ...cluster,
        metadata: { name: 'x' },
        spec: { type: 'ai-agent' },
      }),
    ).toBe(true);
    expect(
      hasSovereignty({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'eu-inference' },
        spec: { type: 'team' },
      }),
    ).toBe(false);
  });
});
