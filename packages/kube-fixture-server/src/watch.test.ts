import {
  CoreV1Api,
  KubeConfig,
  ListWatch,
  PatchStrategy,
  V1ConfigMap,
  Watch,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { eventually, kubeConfigFor, rawGet } from './__testUtils__/clients';
import { FixtureServer, startFixtureServer } from './server';

const NS = 'default';

describe('watch over HTTPS with @kubernetes/client-node', () => {
  let server: FixtureServer;
  let kc: KubeConfig;
  let api: CoreV1Api;
  const open: AbortController[] = [];

  beforeAll(async () => {
    server = await startFixtureServer({
      clusters: [
        {
          name: 'watched',
          objects: [
            { apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } },
            {
              apiVersion: 'v1',
              kind: 'ConfigMap',
              metadata: {
                name: 'existing',
                namespace: NS,
                labels: { team: 'a' },
              },
            },
          ],
        },
      ],
      bookmarkIntervalMs: 100,
    });
    kc = kubeConfigFor(server, 'watched');
    api = kc.makeApiClient(CoreV1Api);
  });
  afterEach(() => open.splice(0).forEach(c => c.abort()));
  afterAll(() => server.close());

  /** Starts a watch that records `TYPE name` lines and how it ended. */
  async function record(
    path: string,
    params: Record<string, string | number | boolean | undefined>,
  ) {
    const events: string[] = [];
    const objects: any[] = [];
    const ended: { error?: unknown; done: boolean } = { done: false };
    const controller = await new Watch(kc).watch(
      path,
      params,
      (type, object) => {
        events.push(
          `${type} ${object.metadata?.name ?? object.reason ?? ''}`.trim(),
        );
        objects.push(object);
      },
      error => {
        ended.done = true;
        ended.error = error;
      },
    );
    open.push(controller);
    return { events, objects, ended };
  }

  it('streams ADDED, MODIFIED and DELETED from the resourceVersion of a list', async () => {
    const list = await api.listNamespacedConfigMap({ namespace: NS });
    const watch = await record(`/api/v1/namespaces/${NS}/configmaps`, {
      resourceVersion: list.metadata!.resourceVersion,
    });
    await api.createNamespacedConfigMap({
      namespace: NS,
      body: { metadata: { name: 'live' } },
    });
    await api.patchNamespacedConfigMap(
      { name: 'live', namespace: NS, body: { data: { a: '1' } } },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    await api.deleteNamespacedConfigMap({ name: 'live', namespace: NS });
    await eventually(() =>
      expect(watch.events).toEqual([
        'ADDED live',
        'MODIFIED live',
        'DELETED live',
      ]),
    );
    const versions = watch.objects.map(o => Number(o.metadata.resourceVersion));
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(watch.objects[1].data).toEqual({ a: '1' });
  });

  it('starts with ADDED for every current object when no resourceVersion is given', async () => {
    const watch = await record(`/api/v1/namespaces/${NS}/configmaps`, {});
    await eventually(() => expect(watch.events).toEqual(['ADDED existing']));
  });

  it('reports an object leaving a label selector as DELETED', async () => {
    const store = server.store('watched');
    const watch = await record('/api/v1/configmaps', {
      labelSelector: 'team=b',
      resourceVersion: store.resourceVersion,
    });
    store.apply({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'moves', namespace: NS, labels: { team: 'b' } },
    });
    store.apply({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'moves', namespace: NS, labels: { team: 'c' } },
    });
    store.apply({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'other', namespace: NS, labels: { team: 'c' } },
    });
    await eventually(() =>
      expect(watch.events).toEqual(['ADDED moves', 'DELETED moves']),
    );
  });

  it('sends an ERROR event with a 410 Expired Status for a compacted resourceVersion', async () => {
    const store = server.store('watched');
    const old = store.resourceVersion;
    store.apply({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'after', namespace: NS },
    });
    store.compact();
    const watch = await record('/api/v1/configmaps', { resourceVersion: old });
    await eventually(() => expect(watch.ended.done).toBe(true));
    expect(watch.events).toEqual(['ERROR Expired']);
    expect(watch.objects[0]).toMatchObject({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      code: 410,
    });
    expect(watch.objects[0].message).toMatch(
      /^too old resource version: \d+ \(\d+\)$/,
    );
  });

  it('lets a client-node informer relist after 410 and see what it missed', async () => {
    const store = server.store('watched');
    const path = `/api/v1/namespaces/${NS}/configmaps`;
    let lists = 0;
    const informer = new ListWatch<V1ConfigMap>(
      path,
      new Watch(kc),
      () => {
        lists++;
        return api.listNamespacedConfigMap({ namespace: NS });
      },
      false,
    );
    await informer.start();
    try {
      expect(lists).toBe(1);
      // The informer re-watches from the last resourceVersion it saw; the
      // change and the compaction run before that request can arrive.
      expect(server.faults('watched').dropWatches()).toBe(1);
      store.apply({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'missed', namespace: NS },
      });
      store.compact();
      await eventually(() => expect(informer.get('missed', NS)).toBeDefined());
      expect(lists).toBe(2);
    } finally {
      await informer.stop();
    }
  });

  it('sends BOOKMARK events with the current resourceVersion when allowed', async () => {
    const store = server.store('watched');
    const watch = await record('/api/v1/configmaps', {
      allowWatchBookmarks: true,
      resourceVersion: store.resourceVersion,
    });
    await eventually(() =>
      expect(
        watch.events.filter(e => e === 'BOOKMARK').length,
      ).toBeGreaterThanOrEqual(2),
    );
    expect(watch.objects[0]).toEqual({
      kind: 'ConfigMap',
      apiVersion: 'v1',
      metadata: { resourceVersion: store.resourceVersion },
    });
    const without = await record('/api/v1/configmaps', {
      resourceVersion: store.resourceVersion,
    });
    await new Promise(resolve => setTimeout(resolve, 250));
    expect(without.events).toEqual([]);
  });

  it('accepts watch=1 as well as watch=true', async () => {
    const raw = await rawGet(
      server,
      'watched',
      `/api/v1/namespaces/${NS}/configmaps?watch=1&timeoutSeconds=1`,
      3000,
    );
    expect(raw.status).toBe(200);
    const events = raw.body
      .trim()
      .split('\n')
      .map(line => JSON.parse(line));
    expect(events.map(e => `${e.type} ${e.object.metadata.name}`)).toContain(
      'ADDED existing',
    );
  });

  it('ends a watch after timeoutSeconds', async () => {
    const started = Date.now();
    const watch = await record('/api/v1/configmaps', {
      timeoutSeconds: 1,
      resourceVersion: server.store('watched').resourceVersion,
    });
    await eventually(() => expect(watch.ended.done).toBe(true), 3000);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(watch.ended.error ?? null).toBeNull();
  });
});
