import { CoreV1Api, Watch } from '@kubernetes/client-node';
import { eventually, kubeConfigFor, rawGet } from './__testUtils__/clients';
import { FixtureServer, startFixtureServer } from './server';

const node = (name: string) => ({
  apiVersion: 'v1',
  kind: 'Node',
  metadata: { name },
});

describe('fault injection', () => {
  let server: FixtureServer;
  const core = (cluster: string) =>
    kubeConfigFor(server, cluster).makeApiClient(CoreV1Api);

  beforeAll(async () => {
    server = await startFixtureServer({
      clusters: [
        { name: 'bad', objects: [node('bad-node')] },
        { name: 'good', objects: [node('good-node')] },
      ],
    });
  });
  afterEach(async () => {
    await server.faults('bad').reset();
  });
  afterAll(() => server.close());

  async function timed<T>(promise: Promise<T>) {
    const started = Date.now();
    const outcome = await promise.then(
      value => ({ value }),
      error => ({ error }),
    );
    return { ...outcome, ms: Date.now() - started } as {
      value?: T;
      error?: any;
      ms: number;
    };
  }

  it('delays every request of a cluster by latencyMs without delaying the others', async () => {
    await server.faults('bad').set({ latencyMs: 400 });
    const [bad, good] = await Promise.all([
      timed(core('bad').listNode()),
      timed(core('good').listNode()),
    ]);
    expect(bad.value?.items).toHaveLength(1);
    expect(bad.ms).toBeGreaterThanOrEqual(390);
    expect(good.ms).toBeLessThan(200);
  });

  it('answers errorRate of the requests with a 503 or 500 Status', async () => {
    await server.faults('bad').set({ errorRate: 1 });
    const unavailable = await rawGet(server, 'bad', '/api/v1/nodes', 2000);
    expect(unavailable.status).toBe(503);
    expect(JSON.parse(unavailable.body)).toMatchObject({
      kind: 'Status',
      reason: 'ServiceUnavailable',
      code: 503,
    });
    await server.faults('bad').set({ errorCode: 500 });
    await expect(core('bad').listNode()).rejects.toMatchObject({ code: 500 });
    await server.faults('bad').set({ errorRate: 0 });
    await expect(core('bad').listNode()).resolves.toBeDefined();
  });

  it('holds requests unanswered while hanging, so only a client timeout ends them', async () => {
    await server.faults('bad').set({ hang: true });
    const [bad, good] = await Promise.all([
      timed(rawGet(server, 'bad', '/api/v1/nodes', 300)),
      timed(rawGet(server, 'good', '/api/v1/nodes', 300)),
    ]);
    expect(bad.error?.message).toBe('timed out after 300 ms');
    expect(bad.ms).toBeGreaterThanOrEqual(290);
    expect(good.value?.status).toBe(200);
    expect(good.ms).toBeLessThan(200);
  });

  it('refuses connections while down and serves again on the same URL once up', async () => {
    await server.faults('bad').set({ down: true });
    await expect(core('bad').listNode()).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
    await expect(core('good').listNode()).resolves.toBeDefined();
    await server.faults('bad').set({ down: false });
    const nodes = await core('bad').listNode();
    expect(nodes.items.map(n => n.metadata?.name)).toEqual(['bad-node']);
  });

  it('ends open watches of the cluster when they are dropped or it goes down', async () => {
    const ended: string[] = [];
    const start = (cluster: string) =>
      new Watch(kubeConfigFor(server, cluster)).watch(
        '/api/v1/nodes',
        { resourceVersion: server.store(cluster).resourceVersion },
        () => {},
        () => ended.push(cluster),
      );
    const controllers = await Promise.all([start('bad'), start('good')]);
    try {
      expect(server.faults('bad').dropWatches()).toBe(1);
      await eventually(() => expect(ended).toEqual(['bad']));
      controllers.push(await start('bad'));
      await server.faults('bad').set({ down: true });
      await eventually(() => expect(ended).toEqual(['bad', 'bad']));
    } finally {
      controllers.forEach(c => c.abort());
    }
  });

  it('rejects invalid settings with a message that names them', async () => {
    await expect(
      server.faults('bad').set({ errorRate: 2, latencyMs: -1 }),
    ).rejects.toThrow(
      'Invalid fault settings: latencyMs must be a number of milliseconds >= 0, got -1; errorRate must be between 0 and 1, got 2',
    );
    expect(server.faults('bad').get().errorRate).toBe(0);
  });

  it('changes faults through the admin API', async () => {
    const clusters = await (await fetch(`${server.adminUrl}/clusters`)).json();
    expect(
      clusters.clusters.map((c: { name: string; server: string }) => [
        c.name,
        c.server,
      ]),
    ).toEqual([
      ['bad', server.url('bad')],
      ['good', server.url('good')],
    ]);
    const patched = await fetch(`${server.adminUrl}/clusters/bad/faults`, {
      method: 'PATCH',
      body: JSON.stringify({ latencyMs: 50, errorRate: 0.25 }),
    });
    expect(await patched.json()).toEqual({
      latencyMs: 50,
      errorRate: 0.25,
      errorCode: 503,
      hang: false,
      down: false,
      endlessPages: false,
      watchEventBytes: 0,
    });
    expect(server.faults('bad').get().latencyMs).toBe(50);
    const invalid = await fetch(`${server.adminUrl}/clusters/bad/faults`, {
      method: 'PATCH',
      body: '{"hang":"yes"}',
    });
    expect(invalid.status).toBe(400);
    const dropped = await fetch(
      `${server.adminUrl}/clusters/bad/faults/drop-watches`,
      { method: 'POST' },
    );
    expect(await dropped.json()).toEqual({ dropped: 0 });
    await fetch(`${server.adminUrl}/clusters/bad/faults`, { method: 'DELETE' });
    expect(server.faults('bad').get()).toMatchObject({
      latencyMs: 0,
      errorRate: 0,
    });
  });
});
