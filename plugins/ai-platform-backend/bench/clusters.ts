/* eslint-disable no-console */
/**
 * `yarn bench:clusters`: the cluster layer against 20 synthetic clusters of
 * 300 nodes and 8,000 pods each, with 200 ms of latency on every request.
 *
 * Prints the cold sync time, the latency of a cluster-wide GPU summary read
 * from the watch caches, the latency of the same summary computed the naive
 * way (list every node and pod of every cluster on each request, as the
 * stock Kubernetes backend fans out), their ratio and the backend's memory;
 * checks them against the targets and ends with one line of JSON. Exits 1
 * when a target is missed or the two paths disagree, so it can gate a
 * change. It is not part of `yarn test`: it takes about a minute and most of
 * a machine. See docs/benchmarks.md.
 *
 * The fixture API server runs in a child process, so the memory measured
 * here is the cluster layer's alone.
 */
import { ConfigReader } from '@backstage/config';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { readClusterConfigs } from '../src/clusters/config';
import { KubeClient } from '../src/clusters/KubeClient';
import { KubernetesClusterSource } from '../src/clusters/KubernetesClusterSource';
import { GpuSummary, NodeLike, PodLike, summarise } from './gpuSummary';
import { computeClusterGpus, totalsOf } from '../src/gpu/clusterGpus';
import { GpuService } from '../src/gpu/GpuService';

const TARGETS = {
  warmP95Ms: 50,
  speedupP95: 10,
  coldSyncMs: 30_000,
  memoryGrowthMb: 400,
};

const { values: args } = parseArgs({
  options: {
    synthetic: { type: 'string', default: '20x300x8000' },
    latency: { type: 'string', default: '200' },
    reads: { type: 'string', default: '200' },
    'naive-requests': { type: 'string', default: '15' },
  },
});

const repoRoot = resolve(__dirname, '../../..');
const fixtureBin = join(
  repoRoot,
  'packages/kube-fixture-server/bin/kube-fixture-server',
);

const MB = 1024 * 1024;
const round = (n: number, digits = 1) => Number(n.toFixed(digits));

function percentile(sorted: number[], p: number): number {
  const index = Math.min(
    sorted.length - 1,
    Math.max(0, Math.ceil((p / 100) * sorted.length) - 1),
  );
  return sorted[index];
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  return {
    n: samples.length,
    p50: round(percentile(sorted, 50), 2),
    p95: round(percentile(sorted, 95), 2),
    mean: round(mean, 2),
    min: round(sorted[0], 2),
    max: round(sorted[sorted.length - 1], 2),
  };
}

function memory() {
  const gc = (global as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return {
    rssMb: round(m.rss / MB),
    heapUsedMb: round(m.heapUsed / MB),
    externalMb: round(m.external / MB),
  };
}

/** Warnings and errors of the cluster layer go to stderr; info is dropped. */
const logger: LoggerService = {
  error: message => console.error(`[cluster layer] error: ${message}`),
  warn: message => console.error(`[cluster layer] warn: ${message}`),
  info: () => {},
  debug: () => {},
  child: () => logger,
};

let child: ChildProcess | undefined;
let workDir: string | undefined;
let activeSource: KubernetesClusterSource | undefined;

/** Stops the caches, then the fixture server (and waits for it); removes the temporary files. */
async function cleanup() {
  activeSource?.stop();
  activeSource = undefined;
  const running = child;
  child = undefined;
  if (running && running.exitCode === null && running.signalCode === null) {
    const exited = new Promise<void>(done =>
      running.once('exit', () => done()),
    );
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
}

process.on('exit', () => {
  // Last resort (synchronous): never leave the fixture server behind.
  if (child && child.exitCode === null) child.kill('SIGKILL');
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`bench:clusters: ${signal} received, stopping`);
    void cleanup().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

async function until(
  check: () => boolean,
  what: string,
  timeoutMs: number,
  intervalMs = 10,
) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(done => setTimeout(done, intervalMs));
  }
}

/** Starts the fixture server as a child process; resolves with its admin URL and app-config. */
async function startFixtureServer(synthetic: string) {
  workDir = mkdtempSync(join(tmpdir(), 'bench-clusters-'));
  const appConfigPath = join(workDir, 'app-config.fixture.yaml');
  const proc = spawn(
    process.execPath,
    [
      fixtureBin,
      '--synthetic',
      synthetic,
      '--port',
      '0',
      '--admin-port',
      '0',
      '--kubeconfig',
      join(workDir, 'kubeconfig'),
      '--app-config',
      appConfigPath,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child = proc;
  let adminUrl: string | undefined;
  let output = '';
  proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    output += chunk;
    adminUrl ??= output.match(/^admin: (\S+)\/clusters$/m)?.[1];
  });
  proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
    process.stderr.write(`[fixture server] ${chunk}`);
  });
  let exited = false;
  proc.once('exit', () => {
    exited = true;
  });
  await until(
    () => exited || (Boolean(adminUrl) && existsSync(appConfigPath)),
    'the fixture server to write its app-config',
    120_000,
    50,
  );
  if (exited) throw new Error(`the fixture server exited:\n${output}`);
  return {
    adminUrl: adminUrl!,
    appConfig: parseYaml(readFileSync(appConfigPath, 'utf8')),
    ready: output.match(/ready in (\d+) ms/)?.[1],
  };
}

