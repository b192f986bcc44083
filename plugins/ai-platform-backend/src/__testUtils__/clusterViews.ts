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

const EXAMPLES = path.resolve(__dirname, '../../../../examples/clusters');

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
