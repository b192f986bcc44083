import { ConfigReader } from '@backstage/config';
import { mockServices } from '@backstage/backend-test-utils';
import {
  FixtureServer,
  KubeObject,
  loadClusterDir,
  startFixtureServer,
} from '@internal/kube-fixture-server';
import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { summarizeCluster } from './inventory';
import { WATCHED_KINDS, kindId } from './kinds';
import { KubernetesClusterSource } from './KubernetesClusterSource';
import { READ_VERBS, renderClusterRoleYaml } from './rbac';

const deployDir = path.resolve(__dirname, '../../../../deploy/kubernetes');
const demoCluster = path.resolve(
  __dirname,
  '../../../../examples/clusters/eu-sovereign-fra',
);

/** The objects of the manifests an admin applies with `kubectl apply -k`. */
function deployManifests(): KubeObject[] {
  const { resources } = parse(
    fs.readFileSync(path.join(deployDir, 'kustomization.yaml'), 'utf8'),
  ) as { resources: string[] };
  return resources.flatMap(file =>
    parseAllDocuments(fs.readFileSync(path.join(deployDir, file), 'utf8')).map(
      doc => doc.toJS() as KubeObject,
    ),
  );
}

describe('deploy/kubernetes/clusterrole.yaml', () => {
  const file = fs.readFileSync(
    path.join(deployDir, 'clusterrole.yaml'),
    'utf8',
  );

  it('is what `yarn generate:rbac` writes from the table of watched kinds', () => {
    // On failure: run `yarn generate:rbac` and commit the file.
    expect(file).toBe(renderClusterRoleYaml());
  });

  it('grants get, list and watch on exactly the watched kinds, nothing more', () => {
    const role = parse(file);
    expect(role.kind).toBe('ClusterRole');
    const granted = new Set<string>();
    for (const rule of role.rules) {
      expect(rule.verbs).toEqual(READ_VERBS);
      expect(rule.resourceNames).toBeUndefined();
      for (const group of rule.apiGroups) {
        for (const resource of rule.resources) {
          expect(`${group}${resource}`).not.toContain('*');
          granted.add(`${group}/${resource}`);
        }
      }
    }
    expect([...granted].sort()).toEqual(
      [...new Set(WATCHED_KINDS.map(k => `${k.group}/${k.plural}`))].sort(),
    );
  });
});

