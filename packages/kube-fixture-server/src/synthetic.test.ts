import { CoreV1Api } from '@kubernetes/client-node';
import { kubeConfigFor } from './__testUtils__/clients';
import { startFixtureServer } from './server';
import { generateSyntheticClusters } from './synthetic';
import { KubeObject } from './types';

function byKind(objects: Iterable<KubeObject>) {
  const kinds: Record<string, KubeObject[]> = {};
  for (const object of objects) (kinds[object.kind] ??= []).push(object);
  return kinds;
}

const gpuRequest = (pod: KubeObject) =>
  Number(
    (pod.spec as any).containers[0].resources.requests['nvidia.com/gpu'] ?? 0,
  );

describe('generateSyntheticClusters', () => {
  const clusters = generateSyntheticClusters({
    count: 3,
    nodes: 40,
    pods: 500,
    namespaces: 4,
  });
  const first = byKind(clusters[0].objects);

  it('never places more GPUs on a node than it has; pods that fit nowhere stay Pending', () => {
    for (const cluster of clusters) {
      const kinds = byKind(cluster.objects);
      const capacity = new Map(
        kinds.Node.map(node => [
          node.metadata!.name!,
          Number((node.status as any).allocatable['nvidia.com/gpu'] ?? 0),
        ]),
      );
      const placed = new Map<string, number>();
      for (const pod of kinds.Pod) {
        const { nodeName } = pod.spec as any;
        if ((pod.status as any).phase !== 'Running' || !nodeName) continue;
        placed.set(nodeName, (placed.get(nodeName) ?? 0) + gpuRequest(pod));
      }
      for (const [node, gpus] of placed) {
        expect(gpus).toBeLessThanOrEqual(capacity.get(node)!);
      }
      const pendingGpuPods = kinds.Pod.filter(
        pod => (pod.status as any).phase === 'Pending' && gpuRequest(pod) > 0,
      );
      expect(pendingGpuPods.every(pod => !(pod.spec as any).nodeName)).toBe(
        true,
      );
    }
  });

  it('generates the requested numbers of clusters, nodes, namespaces, quotas and pods', () => {
    expect(clusters.map(c => c.name)).toEqual([
      'synthetic-01',
      'synthetic-02',
      'synthetic-03',
    ]);
    for (const cluster of clusters) {
      const kinds = byKind(cluster.objects);
      expect(kinds.Node).toHaveLength(40);
      expect(kinds.Namespace).toHaveLength(4);
      expect(kinds.ResourceQuota).toHaveLength(4);
      expect(kinds.Pod).toHaveLength(500);
    }
  });

  it('labels GPU nodes like GPU Feature Discovery, with matching capacity', () => {
    const gpuNodes = first.Node.filter(
      n => n.metadata.labels?.['nvidia.com/gpu.present'] === 'true',
    );
    expect(gpuNodes.length).toBeGreaterThan(20);
    expect(gpuNodes.length).toBeLessThan(40);
    for (const node of gpuNodes) {
      const labels = node.metadata.labels!;
      expect(labels['nvidia.com/gpu.product']).toMatch(/^NVIDIA-/);
      expect(labels['nvidia.com/mig.strategy']).toBe('single');
      expect(Number(labels['nvidia.com/gpu.memory'])).toBeGreaterThan(40000);
      expect((node.status as any).capacity['nvidia.com/gpu']).toBe(
        labels['nvidia.com/gpu.count'],
      );
      expect((node.status as any).allocatable['nvidia.com/gpu']).toBe(
        labels['nvidia.com/gpu.count'],
      );
    }
  });

  it('mixes Running, Pending and Succeeded pods, some requesting GPUs on GPU nodes', () => {
    const phases = new Set(first.Pod.map(p => (p.status as any).phase));
    expect([...phases].sort()).toEqual(['Pending', 'Running', 'Succeeded']);
    const gpuPods = first.Pod.filter(p => gpuRequest(p) > 0);
    expect(gpuPods.length).toBeGreaterThan(100);
    const gpuNodeNames = new Set(
      first.Node.filter(n => n.metadata.labels?.['nvidia.com/gpu.present']).map(
        n => n.metadata.name,
      ),
    );
    const unlimited = gpuPods.filter(
      p =>
        (p.spec as any).containers[0].resources.limits['nvidia.com/gpu'] !==
        String(gpuRequest(p)),
    );
    expect(unlimited).toEqual([]);
    const misplaced = gpuPods.filter(p => {
      const nodeName = (p.spec as any).nodeName;
      return (p.status as any).phase === 'Pending'
        ? nodeName !== undefined
        : !gpuNodeNames.has(nodeName);
    });
    expect(misplaced).toEqual([]);
  });

  it('reports quota usage as the GPUs requested by the pods that are not finished', () => {
    for (const quota of first.ResourceQuota) {
      const used = first.Pod.filter(
        p => p.metadata.namespace === quota.metadata.namespace,
      )
        .filter(p => (p.status as any).phase !== 'Succeeded')
        .reduce((sum, p) => sum + gpuRequest(p), 0);
      expect((quota.status as any).used['requests.nvidia.com/gpu']).toBe(
        String(used),
      );
      expect(
        Number((quota.spec as any).hard['requests.nvidia.com/gpu']),
      ).toBeGreaterThan(used);
    }
  });

  it('generates the same clusters for the same seed and different ones for another', () => {
    const names = (seed: number) =>
      byKind(
        generateSyntheticClusters({ count: 1, nodes: 10, pods: 20, seed })[0]
          .objects,
      ).Node.map(n => n.metadata.name);
    expect(names(7)).toEqual(names(7));
    expect(names(7)).not.toEqual(names(8));
  });

  it('rejects sizes that are not whole numbers', () => {
    expect(() =>
      generateSyntheticClusters({ count: 1, nodes: -1, pods: 1 }),
    ).toThrow('Synthetic nodes must be a whole number >= 0, got -1');
  });
});

describe('a synthetic cluster at benchmark scale', () => {
  it('serves 8,000 pods in pages of 500 through client-node', async () => {
    const server = await startFixtureServer({
      synthetic: { count: 1, nodes: 300, pods: 8000 },
    });
    try {
      const api = kubeConfigFor(server, 'synthetic-01').makeApiClient(
        CoreV1Api,
      );
      const seen = new Set<string>();
      let token: string | undefined;
      let pages = 0;
      do {
        const page = await api.listPodForAllNamespaces({
          limit: 500,
          _continue: token,
        });
        page.items.forEach(p =>
          seen.add(`${p.metadata?.namespace}/${p.metadata?.name}`),
        );
        token = page.metadata?._continue;
        pages++;
      } while (token);
      expect(pages).toBe(16);
      expect(seen.size).toBe(8000);
      const h100 = await api.listNode({
        labelSelector: 'nvidia.com/gpu.product=NVIDIA-H100-80GB-HBM3',
      });
      expect(h100.items.length).toBeGreaterThan(30);
    } finally {
      await server.close();
    }
  });
});
