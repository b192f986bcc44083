/* eslint-disable no-console */
/**
 * `yarn bench:registry`: the models domain against a real docker-registry
 * (Debian's CNCF Distribution) holding 300 model repositories x 20 tags.
 *
 * Prints the first full scan's time and request count, then after 5 tags
 * were moved to new digests: the request count of a rescan that learns of
 * the pushes from the registry's own notifications (Distribution
 * `notifications.endpoints`), of a rescan that checks every tag with `HEAD`,
 * and of a scan without the digest cache (every version read in full, as a
 * client without the cache does on each scan). Requests are counted by a
 * proxy between the backend and the registry. Checks that the rescan makes
 * at least 10x fewer requests than the cacheless scan and that every moved
 * tag shows its new digest, and ends with one line of JSON. Exits 1 when a
 * check fails. Not part of `yarn test`; see docs/benchmarks.md.
 */
import { RegistryPusher, fakeBytes, MediaTypes } from '@internal/oci-seed';
import { ConfigReader } from '@backstage/config';
import type { LoggerService } from '@backstage/backend-plugin-api';
import { spawn, ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { ModelService } from '../src/models/ModelService';
import {
  findDockerRegistry,
  MISSING_REGISTRY_MESSAGE,
} from '../src/registry/__testUtils__/dockerRegistry';
import { createRegistrySource } from '../src/registry/clients';
import { readRegistryConfigs } from '../src/registry/config';

const TARGET_RATIO = 10;

const { values: args } = parseArgs({
  options: {
    repositories: { type: 'string', default: '300' },
    tags: { type: 'string', default: '20' },
    moved: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '16' },
  },
});
const REPOS = Number(args.repositories);
const TAGS = Number(args.tags);
const MOVED = Number(args.moved);
const CONCURRENCY = Number(args.concurrency);
const EVENTS_TOKEN = randomBytes(16).toString('hex');

const logger: LoggerService = {
  error: message => console.error(`[models] error: ${message}`),
  warn: message => console.error(`[models] warn: ${message}`),
  info: () => {},
  debug: () => {},
  child: () => logger,
};

let registry: ChildProcess | undefined;
let workDir: string | undefined;
const servers: http.Server[] = [];

function cleanup() {
  for (const server of servers) server.close();
  if (registry && registry.exitCode === null) registry.kill('SIGKILL');
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = undefined;
}
process.on('exit', cleanup);

const repo = (i: number) => `bench/model-${String(i).padStart(3, '0')}`;
const tag = (j: number) => `1.${j}.0`;

/** Listens on a free loopback port. */
async function listen(server: http.Server): Promise<number> {
  servers.push(server);
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done));
  return (server.address() as AddressInfo).port;
}

/** A proxy to the registry that counts requests by method. */
async function countingProxy(target: number) {
  const counts = { total: 0, byMethod: {} as Record<string, number> };
  const server = http.createServer((req, res) => {
    counts.total += 1;
    counts.byMethod[req.method!] = (counts.byMethod[req.method!] ?? 0) + 1;
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: target,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      response => {
        res.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(res);
      },
    );
    upstream.on('error', error => {
      res.writeHead(502);
      res.end(String(error));
    });
    req.pipe(upstream);
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    take() {
      const taken = { total: counts.total, byMethod: { ...counts.byMethod } };
      counts.total = 0;
      counts.byMethod = {};
      return taken;
    },
  };
}

/** Receives the registry's notifications and hands them to `deliver`. */
async function eventsReceiver(deliver: (body: unknown) => void) {
  let received = 0;
  const manifestPushes = new Set<string>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', chunk => (body += chunk));
    req.on('end', () => {
      if (req.headers.authorization === `Bearer ${EVENTS_TOKEN}`) {
        const envelope = JSON.parse(body);
        const events: Array<{ action?: string }> = envelope.events ?? [];
        received += events.filter(e => e.action === 'push').length;
        for (const event of envelope.events ?? []) {
          if (event.action === 'push' && event.target?.tag) {
            manifestPushes.add(
              `${event.target.repository}:${event.target.tag}`,
            );
          }
        }
        deliver(envelope);
      }
      res.writeHead(200);
      res.end();
    });
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}/events`,
    received: () => received,
    /** Whether the push of a tag's manifest was reported. */
    reported: (repository: string, t: string) =>
      manifestPushes.has(`${repository}:${t}`),
  };
}

/**
 * Starts the registry on `port` (a free one when 0); with `eventsUrl`, it
 * sends its push notifications there.
 */
async function startRegistry(
  dir: string,
  wantedPort: number,
  eventsUrl?: string,
): Promise<number> {
  const binary = findDockerRegistry();
  if (!binary) throw new Error(MISSING_REGISTRY_MESSAGE);
  let port = wantedPort;
  if (port === 0) {
    const probe = http.createServer();
    port = await listen(probe);
    await new Promise(done => probe.close(done));
  }
  writeFileSync(
    join(dir, 'config.yml'),
    stringify({
      version: 0.1,
      log: { level: 'error', accesslog: { disabled: true } },
      storage: { filesystem: { rootdirectory: join(dir, 'data') } },
      http: {
        addr: `127.0.0.1:${port}`,
        secret: randomBytes(16).toString('hex'),
      },
      catalog: { maxentries: 1000 },
      ...(eventsUrl
        ? {
            notifications: {
              endpoints: [
                {
                  name: 'ai-platform',
                  url: eventsUrl,
                  headers: { Authorization: [`Bearer ${EVENTS_TOKEN}`] },
                  timeout: '2s',
                  threshold: 5,
                  backoff: '1s',
                  // Pull events would queue ahead of the pushes that matter.
                  ignore: { actions: ['pull'] },
                },
              ],
            },
          }
        : {}),
    }),
  );
  registry = spawn(binary, ['serve', join(dir, 'config.yml')], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 300; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/v2/`);
      if (response.ok) return port;
    } catch {
      // not listening yet
    }
    await delay(50);
  }
  throw new Error('docker-registry did not start within 15 s');
}

