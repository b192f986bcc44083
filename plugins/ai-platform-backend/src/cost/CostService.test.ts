import { mockServices } from '@backstage/backend-test-utils';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { staticClusterSource } from '../__testUtils__/clusterViews';
import { priceOf, readCostSettings, type CostSettings } from './config';
import { gpuFraction } from './CostRecorder';
import { CostService, overlapHours } from './CostService';
import type { CostInterval, CostStore } from './CostStore';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-22T12:00:00Z');

const settings: CostSettings = {
  currency: 'EUR',
  prices: { 'NVIDIA-H100-80GB-HBM3': 3, 'NVIDIA-L40S': 1, default: 2 },
  providers: { aws: { 'NVIDIA-H100-80GB-HBM3': 4 } },
  clusters: { 'eu-sovereign-fra': { 'NVIDIA-H100-80GB-HBM3': 2.5 } },
  opencost: {},
  recordFrequency: { minutes: 5 },
};

const interval = (over: Partial<CostInterval>): CostInterval => ({
  cluster: 'eu-sovereign-fra',
  kind: 'allocation',
  key: `pod-${Math.random()}`,
  product: 'NVIDIA-H100-80GB-HBM3',
  resource: 'nvidia.com/gpu',
  gpus: 1,
  namespace: 'eu-inference',
  team: 'group:default/eu-inference',
  jurisdiction: 'DE',
  startedAt: NOW - 100 * 24 * HOUR,
  ...over,
});

const serviceOver = (
  intervals: CostInterval[],
  extra: Partial<CostSettings> = {},
) =>
  new CostService({
    store: { overlapping: async () => intervals } as unknown as CostStore,
    settings: { ...settings, ...extra },
    clusters: staticClusterSource([]),
  });

describe('overlapHours', () => {
  it.each([
    ['inside the window', 2, 5, 0, 10, 3],
    ['starting before the window', -5, 4, 0, 10, 4],
    ['ending after the window', 8, 20, 0, 10, 2],
    ['still open', 7, undefined, 0, 10, 3],
    ['entirely before', -9, -1, 0, 10, 0],
  ])('counts only the part %s', (_what, s, e, from, to, hours) => {
    expect(
      overlapHours(
        s * HOUR,
        e === undefined ? undefined : e * HOUR,
        from * HOUR,
        to * HOUR,
      ),
    ).toBe(hours);
  });
});

describe('prices', () => {
  it('takes the cluster override, then the provider, then the global table, then its default', () => {
    const at = (
      cluster: string,
      provider: string | undefined,
      product: string,
    ) => priceOf(settings, { cluster, provider, product });
    expect(at('eu-sovereign-fra', 'aws', 'NVIDIA-H100-80GB-HBM3')).toBe(2.5);
    expect(at('us-east-virginia', 'aws', 'NVIDIA-H100-80GB-HBM3')).toBe(4);
    expect(at('us-east-virginia', 'gcp', 'NVIDIA-H100-80GB-HBM3')).toBe(3);
    expect(at('us-east-virginia', 'gcp', 'NVIDIA-A10')).toBe(2);
    expect(
      priceOf(
        { ...settings, prices: {} },
        { cluster: 'x', product: 'NVIDIA-A10' },
      ),
    ).toBeUndefined();
  });

  it('rejects bad config naming the key', () => {
    const config = (cost: object) =>
      mockServices.rootConfig({ data: { aiPlatform: { cost } } });
    expect(() => readCostSettings(config({ currency: 'euro' }))).toThrow(
      "aiPlatform.cost.currency must be an ISO 4217 code such as EUR or USD, got 'euro'",
    );
    expect(() =>
      readCostSettings(config({ prices: { 'NVIDIA-L40S': -1 } })),
    ).toThrow(
      'aiPlatform.cost.prices.NVIDIA-L40S must be a price per GPU-hour',
    );
    expect(() =>
      readCostSettings(
        config({ opencost: { clusters: { a: { baseUrl: 'opencost:9003' } } } }),
      ),
    ).toThrow(
      'aiPlatform.cost.opencost.clusters.a.baseUrl must be an absolute URL',
    );
  });
});

describe('GPU fractions', () => {
  it('counts a MIG slice by its compute slices of 7 and a shared slot by the slots per GPU', () => {
    expect(gpuFraction('nvidia.com/gpu')).toBe(1);
    expect(gpuFraction('nvidia.com/mig-3g.40gb')).toBeCloseTo(3 / 7);
    expect(gpuFraction('nvidia.com/mig-1g.10gb')).toBeCloseTo(1 / 7);
    expect(gpuFraction('nvidia.com/gpu.shared', { replicasPerGpu: 4 })).toBe(
      0.25,
    );
    expect(gpuFraction('gpu.nvidia.com')).toBe(1);
  });
});

