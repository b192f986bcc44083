import { mockServices } from '@backstage/backend-test-utils';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  clusterView,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import { priceOf, readCostSettings, type CostSettings } from './config';
import { desiredIntervals } from './intervals';
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

/** A store over fixed intervals: what a real one answers for them. */
const storeOver = (intervals: CostInterval[]) =>
  ({
    overlapping: async (from: number, to: number) =>
      intervals.filter(
        i => i.startedAt < to && (i.endedAt === undefined || i.endedAt > from),
      ),
    capacityHistory: async () => {
      const out = new Map<string, { knownFrom?: number }>();
      for (const i of intervals.filter(c => c.kind === 'capacity')) {
        const known = out.get(i.cluster)?.knownFrom;
        out.set(i.cluster, {
          knownFrom: Math.min(known ?? Infinity, i.startedAt),
        });
      }
      return out;
    },
  } as unknown as CostStore);

const serviceOver = (
  intervals: CostInterval[],
  extra: Partial<CostSettings> = {},
  fetchImpl?: typeof fetch,
) =>
  new CostService({
    store: storeOver(intervals),
    settings: { ...settings, ...extra },
    clusters: staticClusterSource([clusterView('eu-sovereign-fra', [])]),
    fetchImpl,
  });

const opencostAt = (baseUrl: string, headers: Record<string, string> = {}) => ({
  baseUrl,
  headers,
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
      'aiPlatform.cost.opencost.clusters.a.baseUrl must be an absolute http(s) URL',
    );
    // Credentials belong in the secret headers, and the URL is not echoed.
    let message = '';
    try {
      readCostSettings(
        config({
          opencost: {
            clusters: { a: { baseUrl: 'https://user:s3cret@opencost:9003' } },
          },
        }),
      );
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/must not carry credentials.*headers/);
    expect(message).not.toContain('s3cret');
    expect(
      readCostSettings(
        config({
          opencost: {
            clusters: {
              a: {
                baseUrl: 'https://opencost.example:9003/',
                headers: { Authorization: 'Bearer t0ken' },
              },
            },
          },
        }),
      ).opencost.a,
    ).toEqual({
      baseUrl: 'https://opencost.example:9003',
      headers: { Authorization: 'Bearer t0ken' },
    });
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

  it('prices idle GPUs as capacity minus allocation over the same window, and only for those who may see every team', async () => {
    const intervals = [
      interval({ gpus: 1 }),
      // 4 H100 allocatable on a node created long before the window.
      interval({
        kind: 'capacity',
        key: 'capacity/node-1/nvidia.com/gpu',
        gpus: 4,
        team: undefined,
        namespace: undefined,
      }),
    ];
    const all = await serviceOver(intervals).report({
      window: '24h',
      groupBy: 'cluster',
      now: NOW,
    });
    expect(all.total).toEqual({ gpuHours: 24, cost: 60 });
    expect(all.idle).toMatchObject({
      gpuHours: 72,
      cost: 180,
      knownFrom: new Date(NOW - 24 * HOUR).toISOString(),
      rows: [
        {
          cluster: 'eu-sovereign-fra',
          product: 'NVIDIA-H100-80GB-HBM3',
          gpuHours: 72,
          cost: 180,
          allocatableGpuHours: 96,
          allocatedGpuHours: 24,
          utilisation: 0.25,
          price: 2.5,
        },
      ],
    });
    expect(all.utilisation.clusters).toEqual([
      {
        key: 'eu-sovereign-fra',
        allocatableGpuHours: 96,
        allocatedGpuHours: 24,
        idleGpuHours: 72,
        utilisation: 0.25,
      },
    ]);
    expect(all.prices).toEqual([
      {
        cluster: 'eu-sovereign-fra',
        product: 'NVIDIA-H100-80GB-HBM3',
        price: 2.5,
        source: 'cluster',
        setting:
          'aiPlatform.cost.clusters.eu-sovereign-fra.prices.NVIDIA-H100-80GB-HBM3',
      },
    ]);
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
    expect(own.utilisation.clusters).toEqual([]);
  });

  it('bounds idle to the part of the window the capacity is known for', async () => {
    // The only node was created 10 h ago; a pod on it has run for 4 h.
    const report = await serviceOver([
      interval({ gpus: 1, startedAt: NOW - 4 * HOUR }),
      interval({
        kind: 'capacity',
        key: 'capacity/node-1/nvidia.com/gpu',
        gpus: 2,
        startedAt: NOW - 10 * HOUR,
      }),
    ]).report({ window: '7d', groupBy: 'cluster', now: NOW });
    expect(report.idle.knownFrom).toBe(new Date(NOW - 10 * HOUR).toISOString());
    expect(report.idle.rows[0]).toMatchObject({
      allocatableGpuHours: 20,
      allocatedGpuHours: 4,
      gpuHours: 16,
      knownFrom: new Date(NOW - 10 * HOUR).toISOString(),
    });
    // Allocated + idle = allocatable over the known part: no 99.9 % utilisation.
    expect(report.idle.rows[0].utilisation).toBe(0.2);
  });

  it.each([
    [
      'a time-sliced L40S (4 replicas, plain nvidia.com/gpu) held 3 slots',
      {
        'nvidia.com/gpu.product': 'NVIDIA-L40S-SHARED',
        'nvidia.com/gpu.count': '4',
        'nvidia.com/gpu.replicas': '4',
        'nvidia.com/gpu.sharing-strategy': 'time-slicing',
      },
      { 'nvidia.com/gpu': '16' },
      { 'nvidia.com/gpu': '3' },
      'NVIDIA-L40S',
      7.5,
    ],
    [
      'an MPS H100 (2 replicas, renamed nvidia.com/gpu.shared) held 1 slot',
      {
        'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3-SHARED',
        'nvidia.com/gpu.count': '8',
        'nvidia.com/gpu.replicas': '2',
        'nvidia.com/gpu.sharing-strategy': 'mps',
      },
      { 'nvidia.com/gpu.shared': '16' },
      { 'nvidia.com/gpu.shared': '1' },
      'NVIDIA-H100-80GB-HBM3',
      5,
    ],
    [
      'an A100 MIG 3g.40gb slice',
      {
        'nvidia.com/gpu.product': 'NVIDIA-A100-SXM4-80GB',
        'nvidia.com/gpu.count': '8',
        'nvidia.com/mig.strategy': 'mixed',
      },
      { 'nvidia.com/mig-3g.40gb': '16' },
      { 'nvidia.com/mig-3g.40gb': '1' },
      'NVIDIA-A100-SXM4-80GB',
      (3 / 7) * 10,
    ],
  ])(
    '%s for 10 h costs its GPU share × 10 h × the price',
    async (_what, labels, allocatable, requests, product, gpuHours) => {
      const start = NOW - 10 * HOUR;
      const view = clusterView(
        'eu-hyperscaler-par',
        [
          {
            apiVersion: 'v1',
            kind: 'Node',
            metadata: {
              name: 'gpu-node',
              uid: 'node-uid',
              creationTimestamp: new Date(NOW - 30 * 24 * HOUR).toISOString(),
              labels,
            },
            status: {
              capacity: allocatable,
              allocatable,
              conditions: [{ type: 'Ready', status: 'True' }],
            },
          },
          {
            apiVersion: 'v1',
            kind: 'Pod',
            metadata: { name: 'p', namespace: 'ml', uid: 'pod-uid' },
            spec: {
              nodeName: 'gpu-node',
              containers: [
                { name: 'c', resources: { requests, limits: requests } },
              ],
            },
            status: {
              phase: 'Running',
              startTime: new Date(start).toISOString(),
            },
          },
        ],
        { labels: { 'ai-platform.io/provider': 'ovh' } },
      );
      const report = await serviceOver(desiredIntervals(view, NOW), {
        prices: { [product]: 2 },
      }).report({ window: '24h', groupBy: 'product', now: NOW });
      expect(report.rows).toEqual([
        {
          key: product,
          label: product,
          gpuHours: Math.round(gpuHours * 100) / 100,
          cost: Math.round(gpuHours * 2 * 100) / 100,
        },
      ]);
    },
  );

  it('counts a DRA GPU device held through a claim for 10 h as one GPU for 10 h', async () => {
    const start = new Date(NOW - 10 * HOUR).toISOString();
    const view = clusterView('eu-sovereign-fra', [
      {
        apiVersion: 'resource.k8s.io/v1',
        kind: 'ResourceSlice',
        metadata: { name: 'fra-gpu-1-gpu.nvidia.com' },
        spec: {
          driver: 'gpu.nvidia.com',
          nodeName: 'fra-gpu-1',
          pool: { name: 'fra-gpu-1', generation: 1, resourceSliceCount: 1 },
          devices: ['gpu-0', 'gpu-1'].map(name => ({
            name,
            attributes: {
              type: { string: 'gpu' },
              productName: { string: 'NVIDIA H100 80GB HBM3' },
            },
          })),
        },
      },
      {
        apiVersion: 'resource.k8s.io/v1',
        kind: 'ResourceClaim',
        metadata: {
          name: 'reranker-gpu',
          namespace: 'eu-rag',
          uid: 'claim-uid',
          creationTimestamp: start,
        },
        spec: {
          devices: {
            requests: [
              { name: 'gpu', exactly: { deviceClassName: 'gpu.nvidia.com' } },
            ],
          },
        },
        status: {
          allocation: {
            devices: {
              results: [
                {
                  request: 'gpu',
                  driver: 'gpu.nvidia.com',
                  pool: 'fra-gpu-1',
                  device: 'gpu-0',
                },
              ],
            },
          },
        },
      },
    ]);
    const report = await serviceOver(desiredIntervals(view, NOW)).report({
      window: '24h',
      groupBy: 'product',
      now: NOW,
    });
    expect(report.rows).toEqual([
      {
        key: 'NVIDIA-H100-80GB-HBM3',
        label: 'NVIDIA-H100-80GB-HBM3',
        gpuHours: 10,
        cost: 25,
      },
    ]);
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
    const seen: Array<string | undefined> = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
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
      const withOpenCost = serviceOver([interval({ gpus: 2 })], {
        opencost: {
          'eu-sovereign-fra': opencostAt(`http://127.0.0.1:${port}`, {
            authorization: 'Bearer t0ken',
          }),
        },
      });
      const report = await withOpenCost.report({
        window: '24h',
        groupBy: 'namespace',
        now: NOW,
      });
      // The secret header is sent; a second read within the recording
      // interval (5 minutes) is answered from the cache.
      expect(seen).toEqual(['Bearer t0ken']);
      await withOpenCost.report({
        window: '24h',
        groupBy: 'team',
        now: NOW + 60_000,
      });
      expect(seen).toHaveLength(1);
      await withOpenCost.report({
        window: '24h',
        groupBy: 'team',
        now: NOW + 5 * 60_000,
      });
      expect(seen).toHaveLength(2);
      expect(report.prices).toContainEqual(
        expect.objectContaining({
          cluster: 'eu-sovereign-fra',
          source: 'opencost',
        }),
      );
      expect(report.rows).toEqual([
        {
          key: 'eu-sovereign-fra/eu-inference',
          label: 'eu-sovereign-fra/eu-inference',
          gpuHours: 30,
          cost: 87.5,
        },
      ]);
      const down = await serviceOver([interval({ gpus: 2 })], {
        opencost: { 'eu-sovereign-fra': opencostAt('http://127.0.0.1:1') },
      }).report({ window: '24h', groupBy: 'cluster', now: NOW });
      expect(down.rows[0]).toMatchObject({
        key: 'eu-sovereign-fra',
        cost: 120,
      });
      // The reader sees that OpenCost failed, never where it lives.
      const note = down.sources.find(x => x.cluster === 'eu-sovereign-fra');
      expect(note?.error).toMatch(/OpenCost could not be read/);
      expect(JSON.stringify(down)).not.toContain('127.0.0.1');
    } finally {
      server.close();
    }
  });
});