async function stopRegistry() {
  const running = registry;
  if (!running || running.exitCode !== null) return;
  const exited = new Promise(done => running.once('exit', done));
  running.kill('SIGTERM');
  await exited;
}

/** One small ModelPack version; `revision` changes its digest. */
async function pushVersion(
  push: RegistryPusher,
  repository: string,
  t: string,
  revision = 0,
) {
  const weights = await push.blob(
    repository,
    fakeBytes(`${repository}:${t}:${revision}`, 256),
    'application/vnd.cncf.model.weight.v1.raw',
    { 'org.cncf.model.filepath': 'model.safetensors' },
  );
  const config = await push.blob(
    repository,
    {
      descriptor: {
        createdAt: new Date(
          Date.UTC(2026, 0, 1) + revision * 86_400_000,
        ).toISOString(),
        name: repository.split('/')[1],
        version: t,
        licenses: ['Apache-2.0'],
      },
      config: { paramSize: '8b', precision: 'bfloat16', format: 'safetensors' },
      modelfs: { type: 'layers', diffIds: [weights.digest] },
    },
    MediaTypes.modelPackConfig,
  );
  await push.manifest(repository, t, {
    schemaVersion: 2,
    mediaType: MediaTypes.ociManifest,
    artifactType: MediaTypes.modelPackManifest,
    config,
    layers: [weights],
  });
}

