import {
  ApiException,
  ApisApi,
  AppsV1Api,
  CoreV1Api,
  CustomObjectsApi,
  PatchStrategy,
  VersionApi,
  setHeaderOptions,
} from '@kubernetes/client-node';
import {
  FIXTURE_CLUSTERS,
  kubeConfigFor,
  rawGet,
} from './__testUtils__/clients';
import { FixtureServer, startFixtureServer } from './server';

describe('fixture server over HTTPS with @kubernetes/client-node', () => {
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer({
      clustersDir: FIXTURE_CLUSTERS,
      synthetic: { count: 1, nodes: 6, pods: 25, namespaces: 3 },
    });
  });
  afterAll(() => server.close());

  const core = (cluster = 'eu-gpu-1') =>
    kubeConfigFor(server, cluster).makeApiClient(CoreV1Api);

  it('serves one context per cluster folder plus the synthetic ones, each on its own HTTPS port', () => {
    expect(server.clusters).toEqual(['eu-gpu-1', 'us-cpu-1', 'synthetic-01']);
    expect(new Set(server.clusters.map(c => server.url(c))).size).toBe(3);
    expect(server.url('eu-gpu-1')).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(server.kubeconfig.contexts.map(c => c.name)).toEqual(
      server.clusters,
    );
    expect(server.info('eu-gpu-1').labels).toEqual({
      'topology.kubernetes.io/region': 'eu-central-1',
      'ai-platform.io/jurisdiction': 'EU',
    });
  });

  it('reports the version from cluster.yaml', async () => {
    const eu = await kubeConfigFor(server, 'eu-gpu-1')
      .makeApiClient(VersionApi)
      .getCode();
    const us = await kubeConfigFor(server, 'us-cpu-1')
      .makeApiClient(VersionApi)
      .getCode();
    expect([eu.gitVersion, eu.major, eu.minor]).toEqual(['v1.33.2', '1', '33']);
    expect(us.gitVersion).toBe('v1.32.5');
  });

  it('discovers groups, and the CRD group only where the CRD is installed', async () => {
    const eu = await kubeConfigFor(server, 'eu-gpu-1')
      .makeApiClient(ApisApi)
      .getAPIVersions();
    const us = await kubeConfigFor(server, 'us-cpu-1')
      .makeApiClient(ApisApi)
      .getAPIVersions();
    expect(eu.kind).toBe('APIGroupList');
    expect(eu.groups.map(g => g.name)).toEqual(
      expect.arrayContaining([
        'apps',
        'networking.k8s.io',
        'apiextensions.k8s.io',
        'resource.k8s.io',
        'kueue.x-k8s.io',
      ]),
    );
    expect(
      eu.groups.find(g => g.name === 'kueue.x-k8s.io')?.preferredVersion,
    ).toEqual({
      groupVersion: 'kueue.x-k8s.io/v1beta2',
      version: 'v1beta2',
    });
    expect(us.groups.map(g => g.name)).not.toContain('kueue.x-k8s.io');
  });

  it('lists the resources of a group version with names, verbs and short names', async () => {
    const coreResources = await core().getAPIResources();
    const pods = coreResources.resources.find(r => r.name === 'pods');
    expect(pods).toMatchObject({
      singularName: 'pod',
      namespaced: true,
      kind: 'Pod',
      shortNames: ['po'],
    });
    expect(pods?.verbs).toEqual(
      expect.arrayContaining([
        'get',
        'list',
        'watch',
        'create',
        'patch',
        'delete',
      ]),
    );
    const apps = await kubeConfigFor(server, 'eu-gpu-1')
      .makeApiClient(AppsV1Api)
      .getAPIResources();
    expect(apps.groupVersion).toBe('apps/v1');
    expect(apps.resources.map(r => r.name).sort()).toEqual([
      'daemonsets',
      'deployments',
      'replicasets',
      'statefulsets',
    ]);
  });

  it('gets a GPU node with its GPU Feature Discovery labels and capacity', async () => {
    const node = await core().readNode({ name: 'gpu-node-h100-01' });
    expect(node.metadata?.labels?.['nvidia.com/gpu.product']).toBe(
      'NVIDIA-H100-80GB-HBM3',
    );
    expect(node.status?.capacity?.['nvidia.com/gpu']).toBe('8');
    expect(Number(node.metadata?.resourceVersion)).toBeGreaterThan(0);
  });

  it('lists with label selectors and field selectors', async () => {
    const gpuNodes = await core().listNode({
      labelSelector: 'nvidia.com/gpu.product in (NVIDIA-H100-80GB-HBM3)',
    });
    expect(gpuNodes.items.map(n => n.metadata?.name)).toEqual([
      'gpu-node-h100-01',
    ]);
    const withoutGpu = await core().listNode({
      labelSelector: '!nvidia.com/gpu.present',
    });
    expect(withoutGpu.items.map(n => n.metadata?.name)).toEqual([
      'cpu-node-01',
    ]);
    const running = await core().listPodForAllNamespaces({
      fieldSelector: 'status.phase=Running,spec.nodeName=gpu-node-h100-01',
    });
    expect(running.items.map(p => p.metadata?.name)).toEqual([
      'llama-3-8b-predictor-7d9f8c6b5-x2k4p',
    ]);
    expect(running.metadata?.resourceVersion).toMatch(/^\d+$/);
    const quotas = await core().listNamespacedResourceQuota({
      namespace: 'team-vision',
    });
    expect(quotas.items[0].spec?.hard?.['requests.nvidia.com/gpu']).toBe('16');
  });

  it('rejects an unsupported field selector with a 400 Status', async () => {
    await expect(
      core().listPodForAllNamespaces({ fieldSelector: 'spec.containers=x' }),
    ).rejects.toMatchObject({
      code: 400,
      body: expect.stringContaining(
        'field label not supported: spec.containers',
      ),
    });
  });

  it('pages through a list with limit and continue without repeating objects', async () => {
    const api = core('synthetic-01');
    const names: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = await api.listPodForAllNamespaces({
        limit: 10,
        _continue: token,
      });
      names.push(
        ...page.items.map(p => `${p.metadata?.namespace}/${p.metadata?.name}`),
      );
      token = page.metadata?._continue;
      pages++;
    } while (token);
    expect(pages).toBe(3);
    expect(names).toHaveLength(25);
    expect(new Set(names).size).toBe(25);
    expect(names).toEqual([...names].sort());
  });

  it('answers 410 Gone to a continue token older than the compacted history', async () => {
    const api = core('synthetic-01');
    const first = await api.listPodForAllNamespaces({ limit: 5 });
    server.store('synthetic-01').apply({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'bump', namespace: 'default' },
    });
    server.store('synthetic-01').compact();
    const error = await api
      .listPodForAllNamespaces({
        limit: 5,
        _continue: first.metadata?._continue,
      })
      .catch(e => e);
    expect(error).toBeInstanceOf(ApiException);
    expect(error.code).toBe(410);
    expect(JSON.parse(error.body)).toMatchObject({
      kind: 'Status',
      status: 'Failure',
      reason: 'Expired',
      code: 410,
    });
  });

  it('creates, merge-patches, JSON-patches and deletes objects', async () => {
    const api = core();
    const created = await api.createNamespacedConfigMap({
      namespace: 'team-vision',
      body: {
        metadata: { name: 'settings', labels: { app: 'x' } },
        data: { a: '1' },
      },
    });
    expect(created.metadata?.uid).toBeDefined();
    const merged = await api.patchNamespacedConfigMap(
      {
        name: 'settings',
        namespace: 'team-vision',
        body: { data: { b: '2' } },
      },
      setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
    );
    expect(merged.data).toEqual({ a: '1', b: '2' });
    const patched = await api.patchNamespacedConfigMap({
      name: 'settings',
      namespace: 'team-vision',
      body: [{ op: 'replace', path: '/data/a', value: '3' }],
    });
    expect(patched.data).toEqual({ a: '3', b: '2' });
    expect(Number(patched.metadata?.resourceVersion)).toBeGreaterThan(
      Number(created.metadata?.resourceVersion),
    );
    await api.deleteNamespacedConfigMap({
      name: 'settings',
      namespace: 'team-vision',
    });
    await expect(
      api.readNamespacedConfigMap({
        name: 'settings',
        namespace: 'team-vision',
      }),
    ).rejects.toMatchObject({ code: 404 });
  });

  it('answers conflicts and invalid objects with 409 and 422 Status objects', async () => {
    const api = core();
    const duplicate = await api
      .createNamespace({ body: { metadata: { name: 'team-vision' } } })
      .catch(e => e);
    expect(duplicate.code).toBe(409);
    expect(JSON.parse(duplicate.body)).toMatchObject({
      reason: 'AlreadyExists',
      details: { name: 'team-vision', kind: 'namespaces' },
    });
    const invalid = await api
      .createNamespace({ body: { metadata: { name: 'Team_Vision' } } })
      .catch(e => e);
    expect(invalid.code).toBe(422);
    expect(JSON.parse(invalid.body)).toMatchObject({
      reason: 'Invalid',
      details: { causes: [{ field: 'metadata.name' }] },
    });
  });

  it("answers a wrong token, or another cluster's token, with 401 Unauthorized", async () => {
    const wrong = kubeConfigFor(
      server,
      'eu-gpu-1',
      'not-the-token',
    ).makeApiClient(CoreV1Api);
    await expect(wrong.listNode()).rejects.toMatchObject({ code: 401 });
    const raw = await rawGet(
      server,
      'eu-gpu-1',
      '/api/v1/nodes',
      2000,
      'wrong',
    );
    expect(raw.status).toBe(401);
    expect(JSON.parse(raw.body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Unauthorized',
      reason: 'Unauthorized',
      code: 401,
    });
    const otherClustersToken = kubeConfigFor(
      server,
      'eu-gpu-1',
      server.token('us-cpu-1'),
    ).makeApiClient(CoreV1Api);
    await expect(otherClustersToken.listNode()).rejects.toMatchObject({
      code: 401,
    });
  });

  it('serves a custom resource whose CRD is loaded and 404s it where the CRD is missing', async () => {
    const eu = kubeConfigFor(server, 'eu-gpu-1').makeApiClient(
      CustomObjectsApi,
    );
    const queues = await eu.listClusterCustomObject({
      group: 'kueue.x-k8s.io',
      version: 'v1beta2',
      plural: 'clusterqueues',
    });
    expect(queues.kind).toBe('ClusterQueueList');
    expect(queues.items.map((q: any) => q.metadata.name)).toEqual(['gpu-h100']);
    const us = kubeConfigFor(server, 'us-cpu-1').makeApiClient(
      CustomObjectsApi,
    );
    await expect(
      us.listClusterCustomObject({
        group: 'kueue.x-k8s.io',
        version: 'v1beta2',
        plural: 'clusterqueues',
      }),
    ).rejects.toMatchObject({ code: 404 });
    const raw = await rawGet(
      server,
      'us-cpu-1',
      '/apis/kueue.x-k8s.io/v1beta2/clusterqueues',
      2000,
    );
    expect(raw).toEqual({ status: 404, body: '404 page not found\n' });
  });
});

describe('fixture server over plain HTTP', () => {
  it('serves client-node without TLS when tls is false, marking TLS verification as skipped', async () => {
    const server = await startFixtureServer({
      tls: false,
      tokens: { plain: 's3cret' },
      clusters: [
        {
          name: 'plain',
          objects: [
            { apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' } },
          ],
        },
      ],
    });
    try {
      expect(server.url('plain')).toMatch(/^http:\/\//);
      expect(server.kubeconfig.clusters[0].cluster).toEqual({
        server: server.url('plain'),
        'insecure-skip-tls-verify': true,
      });
      expect(server.kubeconfig.users[0].user).toEqual({ token: 's3cret' });
      const nodes = await kubeConfigFor(server, 'plain')
        .makeApiClient(CoreV1Api)
        .listNode();
      expect(nodes.items.map(n => n.metadata?.name)).toEqual(['n1']);
    } finally {
      await server.close();
    }
  });
});
