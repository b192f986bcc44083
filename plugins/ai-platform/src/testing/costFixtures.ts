import type { CostReport } from '@ai-platform/backstage-plugin-ai-platform-common';

/** A 30-day cost report by team, in euros, as the backend answers. */
export const costReport = (over: Partial<CostReport> = {}): CostReport => ({
  window: '30d',
  from: '2026-10-23T12:00:00.000Z',
  to: '2026-11-22T12:00:00.000Z',
  currency: 'EUR',
  groupBy: 'team',
  total: { gpuHours: 11520, cost: 33408 },
  idle: {
    gpuHours: 720,
    cost: 2088,
    rows: [
      {
        cluster: 'eu-sovereign-fra',
        product: 'NVIDIA-H100-80GB-HBM3',
        gpuHours: 720,
        cost: 2088,
        allocatableGpuHours: 5760,
        allocatedGpuHours: 5040,
        utilisation: 0.875,
        knownFrom: '2026-10-23T12:00:00.000Z',
        price: 2.9,
      },
    ],
    knownFrom: '2026-10-23T12:00:00.000Z',
    basis:
      'Idle is allocatable minus allocated GPU-hours over the same window.',
  },
  utilisation: {
    clusters: [
      {
        key: 'eu-sovereign-fra',
        allocatableGpuHours: 5760,
        allocatedGpuHours: 5040,
        idleGpuHours: 720,
        utilisation: 0.875,
      },
    ],
    products: [
      {
        key: 'NVIDIA-H100-80GB-HBM3',
        allocatableGpuHours: 5760,
        allocatedGpuHours: 5040,
        idleGpuHours: 720,
        utilisation: 0.875,
      },
    ],
  },
  prices: [
    {
      cluster: 'eu-sovereign-fra',
      provider: 'ionos',
      product: 'NVIDIA-H100-80GB-HBM3',
      price: 2.9,
      source: 'provider',
      setting: 'aiPlatform.cost.providers.ionos.prices.NVIDIA-H100-80GB-HBM3',
    },
  ],
  rows: [
    {
      key: 'group:default/eu-inference',
      label: 'eu-inference',
      gpuHours: 8640,
      cost: 25056,
    },
    {
      key: 'group:default/us-applied-ml',
      label: 'us-applied-ml',
      gpuHours: 2880,
      cost: 8352,
    },
  ],
  series: [
    {
      start: '2026-11-21T12:00:00.000Z',
      values: { 'group:default/eu-inference': 835.2 },
    },
  ],
  hiddenRows: 0,
  sources: [
    {
      cluster: 'eu-sovereign-fra',
      source: 'recorded',
      idleKnownFrom: '2026-10-23T12:00:00.000Z',
      recordingSince: '2026-11-20T08:00:00.000Z',
    },
  ],
  ...over,
});