async function main() {
  const latencyMs = Number(args.latency);
  const reads = Number(args.reads);
  const naiveRequests = Number(args['naive-requests']);
  if (!(global as { gc?: unknown }).gc) {
    console.error(
      'bench:clusters: run with --expose-gc (yarn bench:clusters does) for comparable memory figures',
    );
  }

  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    // Other work on the machine skews every figure: keep it in the record.
    loadAvg1mAtStart: round(loadavg()[0], 2),
  };
  console.log(
    `bench:clusters: ${args.synthetic} synthetic clusters (clusters x nodes x pods), ${latencyMs} ms latency per request; node ${process.version}, ${machine.cpus} x ${machine.cpu}, load average ${machine.loadAvg1mAtStart}`,
  );
  const fixture = await startFixtureServer(args.synthetic!);
  console.log(
    `fixture server (child process ${child!.pid}) ready in ${
      fixture.ready
    } ms, admin ${fixture.adminUrl}`,
  );

  // Latency on every cluster, before anything is read.
  const admin = (await (await fetch(`${fixture.adminUrl}/clusters`)).json()) as
    | Array<{ name: string }>
    | { clusters: Array<{ name: string }> };
  const clusterNames = (Array.isArray(admin) ? admin : admin.clusters).map(
    c => c.name,
  );
  await Promise.all(
    clusterNames.map(async name => {
      const response = await fetch(
        `${fixture.adminUrl}/clusters/${name}/faults`,
        { method: 'PATCH', body: JSON.stringify({ latencyMs }) },
      );
      const body = await response.text();
      if (!response.ok || JSON.parse(body).latencyMs !== latencyMs)
        throw new Error(
          `could not set latency of ${name}: ${response.status} ${body}`,
        );
    }),
  );
  console.log(
    `injected ${latencyMs} ms latency on ${clusterNames.length} clusters`,
  );

  const config = new ConfigReader({
    aiPlatform: {
      clusters: fixture.appConfig.aiPlatform.clusters,
      reuseKubernetesPluginClusters: false,
    },
  });

  // --- cold sync --------------------------------------------------------
  const memBefore = memory();
  const source = KubernetesClusterSource.fromConfig(config, { logger });
  activeSource = source;
  const syncStart = performance.now();
  source.start();
  await until(
    () => source.clusters().every(c => c.health.state === 'synced'),
    'every cluster to be synced',
    120_000,
  );
  const coldSyncMs = round(performance.now() - syncStart, 0);
  const memAfterSync = memory();
  console.log(`cold sync of ${clusterNames.length} clusters: ${coldSyncMs} ms`);

  // --- the summary from the watch caches --------------------------------
  const fromCache = (): GpuSummary =>
    summarise(
      source.clusters().map(view => ({
        name: view.name,
        nodes: view.list('core/Node') as ReadonlyArray<NodeLike>,
        pods: view.list('core/Pod') as ReadonlyArray<PodLike>,
      })),
    );
  const cacheSummary = fromCache();
  for (let i = 0; i < 20; i++) fromCache(); // warm-up, not counted
  const cacheSamples: number[] = [];
  for (let i = 0; i < reads; i++) {
    const t = performance.now();
    fromCache();
    cacheSamples.push(performance.now() - t);
  }
  const cache = stats(cacheSamples);
  console.log(
    `cached GPU summary, ${reads} reads: p50 ${cache.p50} ms, p95 ${cache.p95} ms, mean ${cache.mean} ms`,
  );

  // --- the GPU domain service (what GET /gpu/overview answers) ----------
  // "computed": the full GPU state of every cluster is rebuilt, as on the
  // first read after every cluster changed; "memoised": the lists did not
  // change since the last read.
  const computeAll = () =>
    totalsOf(
      source.clusters().flatMap(view => computeClusterGpus(view).products),
      [],
    );
  const computedSamples: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = performance.now();
    computeAll();
    computedSamples.push(performance.now() - t);
  }
  const computed = stats(computedSamples);
  const gpuService = new GpuService({ clusters: source });
  const overview = gpuService.overview();
  const memoSamples: number[] = [];
  for (let i = 0; i < reads; i++) {
    const t = performance.now();
    gpuService.overview();
    memoSamples.push(performance.now() - t);
  }
  const memoised = stats(memoSamples);
  console.log(
    `GPU overview (GpuService): computed p50 ${computed.p50} ms, p95 ${computed.p95} ms; memoised, ${reads} reads: p50 ${memoised.p50} ms, p95 ${memoised.p95} ms`,
  );
  const serviceAgrees =
    overview.totals.wholeGpus.allocatable +
      overview.totals.sharedSlots.allocatable ===
      cacheSummary.totals.allocatable &&
    overview.totals.wholeGpus.allocated +
      overview.totals.sharedSlots.allocated ===
      cacheSummary.totals.allocated;

  // --- the naive per-request fan-out ------------------------------------
  // One full list of nodes and one of pods per cluster (no `limit`, full
  // objects), every cluster in parallel, on every request: what the stock
  // Kubernetes backend's fan-out does for each page view.
  const clients = readClusterConfigs(config).map(c => ({
    name: c.name,
    client: KubeClient.fromConfig(c),
  }));
  const fromApiServers = async (): Promise<GpuSummary> => {
    const lists = await Promise.all(
      clients.map(async ({ name, client }) => {
        const [nodes, pods] = await Promise.all([
          client.getJson<{ items: NodeLike[] }>('/api/v1/nodes', 60_000),
          client.getJson<{ items: PodLike[] }>('/api/v1/pods', 60_000),
        ]);
        return { name, nodes: nodes.items, pods: pods.items };
      }),
    );
    return summarise(lists);
  };
  const naiveSummary = await fromApiServers(); // warm-up (connections), not counted
  const naiveSamples: number[] = [];
  for (let i = 0; i < naiveRequests; i++) {
    const t = performance.now();
    await fromApiServers();
    naiveSamples.push(performance.now() - t);
  }
  const naive = stats(naiveSamples);
  console.log(
    `naive fan-out GPU summary, ${naiveRequests} requests: p50 ${naive.p50} ms, p95 ${naive.p95} ms, mean ${naive.mean} ms`,
  );
  const memEnd = memory();
  source.stop();
  activeSource = undefined;

  // --- same answer? -----------------------------------------------------
  const sameAnswer =
    JSON.stringify(cacheSummary) === JSON.stringify(naiveSummary);
  const t = cacheSummary.totals;
  console.log(
    `GPU totals (cache): ${t.nodes} nodes (${t.gpuNodes} with GPUs), ${t.pods} pods (${t.gpuPods} holding GPUs), allocatable ${t.allocatable}, allocated ${t.allocated}, free ${t.free}`,
  );
  const n = naiveSummary.totals;
  console.log(
    `GPU totals (naive): ${n.nodes} nodes (${n.gpuNodes} with GPUs), ${n.pods} pods (${n.gpuPods} holding GPUs), allocatable ${n.allocatable}, allocated ${n.allocated}, free ${n.free}`,
  );
  console.log(
    sameAnswer
      ? 'both paths give the same summary for every cluster'
      : 'MISMATCH: the two paths give different summaries',
  );

  // --- figures and targets ----------------------------------------------
  const speedupP95 = round(naive.p95 / cache.p95, 1);
  const speedupP50 = round(naive.p50 / cache.p50, 1);
  const rssGrowthMb = round(memAfterSync.rssMb - memBefore.rssMb);
  const heapGrowthMb = round(memAfterSync.heapUsedMb - memBefore.heapUsedMb);
  console.log(`naive/cache ratio: p50 ${speedupP50}x, p95 ${speedupP95}x`);
  console.log(
    `memory: before start rss ${memBefore.rssMb} MB heap ${memBefore.heapUsedMb} MB; after sync rss ${memAfterSync.rssMb} MB heap ${memAfterSync.heapUsedMb} MB (growth rss ${rssGrowthMb} MB, heap ${heapGrowthMb} MB); after the naive requests rss ${memEnd.rssMb} MB`,
  );

  const checks = {
    warmP95: cache.p95 <= TARGETS.warmP95Ms,
    speedup: speedupP95 >= TARGETS.speedupP95,
    coldSync: coldSyncMs <= TARGETS.coldSyncMs,
    memoryGrowth: rssGrowthMb <= TARGETS.memoryGrowthMb,
    sameAnswer,
    serviceAgrees,
    overviewP95: memoised.p95 <= TARGETS.warmP95Ms,
  };
  const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
  console.log(
    `${verdict(checks.warmP95)}  warm p95 ${cache.p95} ms <= ${
      TARGETS.warmP95Ms
    } ms`,
  );
  console.log(
    `${verdict(checks.speedup)}  naive p95 / cache p95 ${speedupP95}x >= ${
      TARGETS.speedupP95
    }x`,
  );
  console.log(
    `${verdict(checks.coldSync)}  cold sync ${coldSyncMs} ms <= ${
      TARGETS.coldSyncMs
    } ms`,
  );
  console.log(
    `${verdict(
      checks.memoryGrowth,
    )}  memory growth (rss) ${rssGrowthMb} MB <= ${TARGETS.memoryGrowthMb} MB`,
  );
  console.log(`${verdict(checks.sameAnswer)}  both paths agree`);
  console.log(
    `${verdict(
      checks.serviceAgrees,
    )}  GpuService allocatable/allocated equal the summary's`,
  );
  console.log(
    `${verdict(checks.overviewP95)}  GPU overview memoised p95 ${
      memoised.p95
    } ms <= ${TARGETS.warmP95Ms} ms`,
  );

  await cleanup();
  const pass = Object.values(checks).every(Boolean);
  console.log(
    JSON.stringify({
      benchmark: 'clusters',
      synthetic: args.synthetic,
      clusters: clusterNames.length,
      latencyMs,
      node: process.version,
      machine: { ...machine, loadAvg1mAtEnd: round(loadavg()[0], 2) },
      coldSyncMs,
      cache: { ...cache, unit: 'ms' },
      gpuOverview: {
        computed: { ...computed, unit: 'ms' },
        memoised: { ...memoised, unit: 'ms' },
      },
      naive: { ...naive, unit: 'ms' },
      speedup: { p50: speedupP50, p95: speedupP95 },
      memory: {
        before: memBefore,
        afterSync: memAfterSync,
        afterNaive: memEnd,
        rssGrowthMb,
        heapGrowthMb,
      },
      totals: cacheSummary.totals,
      sameAnswer,
      targets: TARGETS,
      checks,
      pass,
    }),
  );
  return pass ? 0 : 1;
}

main().then(
  code => process.exit(code),
  async error => {
    console.error(`bench:clusters failed: ${(error as Error).stack ?? error}`);
    await cleanup();
    process.exit(2);
  },
);
