import type { ClusterConformance } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { ResponseError } from '@backstage/errors';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { EntityClusterConformanceContent } from './EntityClusterConformanceContent';

const entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'us-east-virginia' },
  spec: { type: 'kubernetes-cluster', owner: 'platform' },
};

const result: ClusterConformance = {
  cluster: 'us-east-virginia',
  kubernetesVersion: 'v1.35.1',
  minor: 35,
  checklistVersion: '1.35',
  health: { state: 'synced' },
  checks: [
    {
      id: 'dra_support',
      category: 'accelerators',
      kar: '0051',
      title: 'Accelerator Resource Exposure & Allocation',
      level: 'MUST',
      status: 'fail',
      summary: 'No ResourceSlice.',
      evidence: [],
      signal: 'ResourceSlices and DeviceClasses',
      stillToProve: 'Claims reach pods.',
    },
  ],
  hygiene: [],
  score: {
    percent: 0,
    passed: 0,
    failed: 1,
    unknown: 0,
    applicable: 1,
    mustFailed: 1,
  },
  evaluatedAt: '2026-11-22T10:00:00Z',
};

function render(api: object) {
  return renderInTestApp(
    <TestApiProvider apis={[[aiPlatformApiRef, api as any]]}>
      <EntityProvider entity={entity}>
        <EntityClusterConformanceContent />
      </EntityProvider>
    </TestApiProvider>,
  );
}

describe('EntityClusterConformanceContent', () => {
  it("shows the cluster's checks", async () => {
    await render({
      getClusterConformance: jest.fn().mockResolvedValue(result),
      getConformanceTrend: jest
        .fn()
        .mockResolvedValue({ cluster: 'us-east-virginia', points: [] }),
    });
    expect(
      await screen.findByRole('button', {
        name: 'dra_support on us-east-virginia: Fail MUST',
      }),
    ).toBeInTheDocument();
  });

  it('says which name it looked for when the backend does not watch the cluster', async () => {
    const notFound = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({
          error: { name: 'NotFoundError', message: 'No cluster' },
          request: { method: 'GET', url: '/' },
          response: { statusCode: 404 },
        }),
        { status: 404, headers: { 'content-type': 'application/json' } },
      ) as any,
    );
    await render({
      getClusterConformance: jest.fn().mockRejectedValue(notFound),
    });
    expect(
      await screen.findByText(
        /does not watch a cluster named us-east-virginia/,
      ),
    ).toBeInTheDocument();
  });
});
