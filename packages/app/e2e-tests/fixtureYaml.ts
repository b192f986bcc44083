import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';

export const root = path.resolve(__dirname, '../../..');
export const clustersDir = path.join(root, 'examples/clusters');
export const screenshots = path.join(root, 'e2e-screenshots');
/** The fixture server's admin API, started by scripts/e2e-portal.sh. */
export const admin = `http://127.0.0.1:${
  process.env.E2E_FIXTURE_ADMIN_PORT ?? 16442
}`;

type Obj = Record<string, any>;

/** The names of the demo clusters (one folder each). */
export function clusterNames(): string[] {
  return fs
    .readdirSync(clustersDir, { withFileTypes: true })
    .filter(entry => entry.isDirectory())
    .map(entry => entry.name);
}

/** A demo cluster's settings (cluster.yaml) and Kubernetes objects, as the fixture server loads them. */
export function readCluster(name: string): { settings: Obj; objects: Obj[] } {
  const dir = path.join(clustersDir, name);
  const settings = parse(
    fs.readFileSync(path.join(dir, 'cluster.yaml'), 'utf8'),
  );
  const objects = fs
    .readdirSync(dir)
    .filter(file => file.endsWith('.yaml') && file !== 'cluster.yaml')
    .flatMap(file =>
      parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8')),
    )
    .map(doc => doc.toJS())
    .filter(Boolean);
  return { settings, objects };
}

const GPU = 'nvidia.com/gpu';

/**
 * Whole-GPU figures of a cluster straight from its YAML, the way the README
 * of examples/clusters defines them: device-plugin GPUs of nodes that do not
 * share them, plus DRA devices; allocated = requests of pods bound to a node
 * and not terminated, plus devices of allocated claims.
 */
export function wholeGpuFigures(name: string) {
  const { objects } = readCluster(name);
  const nodes = objects.filter(o => o.kind === 'Node');
  const shared = new Set(
    nodes
      .filter(n =>
        ['time-slicing', 'mps'].includes(
          n.metadata.labels?.['nvidia.com/gpu.sharing-strategy'],
        ),
      )
      .map(n => n.metadata.name),
  );
  let allocatable = 0;
  let physical = 0;
  for (const node of nodes) {
    physical += Number(node.metadata.labels?.['nvidia.com/gpu.count'] ?? 0);
    if (!shared.has(node.metadata.name)) {
      allocatable += Number(node.status?.allocatable?.[GPU] ?? 0);
    }
  }
  let allocated = 0;
  for (const pod of objects.filter(o => o.kind === 'Pod')) {
    const node = pod.spec?.nodeName;
    if (!node || shared.has(node)) continue;
    if (['Succeeded', 'Failed'].includes(pod.status?.phase)) continue;
    for (const c of pod.spec.containers ?? []) {
      allocated += Number(
        c.resources?.requests?.[GPU] ?? c.resources?.limits?.[GPU] ?? 0,
      );
    }
  }
  for (const slice of objects.filter(o => o.kind === 'ResourceSlice')) {
    allocatable += (slice.spec.devices ?? []).length;
  }
  for (const claim of objects.filter(o => o.kind === 'ResourceClaim')) {
    allocated += (claim.status?.allocation?.devices?.results ?? []).length;
  }
  return { physical, allocatable, allocated, free: allocatable - allocated };
}

/** GPU keys (used / hard) of a namespace's ResourceQuotas. */
export function gpuQuota(cluster: string, namespace: string) {
  const { objects } = readCluster(cluster);
  const out: Array<{ key: string; used: number; hard: number }> = [];
  for (const quota of objects.filter(
    o => o.kind === 'ResourceQuota' && o.metadata.namespace === namespace,
  )) {
    for (const [key, hard] of Object.entries(quota.status?.hard ?? {})) {
      if (!/nvidia\.com|deviceclass/.test(key)) continue;
      out.push({
        key,
        hard: Number(hard),
        used: Number(quota.status?.used?.[key] ?? 0),
      });
    }
  }
  return out;
}

/** The settings labels of a cluster. */
export function clusterLabels(name: string): Record<string, string> {
  return readCluster(name).settings.metadata.labels;
}

/** Whole GPUs held by the pods carrying a label, and how many such pods hold GPUs. */
export function heldGpusOfPods(label: string, value: string) {
  let held = 0;
  let pods = 0;
  for (const name of clusterNames()) {
    for (const pod of readCluster(name).objects.filter(
      o => o.kind === 'Pod' && o.metadata.labels?.[label] === value,
    )) {
      if (!pod.spec?.nodeName) continue;
      if (['Succeeded', 'Failed'].includes(pod.status?.phase)) continue;
      const n = (pod.spec.containers ?? []).reduce(
        (sum: number, c: Obj) =>
          sum + Number(c.resources?.requests?.[GPU] ?? 0),
        0,
      );
      if (n > 0) pods++;
      held += n;
    }
  }
  return { held, pods };
}
