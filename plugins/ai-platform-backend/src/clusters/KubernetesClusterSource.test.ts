import { ConfigReader } from '@backstage/config';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  FixtureServer,
  startFixtureServer,
} from '@internal/kube-fixture-server';
import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { KubernetesClusterSource } from './KubernetesClusterSource';
import { evaluateCluster } from '../conformance/evaluate';

const demoClusters = path.resolve(__dirname, '../../../../examples/clusters');
const names = ['eu-sovereign-fra', 'eu-hyperscaler-par', 'us-east-virginia'];

/** Objects of a kind in a demo cluster folder, counted from the YAML itself. */
function countInYaml(cluster: string, kind: string): number {
  const dir = path.join(demoClusters, cluster);
  return fs
    .readdirSync(dir)
    .filter(file => file.endsWith('.yaml') && file !== 'cluster.yaml')
    .flatMap(file =>
      parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')),
    )
    .map(doc => doc.toJS())
    .filter(object => object?.kind === kind).length;
}

/** A logger that keeps its lines, so tests can read what an operator would. */
function recordingLogger(lines: string[] = []): LoggerService {
  const log = (message: string) => {
    lines.push(message);
  };
  const logger: LoggerService = {
    error: log,
    warn: log,
    info: log,
    debug: () => {},
    child: () => logger,
  };
  return logger;
}

