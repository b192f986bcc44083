import type {
  CachedObject,
  ClusterSource,
  ClusterView,
} from '@ai-platform/backstage-plugin-ai-platform-node';
import type { ClusterHealth } from '@ai-platform/backstage-plugin-ai-platform-common';
import fs from 'fs';
import path from 'path';
import { parseAllDocuments } from 'yaml';
import {
  kindId,
  KubeObject,
  projectDefault,
  WATCHED_KINDS,
} from '../clusters/kinds';
import { withInspectors } from '../clusters/inspectors';

const EXAMPLES = path.resolve(__dirname, '../../../../examples/clusters');
const UPSTREAM = path.resolve(__dirname, '../__fixtures__/upstream');

/**
 * The objects of fixture files of src/__fixtures__/upstream (multi-document
 * YAML; a `kind: List` is read as its items, as kubectl prints them).
 */
export function upstreamObjects(...files: string[]): KubeObject[] {
  return files.flatMap(file =>
    parseAllDocuments(fs.readFileSync(path.join(UPSTREAM, file), 'utf8'))
      .map(d => d.toJS())
      .filter(Boolean)
      .flatMap((o: KubeObject) => (o.kind === 'List' ? o.items ?? [] : [o])),
  );
}

/**
 * What the cluster layer would report as not understood for these objects:
 * the same projections and inspectors as production.
 */
export function notUnderstoodOf(objects: KubeObject[]) {
  const kinds = withInspectors(WATCHED_KINDS);
  const out: Array<{
    kind: string;
    namespace?: string;
    name: string;
    reasons: string[];
  }> = [];
  for (const object of objects) {
    const group = String(object.apiVersion ?? '').includes('/')
      ? String(object.apiVersion).split('/')[0]
      : '';
    const definition = kinds.find(
      k => k.group === group && k.kind === object.kind,
    );
    if (!definition?.inspect) continue;
    const reasons = definition.inspect(
      (definition.project ?? projectDefault)(object),
    );
    if (reasons.length > 0) {
      out.push({
        kind: kindId(definition),
        namespace: object.metadata?.namespace,
        name: object.metadata?.name,
        reasons,
      });
    }
  }
  return out;
}

/**
 * A cluster view over a fixed set of objects, projected as the watch caches
 * project them, so domain code reads exactly what it reads in production.
 */
export function clusterView(
  name: string,
  objects: KubeObject[],
  options: {
    labels?: Record<string, string>;
    title?: string;
    health?: ClusterHealth;
    kubernetesVersion?: string;
  } = {},
): ClusterView {
  const byKind = new Map<string, CachedObject[]>();
  for (const object of objects) {
    const group = String(object.apiVersion ?? '').includes('/')
      ? String(object.apiVersion).split('/')[0]
      : '';
    const definition = WATCHED_KINDS.find(
      k => k.group === group && k.kind === object.kind,
    );
    if (!definition) continue;
    const id = kindId(definition);
    const projected = (definition.project ?? projectDefault)(object);
    byKind.set(id, [...(byKind.get(id) ?? []), projected]);
  }
  const frozen = new Map(
    [...byKind].map(([id, list]) => [id, Object.freeze(list)]),
  );
  const empty = Object.freeze([]) as ReadonlyArray<CachedObject>;
  return {
    name,
    title: options.title,
    kubernetesVersion: options.kubernetesVersion,
    labels: options.labels ?? {},
    health: options.health ?? { state: 'synced' },
    servedKinds: [],
    list: (id, namespace) => {
      const list = frozen.get(id) ?? empty;
      return namespace
        ? list.filter(o => o.metadata.namespace === namespace)
        : list;
    },
  };
}

/** The Kubernetes objects of a cluster of examples/clusters. */
export function exampleObjects(name: string): KubeObject[] {
  const dir = path.join(EXAMPLES, name);
  return fs
    .readdirSync(dir)
    .filter(f => f.endsWith('.yaml') && f !== 'cluster.yaml')
    .flatMap(file =>
      parseAllDocuments(fs.readFileSync(path.join(dir, file), 'utf8'))
        .map(d => d.toJS())
        .filter(Boolean),
    );
}

/** A cluster of examples/clusters, as the fixture server serves it. */
export function exampleCluster(
  name: string,
  health?: ClusterHealth,
): ClusterView {
  const dir = path.join(EXAMPLES, name);
  const objects: KubeObject[] = [];
  let meta: KubeObject = {};
  for (const file of fs.readdirSync(dir).filter(f => f.endsWith('.yaml'))) {
    const docs = parseAllDocuments(
      fs.readFileSync(path.join(dir, file), 'utf8'),
    )
      .map(d => d.toJS())
      .filter(Boolean);
    if (file === 'cluster.yaml') meta = docs[0];
    else objects.push(...docs);
  }
  return clusterView(name, objects, {
    labels: meta.metadata?.labels,
    title: meta.metadata?.annotations?.['ai-platform.io/title'],
    kubernetesVersion: meta.kubernetesVersion,
    health,
  });
}

/** A cluster source over fixed views. */
export function staticClusterSource(views: ClusterView[]): ClusterSource {
  return {
    clusters: () => views,
    cluster: name => views.find(v => v.name === name),
  };
}
