import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CLUSTERS } from './__testUtils__/clients';
import { loadClustersDir } from './loader';
import { startFixtureServer } from './server';

describe('loadClustersDir', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kube-fixture-loader-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function cluster(name: string, files: Record<string, string>) {
    await mkdir(join(dir, name, 'sub'), { recursive: true });
    for (const [file, text] of Object.entries(files)) {
      await writeFile(join(dir, name, file), text);
    }
  }

  it('reads one cluster per folder with the settings of its cluster.yaml', async () => {
    const clusters = await loadClustersDir(FIXTURE_CLUSTERS);
    expect(clusters.map(c => [c.name, c.kubernetesVersion])).toEqual([
      ['eu-gpu-1', 'v1.33.2'],
      ['us-cpu-1', 'v1.32.5'],
    ]);
    expect(clusters[0].annotations).toEqual({
      'ai-platform.io/description': 'GPU cluster in Frankfurt',
    });
    expect([...clusters[0].objects].map(o => o.kind).sort()).toEqual([
      'ClusterQueue',
      'CustomResourceDefinition',
      'Namespace',
      'Namespace',
      'Node',
      'Node',
      'Pod',
      'Pod',
      'ResourceQuota',
    ]);
  });

  it('reads nested folders, multi-document files and List objects', async () => {
    await cluster('c1', {
      'a.yaml':
        'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n',
      'sub/list.yml':
        'apiVersion: v1\nkind: List\nitems:\n  - {apiVersion: v1, kind: Namespace, metadata: {name: c}}\n',
    });
    const [c1] = await loadClustersDir(dir);
    expect([...c1.objects].map(o => o.metadata.name).sort()).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it('names the file and document of invalid YAML or incomplete objects', async () => {
    await cluster('c1', {
      'bad.yaml':
        'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\nkind: [\n',
    });
    await expect(loadClustersDir(dir)).rejects.toThrow(
      /^c1\/bad\.yaml \(document 2\): /,
    );
    await cluster('c1', { 'bad.yaml': 'apiVersion: v1\nkind: Namespace\n' });
    await expect(loadClustersDir(dir)).rejects.toThrow(
      'c1/bad.yaml (document 1): every object needs apiVersion, kind and metadata.name',
    );
  });

  it('refuses to start a cluster with an object whose CRD is missing', async () => {
    await cluster('no-crd', {
      'queue.yaml':
        'apiVersion: kueue.x-k8s.io/v1beta2\nkind: ClusterQueue\nmetadata: {name: gpu}\n',
    });
    await expect(startFixtureServer({ clustersDir: dir })).rejects.toThrow(
      'Cannot load cluster "no-crd": ClusterQueue gpu: no matches for kind "ClusterQueue" in version "kueue.x-k8s.io/v1beta2"; is its CustomResourceDefinition loaded?',
    );
  });

  it('rejects cluster folder names that cannot be contexts and URL segments', async () => {
    await cluster('Bad_Name', {});
    await expect(loadClustersDir(dir)).rejects.toThrow(
      'Cluster name "Bad_Name" is invalid',
    );
  });
});
