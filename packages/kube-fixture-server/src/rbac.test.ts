import { ApiException, CoreV1Api } from '@kubernetes/client-node';
import { kubeConfigFor, rawGet } from './__testUtils__/clients';
import { FixtureServer, startFixtureServer } from './server';
import { KubeObject } from './types';

const SA = { kind: 'ServiceAccount', name: 'portal', namespace: 'backstage' };

const objects: KubeObject[] = [
  { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'team-a' } },
  {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: { name: 'gpu-node-1' },
  },
  {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'train-0', namespace: 'team-a' },
    spec: { containers: [{ name: 'main', image: 'busybox' }] },
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'portal-read' },
    rules: [
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] },
    ],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRoleBinding',
    metadata: { name: 'portal-read' },
    roleRef: {
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'ClusterRole',
      name: 'portal-read',
    },
    subjects: [SA],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'Role',
    metadata: { name: 'quota-read', namespace: 'team-a' },
    rules: [
      { apiGroups: [''], resources: ['resourcequotas'], verbs: ['list'] },
    ],
  },
  {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'RoleBinding',
    metadata: { name: 'quota-read', namespace: 'team-a' },
    roleRef: {
      apiGroup: 'rbac.authorization.k8s.io',
      kind: 'Role',
      name: 'quota-read',
    },
    subjects: [SA],
  },
];

describe('RBAC of a fixture cluster', () => {
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer({
      clusters: [
        { name: 'locked', serviceAccount: 'backstage/portal', objects },
        {
          name: 'other-user',
          serviceAccount: 'backstage/someone-else',
          objects,
        },
        { name: 'open', objects: objects.slice(0, 3) },
      ],
    });
  });
  afterAll(() => server.close());

  it('lets the bound ServiceAccount do what its ClusterRole grants', async () => {
    const api = kubeConfigFor(server, 'locked').makeApiClient(CoreV1Api);
    const pods = await api.listPodForAllNamespaces();
    expect(pods.items.map(p => p.metadata?.name)).toEqual(['train-0']);
    const pod = await api.readNamespacedPod({
      name: 'train-0',
      namespace: 'team-a',
    });
    expect(pod.metadata?.name).toBe('train-0');
  });

  it("answers 403 Forbidden in kube-apiserver's Status shape for a kind no rule grants", async () => {
    const { status, body } = await rawGet(
      server,
      'locked',
      '/api/v1/nodes',
      5000,
    );
    expect(status).toBe(403);
    expect(JSON.parse(body)).toEqual({
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message:
        'nodes is forbidden: User "system:serviceaccount:backstage:portal" cannot list resource "nodes" in API group "" at the cluster scope',
      reason: 'Forbidden',
      details: { kind: 'nodes' },
      code: 403,
    });
  });

  it('checks the verb: a watch needs watch, a write needs its own verb', async () => {
    const api = kubeConfigFor(server, 'locked').makeApiClient(CoreV1Api);
    await expect(
      api.deleteNamespacedPod({ name: 'train-0', namespace: 'team-a' }),
    ).rejects.toMatchObject({ code: 403 } as Partial<ApiException<unknown>>);
    const watch = await rawGet(
      server,
      'locked',
      '/api/v1/namespaces/team-a/resourcequotas?watch=true',
      5000,
    );
    expect(watch.status).toBe(403);
    expect(JSON.parse(watch.body).message).toBe(
      'resourcequotas is forbidden: User "system:serviceaccount:backstage:portal" cannot watch resource "resourcequotas" in API group "" in the namespace "team-a"',
    );
  });

  it('applies a RoleBinding only in its namespace', async () => {
    const inTeam = await rawGet(
      server,
      'locked',
      '/api/v1/namespaces/team-a/resourcequotas',
      5000,
    );
    const everywhere = await rawGet(
      server,
      'locked',
      '/api/v1/resourcequotas',
      5000,
    );
    expect(inTeam.status).toBe(200);
    expect(everywhere.status).toBe(403);
  });

  it('grants nothing to a ServiceAccount the bindings do not name', async () => {
    const { status } = await rawGet(server, 'other-user', '/api/v1/pods', 5000);
    expect(status).toBe(403);
  });

  it('takes a rule added at runtime into account at once', async () => {
    expect((await rawGet(server, 'locked', '/api/v1/nodes', 5000)).status).toBe(
      403,
    );
    const role = objects[3];
    server.store('locked').apply({
      ...role,
      metadata: { name: 'portal-read' },
      rules: [
        ...(role.rules as object[]),
        { apiGroups: [''], resources: ['nodes'], verbs: ['list'] },
      ],
    });
    expect((await rawGet(server, 'locked', '/api/v1/nodes', 5000)).status).toBe(
      200,
    );
  });

  it('still serves discovery and /version to the restricted token', async () => {
    for (const path of ['/version', '/api', '/apis', '/api/v1']) {
      expect((await rawGet(server, 'locked', path, 5000)).status).toBe(200);
    }
  });

  it('allows every request of a valid token on a cluster without RBAC objects', async () => {
    const { status } = await rawGet(server, 'open', '/api/v1/nodes', 5000);
    expect(status).toBe(200);
    const wrongToken = await rawGet(server, 'open', '/api/v1/nodes', 5000, 'x');
    expect(wrongToken.status).toBe(401);
  });

  it('refuses to load an aggregated ClusterRole it could not evaluate', async () => {
    await expect(
      startFixtureServer({
        clusters: [
          {
            name: 'aggregated',
            objects: [
              {
                apiVersion: 'rbac.authorization.k8s.io/v1',
                kind: 'ClusterRole',
                metadata: { name: 'monitoring' },
                aggregationRule: {
                  clusterRoleSelectors: [
                    { matchLabels: { 'rbac.example.com/aggregate': 'true' } },
                  ],
                },
              },
            ],
          },
        ],
      }),
    ).rejects.toThrow(/aggregated ClusterRoles \(monitoring\)/);
  });
});