describe('a cluster whose token may not read every watched kind', () => {
  jest.setTimeout(60_000);
  let server: FixtureServer;
  let source: KubernetesClusterSource;

  const role = deployManifests().find(o => o.kind === 'ClusterRole')!;
  const withoutNodesAndKueue: KubeObject = {
    ...role,
    rules: (role.rules as Array<{ apiGroups: string[]; resources: string[] }>)
      .filter(rule => !rule.apiGroups.includes('kueue.x-k8s.io'))
      .map(rule => ({
        ...rule,
        resources: rule.resources.filter(r => r !== 'nodes'),
      })),
  };

  beforeAll(async () => {
    const demo = await loadClusterDir(demoCluster, 'demo');
    const objects = [...demo.objects];
    const manifests = deployManifests();
    server = await startFixtureServer({
      clusters: [
        {
          name: 'restricted',
          serviceAccount: 'backstage/backstage-ai-platform',
          objects: [
            ...objects,
            ...manifests.filter(o => o.kind !== 'ClusterRole'),
            withoutNodesAndKueue,
          ],
        },
        {
          name: 'least-privilege',
          serviceAccount: 'backstage/backstage-ai-platform',
          objects: [...objects, ...manifests],
        },
      ],
    });
    source = KubernetesClusterSource.fromConfig(
      new ConfigReader({
        aiPlatform: {
          clusters: server.clusters.map(name => ({
            name,
            url: server.url(name),
            auth: { type: 'serviceAccountToken', token: server.token(name) },
            caData:
              server.kubeconfig.clusters[0].cluster[
                'certificate-authority-data'
              ],
          })),
          watch: {
            requestTimeout: '2s',
            initialBackoff: { milliseconds: 50 },
            maxBackoff: { milliseconds: 300 },
          },
        },
      }),
      { logger: mockServices.logger.mock() },
    );
    source.start();
    const deadline = Date.now() + 30_000;
    while (
      !source.clusters().every(c => c.health.state === 'synced') &&
      Date.now() < deadline
    ) {
      await new Promise(resolve => setTimeout(resolve, 50));
    }
  });

  afterAll(async () => {
    source?.stop();
    await server?.close();
  });

  it('marks the forbidden kinds "not permitted" and syncs the rest', () => {
    const cluster = source.cluster('restricted')!;
    const served = cluster.servedKinds.map(k => k.id);
    const forbidden = served.filter(
      id => id === 'core/Node' || id.startsWith('kueue.x-k8s.io/'),
    );
    // The demo cluster serves Kueue, so the test covers a CRD group too.
    expect(forbidden).toEqual(
      expect.arrayContaining(['core/Node', 'kueue.x-k8s.io/ClusterQueue']),
    );

    expect(cluster.health.state).toBe('synced');
    expect(cluster.health.error).toBeUndefined();
    expect(cluster.health.notPermitted?.map(k => k.id).sort()).toEqual(
      forbidden.sort(),
    );
    for (const id of forbidden) expect(cluster.list(id)).toHaveLength(0);
    expect(cluster.list('core/Pod').length).toBeGreaterThan(0);
    expect(cluster.list('core/Namespace').length).toBeGreaterThan(0);
  });

  it('names, in the clusters API, the rule that would allow each forbidden kind', () => {
    const summary = summarizeCluster(source.cluster('restricted')!);
    const node = summary.health.notPermitted!.find(k => k.id === 'core/Node')!;
    expect(node).toMatchObject({
      kind: 'Node',
      resource: 'nodes',
      rule: {
        apiGroups: [''],
        resources: ['nodes'],
        verbs: ['get', 'list', 'watch'],
      },
    });
    expect(node.message).toBe(
      'nodes is forbidden: User "system:serviceaccount:backstage:backstage-ai-platform" cannot list resource "nodes" in API group "" at the cluster scope',
    );
    const queue = summary.health.notPermitted!.find(
      k => k.id === 'kueue.x-k8s.io/ClusterQueue',
    )!;
    expect(queue.rule).toEqual({
      apiGroups: ['kueue.x-k8s.io'],
      resources: ['clusterqueues'],
      verbs: ['get', 'list', 'watch'],
    });
  });

  it('syncs every served kind with the manifests of deploy/kubernetes applied', () => {
    const cluster = source.cluster('least-privilege')!;
    expect(cluster.health.state).toBe('synced');
    expect(cluster.health.notPermitted).toBeUndefined();
    const served = cluster.servedKinds.map(k => k.id);
    // every kind of the table the demo cluster serves, e.g. nodes and queues
    expect(served).toEqual(
      expect.arrayContaining(['core/Node', 'kueue.x-k8s.io/ClusterQueue']),
    );
    expect(served.every(id => WATCHED_KINDS.some(k => kindId(k) === id))).toBe(
      true,
    );
    expect(cluster.list('core/Node').length).toBeGreaterThan(0);
    expect(cluster.list('kueue.x-k8s.io/ClusterQueue').length).toBeGreaterThan(
      0,
    );
  });

  it('syncs a kind as soon as the missing rule is added', async () => {
    server.store('restricted').apply({
      ...withoutNodesAndKueue,
      metadata: { name: String(role.metadata.name) },
      rules: [
        ...(withoutNodesAndKueue.rules as object[]),
        { apiGroups: [''], resources: ['nodes'], verbs: READ_VERBS },
      ],
    });
    const deadline = Date.now() + 10_000;
    while (
      source.cluster('restricted')!.list('core/Node').length === 0 &&
      Date.now() < deadline
    ) {
      await new Promise(resolve => setTimeout(resolve, 50));
    }
    const cluster = source.cluster('restricted')!;
    expect(cluster.list('core/Node').length).toBeGreaterThan(0);
    expect(cluster.health.notPermitted?.map(k => k.id)).not.toContain(
      'core/Node',
    );
  });
});
