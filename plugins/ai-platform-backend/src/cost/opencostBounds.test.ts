import { mockServices } from '@backstage/backend-test-utils';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  clusterView,
  staticClusterSource,
} from '../__testUtils__/clusterViews';
import type { CostSettings } from './config';
import { CostService } from './CostService';
import type { CostInterval, CostStore } from './CostStore';
import { readOpenCost } from './opencost';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-11-22T12:00:00Z');
const MB = 1024 * 1024;

/** 50 MB of a JSON answer, streamed 1 MiB at a time, optionally declared. */
function hugeAnswer(res: http.ServerResponse, declare: boolean) {
  const total = 50 * MB;
  res.writeHead(200, {
    'content-type': 'application/json',
    ...(declare ? { 'content-length': String(total) } : {}),
  });
  const chunk = Buffer.alloc(MB, 0x20);
  let sent = 0;
  const pump = () => {
    while (sent < total && !res.destroyed) {
      sent += chunk.length;
      if (!res.write(chunk)) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

const ANSWER = JSON.stringify({
  code: 200,
  data: [{ 'us-ml': { name: 'us-ml', gpuHours: 12, gpuCost: 40 } }],
});

describe('OpenCost answers are bounded', () => {
  let server: http.Server;
  let base: string;
  let streamed = 0;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      if (req.url?.startsWith('/huge/')) {
        streamed++;
        hugeAnswer(res, false);
      } else if (req.url?.startsWith('/declared/')) {
        hugeAnswer(res, true);
      } else {
        res.setHeader('content-type', 'application/json');
        res.end(ANSWER);
      }
    });
    await new Promise<void>(r => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it.each(['huge', 'declared'])(
    'refuses a 50 MB answer (%s length) after 16 MiB without reading it all',
    async path => {
      await expect(
        readOpenCost({ baseUrl: `${base}/${path}`, headers: {} }, '24h'),
      ).rejects.toThrow(
        'OpenCost answered more than 16777216 bytes; the answer was not read further',
      );
    },
  );

  it('falls back to recorded figures for that cluster with the reason logged, and the other cluster keeps OpenCost', async () => {
    const logger = mockServices.logger.mock();
    const interval = (cluster: string, namespace: string): CostInterval => ({
      cluster,
      kind: 'allocation',
      key: `${cluster}-pod`,
      product: 'NVIDIA-H100-80GB-HBM3',
      resource: 'nvidia.com/gpu',
      gpus: 1,
      namespace,
      team: 'group:default/t',
      jurisdiction: 'DE',
      startedAt: NOW - 100 * 24 * HOUR,
    });
    const intervals = [
      interval('eu-sovereign-fra', 'eu-inference'),
      interval('us-east-virginia', 'us-ml'),
    ];
    const store = {
      overlapping: async () => intervals,
      capacityHistory: async () => new Map(),
    } as unknown as CostStore;
    const settings: CostSettings = {
      currency: 'EUR',
      prices: { default: 2 },
      providers: {},
      clusters: {},
      opencost: {
        'eu-sovereign-fra': { baseUrl: `${base}/huge`, headers: {} },
        'us-east-virginia': { baseUrl: `${base}/ok`, headers: {} },
      },
      recordFrequency: { minutes: 5 },
    };
    const service = new CostService({
      store,
      settings,
      clusters: staticClusterSource([
        clusterView('eu-sovereign-fra', []),
        clusterView('us-east-virginia', []),
      ]),
      logger,
    });
    const before = streamed;
    const report = await service.report({
      window: '24h',
      groupBy: 'cluster',
      now: NOW,
    });
    expect(streamed).toBe(before + 1);
    expect(logger.warn).toHaveBeenCalledWith(
      "OpenCost of cluster 'eu-sovereign-fra' (24h) could not be used: OpenCost answered more than 16777216 bytes; the answer was not read further; its recorded figures are shown",
    );
    expect(logger.warn).toHaveBeenCalledTimes(1);
    const sources = Object.fromEntries(report.sources.map(s => [s.cluster, s]));
    expect(sources['eu-sovereign-fra']).toMatchObject({
      source: 'recorded',
      error: expect.stringContaining('OpenCost could not be read'),
    });
    expect(sources['us-east-virginia']).toMatchObject({ source: 'opencost' });
    expect(sources['us-east-virginia'].error).toBeUndefined();
    expect(report.rows.find(r => r.key === 'us-east-virginia')).toMatchObject({
      gpuHours: 12,
      cost: 40,
    });
    // The fallback: 24 GPU-hours at the default price.
    expect(report.rows.find(r => r.key === 'eu-sovereign-fra')).toMatchObject({
      gpuHours: 24,
      cost: 48,
    });
  });
});