async function inParallel<T>(
  items: T[],
  limit: number,
  fn: (item: T) => Promise<void>,
) {
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

function service(
  url: string,
  options: { events?: boolean; digestCache?: boolean } = {},
) {
  const registries = readRegistryConfigs(
    new ConfigReader({
      aiPlatform: {
        registries: [
          {
            name: 'bench',
            url,
            repositoryPrefixes: ['bench/'],
            concurrency: CONCURRENCY,
            ...(options.events ? { events: { token: EVENTS_TOKEN } } : {}),
          },
        ],
      },
    }),
  );
  return new ModelService({
    registries,
    // Without the digest cache the client keeps nothing by digest either.
    sources: new Map(
      registries.map(r => [
        r.name,
        createRegistrySource(r, {
          logger,
          cacheBytes: options.digestCache === false ? 1 : undefined,
        }),
      ]),
    ),
    clusters: { clusters: () => [], cluster: () => undefined },
    logger,
    digestCache: options.digestCache,
  });
}

async function digestsOf(models: ModelService, repository: string) {
  const list = await models.listVersions('bench', repository);
  return new Map(list.versions.map(v => [v.tag, v.digest]));
}

async function main() {
  workDir = mkdtempSync(join(tmpdir(), 'bench-registry-'));
  // Set once the scans start; notifications before that are not needed.
  const live: { events?: ModelService } = {};
  const receiver = await eventsReceiver(envelope =>
    live.events?.noteRegistryEvents('bench', envelope),
  );
  // Seeding runs without notifications: 30,000 of them would still be
  // arriving when the tags are moved.
  const port = await startRegistry(workDir, 0);
  const direct = `http://127.0.0.1:${port}`;
  console.log(
    `Machine: ${cpus().length} CPUs, load ${loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}; client concurrency ${CONCURRENCY}`,
  );

  const pushStart = performance.now();
  const pusher = new RegistryPusher(direct);
  const work = Array.from({ length: REPOS }, (_, i) => i).flatMap(i =>
    Array.from({ length: TAGS }, (_, j) => [i, j] as const),
  );
  await inParallel(work, 16, ([i, j]) => pushVersion(pusher, repo(i), tag(j)));
  const pushMs = performance.now() - pushStart;
  console.log(
    `Pushed ${REPOS} repositories x ${TAGS} tags in ${(pushMs / 1000).toFixed(
      1,
    )} s (${pusher.requests} requests)`,
  );
  await stopRegistry();
  await startRegistry(workDir, port, receiver.url);

  const proxy = await countingProxy(port);
  const events = service(proxy.url, { events: true });
  live.events = events;
  const sweep = service(proxy.url);

  const firstStart = performance.now();
  await events.refresh();
  const firstMs = performance.now() - firstStart;
  const first = proxy.take();
  console.log(
    `First full scan: ${(firstMs / 1000).toFixed(2)} s, ${
      first.total
    } requests ${JSON.stringify(first.byMethod)}`,
  );
  await sweep.refresh();
  proxy.take();

  // Move tags to new digests, spread over repositories.
  const moved = Array.from({ length: MOVED }, (_, k) => ({
    repository: repo((Math.floor((k * REPOS) / MOVED) + 7) % REPOS),
    tag: tag((k * 3) % TAGS),
  }));
  const before = new Map(
    await Promise.all(
      moved.map(
        async m =>
          [m, (await digestsOf(events, m.repository)).get(m.tag)] as const,
      ),
    ),
  );
  proxy.take();
  const eventsBefore = receiver.received();
  for (const m of moved) await pushVersion(pusher, m.repository, m.tag, 1);
  const allReported = () =>
    moved.every(m => receiver.reported(m.repository, m.tag));
  const waitStart = performance.now();
  for (let i = 0; i < 1200 && !allReported(); i++) await delay(50);
  const eventsMs = performance.now() - waitStart;
  console.log(
    `Moved ${MOVED} tags; the registry sent ${
      receiver.received() - eventsBefore
    } push events (blobs and manifests)${
      allReported()
        ? `, the last moved tag's ${(eventsMs / 1000).toFixed(
            1,
          )} s after its push`
        : ', but not for every moved tag within 60 s'
    }`,
  );

  const rescanStart = performance.now();
  await events.refresh();
  const rescanMs = performance.now() - rescanStart;
  const rescan = proxy.take();
  console.log(
    `Rescan after the moves (push events): ${(rescanMs / 1000).toFixed(2)} s, ${
      rescan.total
    } requests ${JSON.stringify(rescan.byMethod)}`,
  );

  const sweepStart = performance.now();
  await sweep.refresh();
  const sweepMs = performance.now() - sweepStart;
  const sweepCount = proxy.take();
  console.log(
    `Rescan after the moves (HEAD on every tag, no events): ${(
      sweepMs / 1000
    ).toFixed(2)} s, ${sweepCount.total} requests ${JSON.stringify(
      sweepCount.byMethod,
    )}`,
  );

  const seen = await Promise.all(
    moved.map(async m => ({
      events: (await digestsOf(events, m.repository)).get(m.tag),
      sweep: (await digestsOf(sweep, m.repository)).get(m.tag),
      before: before.get(m),
    })),
  );
  proxy.take();
  const movesSeen = seen.every(
    s => s.events && s.events === s.sweep && s.events !== s.before,
  );

  const cacheless = service(proxy.url, { digestCache: false });
  const coldStart = performance.now();
  await cacheless.refresh();
  const coldMs = performance.now() - coldStart;
  const cold = proxy.take();
  console.log(
    `Scan without the digest cache: ${(coldMs / 1000).toFixed(2)} s, ${
      cold.total
    } requests ${JSON.stringify(cold.byMethod)}`,
  );

  const ratio = cold.total / rescan.total;
  const sweepRatio = cold.total / sweepCount.total;
  console.log(
    `Cacheless scan / rescan: ${ratio.toFixed(
      1,
    )}x with push events (target >= ${TARGET_RATIO}x), ${sweepRatio.toFixed(
      1,
    )}x with a HEAD on every tag`,
  );
  console.log(
    `Every moved tag shows its new digest after both rescans: ${movesSeen}`,
  );
  const checks = { ratio: ratio >= TARGET_RATIO, movesSeen };
  const pass = Object.values(checks).every(Boolean);
  console.log(
    JSON.stringify({
      benchmark: 'registry',
      repositories: REPOS,
      tagsPerRepository: TAGS,
      movedTags: MOVED,
      clientConcurrency: CONCURRENCY,
      pushSeconds: Number((pushMs / 1000).toFixed(1)),
      firstScan: {
        seconds: Number((firstMs / 1000).toFixed(2)),
        requests: first.total,
      },
      rescanWithEvents: {
        seconds: Number((rescanMs / 1000).toFixed(2)),
        requests: rescan.total,
      },
      rescanHeadSweep: {
        seconds: Number((sweepMs / 1000).toFixed(2)),
        requests: sweepCount.total,
      },
      cachelessScan: {
        seconds: Number((coldMs / 1000).toFixed(2)),
        requests: cold.total,
      },
      ratioWithEvents: Number(ratio.toFixed(1)),
      ratioHeadSweep: Number(sweepRatio.toFixed(1)),
      checks,
      pass,
    }),
  );
  cleanup();
  process.exit(pass ? 0 : 1);
}

main().catch(error => {
  console.error(`bench:registry failed: ${(error as Error).stack ?? error}`);
  cleanup();
  process.exit(1);
});
