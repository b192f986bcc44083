import type {
  ClusterConformance,
  ConformanceMatrix,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { fireEvent, screen, within } from '@testing-library/react';
import { aiPlatformApiRef } from '../../api';
import { ConformancePage } from './ConformancePage';

const cluster = (
  name: string,
  draStatus: 'pass' | 'fail',
  ingress: 'pass' | 'fail',
): ClusterConformance => ({
  cluster: name,
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
      status: draStatus,
      summary:
        draStatus === 'fail'
          ? 'The DRA API is served but no ResourceSlice exists.'
          : 'DRA API served; 1 ResourceSlice(s) from gpu.nvidia.com.',
      evidence:
        draStatus === 'pass'
          ? [{ kind: 'ResourceSlice', name: 'fra-h100-3-gpu.nvidia.com-x' }]
          : [],
      signal: 'ResourceSlices and DeviceClasses',
      stillToProve: 'That claims are allocated and reach pods.',
    },
    {
      id: 'gpu_sharing',
      category: 'accelerators',
      kar: '0003',
      title: 'GPU Sharing',
      level: 'SHOULD',
      status: 'unknown',
      summary: 'No GPU nodes.',
      evidence: [],
      signal: 'ResourceSlices and DeviceClasses',
      stillToProve: 'That two pods share one GPU.',
    },
  ],
  hygiene: [
    {
      id: 'ingress_nginx_eol',
      title: 'Ingress-NGINX (end of life since March 2026)',
      status: ingress,
      summary:
        ingress === 'fail' ? 'ingress-nginx is still running.' : 'None runs.',
      evidence: [],
      fix: ingress === 'fail' ? 'Use ingress2gateway.' : undefined,
    },
  ],
  score: {
    percent: draStatus === 'pass' ? 50 : 0,
    passed: draStatus === 'pass' ? 1 : 0,
    failed: draStatus === 'pass' ? 0 : 1,
    unknown: 1,
    applicable: 2,
    mustFailed: draStatus === 'pass' ? 0 : 1,
  },
  evaluatedAt: '2026-11-22T10:00:00Z',
});

const matrix: ConformanceMatrix = {
  generatedAt: '2026-11-22T10:00:00Z',
  requirements: [
    {
      id: 'dra_support',
      category: 'accelerators',
      kar: '0051',
      title: 'Accelerator Resource Exposure & Allocation',
    },
    {
      id: 'gpu_sharing',
      category: 'accelerators',
      kar: '0003',
      title: 'GPU Sharing',
    },
  ],
  clusters: [
    cluster('eu-sovereign-fra', 'pass', 'pass'),
    cluster('us-east-virginia', 'fail', 'fail'),
  ],
};

function api(overrides: Record<string, unknown> = {}) {
  return {
    getConformanceMatrix: jest.fn().mockResolvedValue(matrix),
    getConformanceTrend: jest.fn().mockImplementation(async (c: string) => ({
      cluster: c,
      points: [],
    })),
    getConformanceSelfAssessment: jest.fn().mockResolvedValue('spec: {}\n'),
    ...overrides,
  };
}

describe('ConformancePage', () => {
  it('shows each cell as a status word with its level, and the drill-down with evidence and what is still to prove', async () => {
    await renderInTestApp(
      <TestApiProvider apis={[[aiPlatformApiRef, api() as any]]}>
        <ConformancePage />
      </TestApiProvider>,
    );
    const failing = await screen.findByRole('button', {
      name: 'dra_support on us-east-virginia: Fail MUST',
    });
    expect(within(failing).getByText('Fail')).toBeInTheDocument();
    expect(
      screen.getByRole('button', {
        name: 'ingress_nginx_eol on us-east-virginia: Fail ingress-nginx is still running.',
      }),
    ).toBeInTheDocument();

    fireEvent.click(
      screen.getByRole('button', {
        name: 'dra_support on eu-sovereign-fra: Pass MUST',
      }),
    );
    const detail = await screen.findByRole('dialog', {
      name: 'dra_support on eu-sovereign-fra',
    });
    expect(
      within(detail).getByText(/ResourceSlice fra-h100-3-gpu.nvidia.com-x/),
    ).toBeInTheDocument();
    expect(
      within(detail).getByText('That claims are allocated and reach pods.'),
    ).toBeInTheDocument();
    expect(within(detail).getByText('What was read')).toBeInTheDocument();
    expect(
      await screen.findByText(/No scores recorded yet/),
    ).toBeInTheDocument();
  });

  it('shows the error of a failed load', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            aiPlatformApiRef,
            api({
              getConformanceMatrix: jest
                .fn()
                .mockRejectedValue(
                  new Error('ai-platform.conformance.read denied'),
                ),
            }) as any,
          ],
        ]}
      >
        <ConformancePage />
      </TestApiProvider>,
    );
    expect(
      (await screen.findAllByText(/ai-platform.conformance.read denied/))[0],
    ).toBeInTheDocument();
  });

  it('says what to do when no cluster is configured', async () => {
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [
            aiPlatformApiRef,
            api({
              getConformanceMatrix: jest
                .fn()
                .mockResolvedValue({ ...matrix, clusters: [] }),
            }) as any,
          ],
        ]}
      >
        <ConformancePage />
      </TestApiProvider>,
    );
    expect(
      await screen.findByText(/No clusters are configured/),
    ).toBeInTheDocument();
  });
});