describe('CostService.report', () => {
  it('prices allocated GPU-hours over windows that cut through allocations', async () => {
    const service = serviceOver([
      // 2 H100 since long ago, still running: the whole window.
      interval({ gpus: 2 }),
      // Ended 6 h ago, after 10 h: 4 h inside a 24 h window... all 10 in 7 d.
      interval({
        product: 'NVIDIA-L40S',
        namespace: 'eu-batch',
        team: 'group:default/eu-batch',
        startedAt: NOW - 16 * HOUR,
        endedAt: NOW - 6 * HOUR,
      }),
      // A 3g.40gb MIG slice for 48 h, ended 12 h ago.
      interval({
        resource: 'nvidia.com/mig-3g.40gb',
        gpus: 3 / 7,
        startedAt: NOW - 60 * HOUR,
        endedAt: NOW - 12 * HOUR,
      }),
    ]);
    const day = await service.report({
      window: '24h',
      groupBy: 'team',
      now: NOW,
    });
    // H100 at the Frankfurt override 2.5: 2 × 24 × 2.5 = 120, plus 3/7 × 12 × 2.5.
    const mig24 = (3 / 7) * 12 * 2.5;
    expect(day.rows).toEqual([
      {
        key: 'group:default/eu-inference',
        label: 'eu-inference',
        gpuHours: Math.round((48 + (3 / 7) * 12) * 100) / 100,
        cost: Math.round((120 + mig24) * 100) / 100,
      },
      // L40S at 1: 10 h, all inside 24 h.
      {
        key: 'group:default/eu-batch',
        label: 'eu-batch',
        gpuHours: 10,
        cost: 10,
      },
    ]);
    expect(day.currency).toBe('EUR');
    expect(day.series).toHaveLength(24);
    const week = await service.report({
      window: '7d',
      groupBy: 'product',
      now: NOW,
    });
    expect(week.series).toHaveLength(7);
    expect(week.rows.find(r => r.key === 'NVIDIA-H100-80GB-HBM3')?.cost).toBe(
      Math.round((2 * 168 * 2.5 + (3 / 7) * 48 * 2.5) * 100) / 100,
    );
    // The buckets add up to the rows.
    const bucketTotal = week.series.reduce(
      (a, s) => a + Object.values(s.values).reduce((x, y) => x + y, 0),
      0,
    );
    expect(bucketTotal).toBeCloseTo(week.total.cost, 1);
  });

  it('prices idle GPUs apart, and only for those who may see every team', async () => {
    const intervals = [
      interval({ gpus: 1 }),
      interval({
        kind: 'idle',
        key: 'idle/NVIDIA-H100-80GB-HBM3',
        gpus: 3,
        team: undefined,
      }),
    ];
    const all = await serviceOver(intervals).report({
      window: '24h',
      groupBy: 'cluster',
      now: NOW,
    });
    expect(all.total).toEqual({ gpuHours: 24, cost: 60 });
    expect(all.idle).toEqual({
      gpuHours: 72,
      cost: 180,
      rows: [
        {
          cluster: 'eu-sovereign-fra',
          product: 'NVIDIA-H100-80GB-HBM3',
          gpuHours: 72,
          cost: 180,
        },
      ],
    });
    const own = await serviceOver(intervals).report({
      window: '24h',
      groupBy: 'cluster',
      now: NOW,
      visibility: {
        all: false,
        teams: new Set(['group:default/eu-inference']),
      },
    });
    expect(own.idle.cost).toBe(0);
  });

  it("leaves other teams' rows out and says how many", async () => {
    const report = await serviceOver([
      interval({}),
      interval({
        team: 'group:default/us-applied-ml',
        namespace: 'us-applied-ml',
      }),
      interval({ team: undefined, namespace: 'default' }),
    ]).report({
      window: '24h',
      groupBy: 'team',
      now: NOW,
      visibility: {
        all: false,
        teams: new Set(['group:default/eu-inference']),
      },
    });
    expect(report.rows.map(r => r.key)).toEqual(['group:default/eu-inference']);
    expect(report.hiddenRows).toBe(2);
  });

  it('uses OpenCost numbers for a cluster where it is configured, and falls back with the error', async () => {
    const server = http.createServer((req, res) => {
      if (
        req.url?.startsWith(
          '/allocation/compute?window=24h&aggregate=namespace',
        )
      ) {
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({
            code: 200,
            data: [
              {
                'eu-inference': {
                  name: 'eu-inference',
                  gpuHours: 30,
                  gpuCost: 87.5,
                  cpuCost: 4,
                },
                __idle__: { name: '__idle__', gpuHours: 5, gpuCost: 10 },
              },
            ],
          }),
        );
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as AddressInfo).port;
    try {
      const report = await serviceOver([interval({ gpus: 2 })], {
        opencost: { 'eu-sovereign-fra': `http://127.0.0.1:${port}` },
      }).report({ window: '24h', groupBy: 'namespace', now: NOW });
      expect(report.rows).toEqual([
        {
          key: 'eu-sovereign-fra/eu-inference',
          label: 'eu-sovereign-fra/eu-inference',
          gpuHours: 30,
          cost: 87.5,
        },
      ]);
      const down = await serviceOver([interval({ gpus: 2 })], {
        opencost: { 'eu-sovereign-fra': 'http://127.0.0.1:1' },
      }).report({ window: '24h', groupBy: 'cluster', now: NOW });
      expect(down.rows[0]).toMatchObject({
        key: 'eu-sovereign-fra',
        cost: 120,
      });
    } finally {
      server.close();
    }
  });
});