async function until<T>(
  read: () => T | undefined,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out waiting until ${what}`);
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}

function sourceFor(
  server: FixtureServer,
  overrides: Record<string, unknown> = {},
  logger = recordingLogger(),
) {
  const caData =
    server.kubeconfig.clusters[0].cluster['certificate-authority-data'];
  return KubernetesClusterSource.fromConfig(
    new ConfigReader({
      aiPlatform: {
        clusters: server.clusters.map(name => ({
          name,
          url: server.url(name),
          auth: { type: 'serviceAccountToken', token: server.token(name) },
          caData,
          labels: server.info(name).labels,
        })),
        watch: {
          requestTimeout: '1s',
          initialBackoff: { milliseconds: 50 },
          maxBackoff: { milliseconds: 200 },
          ...(overrides.watch as object),
        },
        ...overrides,
      },
    }),
    { logger },
  );
}

describe('KubernetesClusterSource against fixture clusters', () => {
  jest.setTimeout(30_000);
  let server: FixtureServer;
  let source: KubernetesClusterSource | undefined;

  beforeEach(async () => {
    server = await startFixtureServer({ clustersDir: demoClusters });
  });

  afterEach(async () => {
    source?.stop();
    source = undefined;
    await server.close();
  });

  it('syncs every demo cluster and caches exactly the objects of its YAML', async () => {
    source = sourceFor(server);
    source.start();
    await until(
      () => source!.clusters().every(c => c.health.state === 'synced'),
      'all clusters synced',
    );

    for (const name of names) {
      const cluster = source.cluster(name)!;
      expect(cluster.kubernetesVersion).toBe(
        server.info(name).kubernetesVersion,
      );
      expect(cluster.list('core/Pod')).toHaveLength(countInYaml(name, 'Pod'));
      expect(cluster.list('core/Node')).toHaveLength(countInYaml(name, 'Node'));
      expect(cluster.list('core/ResourceQuota')).toHaveLength(
        countInYaml(name, 'ResourceQuota'),
      );
    }
    const fra = source.cluster('eu-sovereign-fra')!;
    expect(fra.servedKinds.map(k => k.id)).toEqual(
      expect.arrayContaining([
        'serving.kserve.io/LLMInferenceService',
        'kagent.dev/Agent',
        'resource.k8s.io/ResourceSlice',
      ]),
    );
    // us-east-virginia has no kagent CRDs: the kind is simply absent there.
    const us = source.cluster('us-east-virginia')!;
    expect(us.servedKinds.map(k => k.id)).not.toContain('kagent.dev/Agent');
    expect(us.list('kagent.dev/Agent')).toEqual([]);
  });

  it('reads the conformance signals over the real protocol: CRDs, policy report totals, DRA', async () => {
    source = sourceFor(server);
    source.start();
    await until(
      () => source!.clusters().every(c => c.health.state === 'synced'),
      'all clusters synced',
    );
    const status = (cluster: string, id: string) =>
      evaluateCluster(source!.cluster(cluster)!).checks.find(c => c.id === id)
        ?.status;
    // The fixture server serves resource.k8s.io on every cluster, but no DRA
    // driver publishes a ResourceSlice on us-east-virginia.
    expect(status('us-east-virginia', 'dra_support')).toBe('fail');
    expect(status('eu-sovereign-fra', 'dra_support')).toBe('pass');
    expect(status('eu-sovereign-fra', 'ai_inference')).toBe('pass');
    expect(status('us-east-virginia', 'ai_inference')).toBe('fail');
    const par = evaluateCluster(source.cluster('eu-hyperscaler-par')!);
    expect(par.hygiene.find(h => h.id === 'ingress_nginx_eol')?.status).toBe(
      'fail',
    );
    expect(par.hygiene.find(h => h.id === 'policy_reports')?.totals).toEqual({
      pass: 4,
      fail: 2,
      warn: 1,
      error: 0,
      skip: 0,
    });
  });

  it('keeps pods compact: placement, GPU requests and phase, not the whole object', async () => {
    source = sourceFor(server);
    source.start();
    await until(
      () => source!.cluster('eu-sovereign-fra')!.health.state === 'synced',
      'fra synced',
    );
    const pod = source
      .cluster('eu-sovereign-fra')!
      .list('core/Pod')
      .find(p => p.spec?.nodeName)!;
    expect(pod.metadata.name).toEqual(expect.any(String));
    expect(pod.status).toEqual(
      expect.objectContaining({ phase: expect.any(String) }),
    );
    expect(Object.keys(pod.spec!)).toEqual(
      expect.arrayContaining(['nodeName', 'containers']),
    );
    expect(pod.spec).not.toHaveProperty('volumes');
    expect(pod.metadata).not.toHaveProperty('managedFields');
  });

  it('sees an object created and then deleted in a cluster through its watch', async () => {
    source = sourceFor(server);
    source.start();
    await until(
      () => source!.cluster('us-east-virginia')!.health.state === 'synced',
      'us synced',
    );
    // Reads between changes share one frozen array; a change makes a new one.
    const before = source.cluster('us-east-virginia')!.list('core/Namespace');
    expect(source.cluster('us-east-virginia')!.list('core/Namespace')).toBe(
      before,
    );
    expect(Object.isFrozen(before)).toBe(true);
    const store = server.store('us-east-virginia');
    store.apply({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: {
        name: 'watch-test',
        labels: { 'ai-platform.io/team': 'us-applied-ml' },
      },
    });
    const cached = await until(
      () =>
        source!
          .cluster('us-east-virginia')!
          .list('core/Namespace')
          .find(n => n.metadata.name === 'watch-test'),
      'the new namespace is cached',
    );
    expect(cached.metadata.labels).toEqual({
      'ai-platform.io/team': 'us-applied-ml',
    });
    expect(before.some(n => n.metadata.name === 'watch-test')).toBe(false);
    store.remove({ apiVersion: 'v1', kind: 'Namespace', name: 'watch-test' });
    await until(
      () =>
        !source!
          .cluster('us-east-virginia')!
          .list('core/Namespace')
          .some(n => n.metadata.name === 'watch-test'),
      'the namespace is gone from the cache',
    );
    expect(source.cluster('us-east-virginia')!.health.state).toBe('synced');
  });

  it('lists again when its watch resumes from a version the server no longer has (410 Gone)', async () => {
    const lines: string[] = [];
    source = sourceFor(server, {}, recordingLogger(lines));
    source.start();
    await until(
      () => source!.cluster('us-east-virginia')!.health.state === 'synced',
      'us synced',
    );
    const faults = server.faults('us-east-virginia');
    // Slow the reconnection down, drop the watches, and meanwhile change
    // objects and compact the server's history, as etcd compaction does.
    await faults.set({ latencyMs: 300 });
    faults.dropWatches();
    const store = server.store('us-east-virginia');
    for (let i = 0; i < 30; i++) {
      store.apply({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: `churn-${i}` },
      });
    }
    store.compact();
    await faults.set({ latencyMs: 0 });
    const relist = await until(
      () =>
        lines.find(line =>
          /Namespace in cluster 'us-east-virginia' expired \(410 Gone\); listing it again/.test(
            line,
          ),
        ),
      'a relist is logged',
    );
    await until(
      () =>
        source!
          .cluster('us-east-virginia')!
          .list('core/Namespace')
          .filter(n => n.metadata.name.startsWith('churn-')).length === 30,
      'all 30 namespaces are cached after the relist',
    );
    expect(relist).toBe(
      "Watch of Namespace in cluster 'us-east-virginia' expired (410 Gone); listing it again",
    );
    expect(source.cluster('us-east-virginia')!.health.state).toBe('synced');
  });

  it('skips malformed objects with a logged reason and keeps the rest', async () => {
    const lines: string[] = [];
    source = sourceFor(server, {}, recordingLogger(lines));
    source.start();
    await until(
      () => source!.cluster('us-east-virginia')!.health.state === 'synced',
      'us synced',
    );
    const store = server.store('us-east-virginia');
    // Wrong types where the projections expect lists.
    store.apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'bad-containers', namespace: 'us-applied-ml' },
      spec: { containers: 'not-a-list' },
    });
    store.apply({
      apiVersion: 'v1',
      kind: 'Node',
      metadata: { name: 'bad-conditions' },
      status: { conditions: 5 },
    });
    store.apply({
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { name: 'good-after-bad', namespace: 'us-applied-ml' },
      spec: { containers: [{ name: 'c', image: 'busybox' }] },
    });
    const us = source.cluster('us-east-virginia')!;
    await until(
      () => us.list('core/Pod').find(p => p.metadata.name === 'good-after-bad'),
      'the good pod is cached',
    );
    expect(us.list('core/Pod').map(p => p.metadata.name)).not.toContain(
      'bad-containers',
    );
    expect(us.list('core/Node').map(n => n.metadata.name)).not.toContain(
      'bad-conditions',
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Not understood: core\/Pod 'us-applied-ml\/bad-containers' in cluster 'us-east-virginia' \(resourceVersion \d+\): skipped: it does not have the expected shape/,
        ),
        expect.stringMatching(
          /^Not understood: core\/Node 'bad-conditions' in cluster 'us-east-virginia' \(resourceVersion \d+\): skipped: it does not have the expected shape/,
        ),
      ]),
    );
    const health = source.cluster('us-east-virginia')!.health;
    expect(health.state).toBe('synced');
    expect(health.notUnderstood?.byKind).toEqual({
      'core/Node': 1,
      'core/Pod': 1,
    });
    expect(
      health.notUnderstood?.objects.map(o => [o.kind, o.namespace, o.name]),
    ).toEqual([
      ['core/Node', undefined, 'bad-conditions'],
      ['core/Pod', 'us-applied-ml', 'bad-containers'],
    ]);
    // Deleting a bad object removes it from the record.
    store.remove({
      apiVersion: 'v1',
      kind: 'Pod',
      name: 'bad-containers',
      namespace: 'us-applied-ml',
    });
    await until(
      () =>
        source!.cluster('us-east-virginia')!.health.notUnderstood?.total === 1,
      'the deleted pod is no longer reported',
    );
  });

  it('reports a wrong token as an error of that cluster only', async () => {
    const caData =
      server.kubeconfig.clusters[0].cluster['certificate-authority-data'];
    source = KubernetesClusterSource.fromConfig(
      new ConfigReader({
        aiPlatform: {
          clusters: [
            {
              name: 'eu-sovereign-fra',
              url: server.url('eu-sovereign-fra'),
              auth: { type: 'serviceAccountToken', token: 'wrong' },
              caData,
            },
            {
              name: 'us-east-virginia',
              url: server.url('us-east-virginia'),
              auth: {
                type: 'serviceAccountToken',
                token: server.token('us-east-virginia'),
              },
              caData,
            },
          ],
          watch: { requestTimeout: '1s', initialBackoff: { milliseconds: 50 } },
        },
      }),
      { logger: recordingLogger() },
    );
    source.start();
    const fra = await until(() => {
      const c = source!.cluster('eu-sovereign-fra')!;
      return c.health.state === 'error' ? c : undefined;
    }, 'fra reports an error');
    expect(fra.health.error).toMatch(
      /cluster 'eu-sovereign-fra': GET \/(version|apis) answered 401/,
    );
    await until(
      () => source!.cluster('us-east-virginia')!.health.state === 'synced',
      'us synced regardless',
    );
  });

  it('serves a hanging or down cluster as stale, without delaying the others', async () => {
    source = sourceFor(server);
    source.start();
    await until(
      () => source!.clusters().every(c => c.health.state === 'synced'),
      'all synced',
    );
    // An API server that stops answering: its open watches are cut and every
    // new request hangs. Another one is gone altogether.
    await server.faults('eu-hyperscaler-par').set({ hang: true });
    server.faults('eu-hyperscaler-par').dropWatches();
    await server.faults('us-east-virginia').set({ down: true });

    const par = await until(
      () => {
        const c = source!.cluster('eu-hyperscaler-par')!;
        return c.health.state === 'stale' ? c : undefined;
      },
      'par is stale',
      15_000,
    );
    // Its cached objects are still served, with the time they went stale.
    expect(par.list('core/Node')).toHaveLength(
      countInYaml('eu-hyperscaler-par', 'Node'),
    );
    expect(par.health.staleSince).toEqual(expect.any(String));
    await until(
      () => source!.cluster('us-east-virginia')!.health.state === 'stale',
      'us is stale',
      15_000,
    );

    // Reads never wait on a cluster: a full read of every cache stays fast.
    const started = Date.now();
    for (let i = 0; i < 100; i++) {
      source.clusters().forEach(c => c.list('core/Pod'));
    }
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(source.cluster('eu-sovereign-fra')!.health.state).toBe('synced');

    // And the clusters come back.
    await server.faults('eu-hyperscaler-par').set({ hang: false });
    await server.faults('us-east-virginia').set({ down: false });
    await until(
      () => source!.clusters().every(c => c.health.state === 'synced'),
      'all synced again',
      15_000,
    );
  });
  it('caps a cluster that paginates forever, says why, and the other clusters sync', async () => {
    await server.faults('eu-hyperscaler-par').set({ endlessPages: true });
    const lines: string[] = [];
    source = sourceFor(
      server,
      { watch: { maxPages: 25, maxBackoff: { seconds: 5 } } },
      recordingLogger(lines),
    );
    source.start();
    const par = await until(() => {
      const c = source!.cluster('eu-hyperscaler-par')!;
      return c.health.state === 'error' ? c : undefined;
    }, 'par reports the cap');
    expect(par.health.error).toMatch(
      /^cluster 'eu-hyperscaler-par': the list of \w+ \(GET \/.+\) stopped: the cluster still sent a continue token after 25 pages \(aiPlatform.watch.maxPages\)/,
    );
    expect(lines).toContainEqual(
      expect.stringMatching(
        /Watch cache of \w+ in cluster 'eu-hyperscaler-par' failed: .*continue token after 25 pages \(aiPlatform.watch.maxPages\)/,
      ),
    );
    await until(
      () =>
        ['eu-sovereign-fra', 'us-east-virginia'].every(
          name => source!.cluster(name)!.health.state === 'synced',
        ),
      'the other clusters synced',
    );
    expect(source.cluster('eu-sovereign-fra')!.list('core/Node')).toHaveLength(
      countInYaml('eu-sovereign-fra', 'Node'),
    );
  });

  it('caps the objects of one list, saying why', async () => {
    const lines: string[] = [];
    source = sourceFor(
      server,
      { watch: { maxItems: 2, pageSize: 1 } },
      recordingLogger(lines),
    );
    source.start();
    const fra = await until(() => {
      const c = source!.cluster('eu-sovereign-fra')!;
      return c.health.state === 'error' ? c : undefined;
    }, 'fra reports the cap');
    expect(fra.health.error).toMatch(
      /stopped: more than 2 objects \(aiPlatform.watch.maxItems\)/,
    );
  });

  it('ends a watch that sends a 50 MB event without reading it, says why, keeps the cache, and the other clusters are unaffected', async () => {
    const lines: string[] = [];
    source = sourceFor(server, {}, recordingLogger(lines));
    source.start();
    await until(
      () => source!.clusters().every(c => c.health.state === 'synced'),
      'all synced',
    );
    await server
      .faults('us-east-virginia')
      .set({ watchEventBytes: 50 * 1024 * 1024 });
    server.faults('us-east-virginia').dropWatches();
    await until(
      () =>
        lines.find(line =>
          /Watch cache of \w+ in cluster 'us-east-virginia' failed: cluster 'us-east-virginia': watch of \/.+ sent an event larger than 8388608 bytes \(aiPlatform.watch.maxEventBytes\); the watch was ended without reading it/.test(
            line,
          ),
        ),
      'the oversized event is logged',
      20_000,
    );
    // What the cluster had is still served, and the others are in sync.
    expect(source.cluster('us-east-virginia')!.list('core/Node')).toHaveLength(
      countInYaml('us-east-virginia', 'Node'),
    );
    expect(source.cluster('eu-sovereign-fra')!.health.state).toBe('synced');
    expect(source.cluster('eu-hyperscaler-par')!.health.state).toBe('synced');
    await server.faults('us-east-virginia').reset();
    server.faults('us-east-virginia').dropWatches();
    await until(
      () => source!.clusters().every(c => c.health.state === 'synced'),
      'all synced again',
      15_000,
    );
  });
});
