import { StatusError } from '../errors';
import { KubeObject, ResourceType } from '../types';
import { ClusterStore, StoreEvent } from './ClusterStore';

function configMap(
  name: string,
  namespace = 'default',
  labels = {},
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name, namespace, labels },
    data: { k: name },
  };
}

function statusOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof StatusError) return error.toStatus();
    throw error;
  }
  throw new Error('expected a StatusError');
}

describe('ClusterStore', () => {
  let store: ClusterStore;
  let configMaps: ResourceType;

  beforeEach(() => {
    store = new ClusterStore({ eventWindow: 4 });
    configMaps = store.registry.lookup('', 'v1', 'configmaps')!;
    store.load([
      configMap('b', 'ns-1', { tier: 'gold' }),
      configMap('a', 'ns-2'),
      configMap('a', 'ns-1', { tier: 'silver' }),
      configMap('c', 'ns-1'),
    ]);
  });

  it('lists in namespace/name order with a cluster-wide resourceVersion', () => {
    const page = store.list(configMaps);
    expect(page.items.map(i => i.key)).toEqual([
      'ns-1/a',
      'ns-1/b',
      'ns-1/c',
      'ns-2/a',
    ]);
    expect(page.resourceVersion).toBe('4');
    expect(page.continueToken).toBeUndefined();
  });

  it('lists one namespace and filters by labels', () => {
    expect(
      store.list(configMaps, { namespace: 'ns-2' }).items.map(i => i.key),
    ).toEqual(['ns-2/a']);
    expect(
      store.list(configMaps, { labelSelector: 'tier' }).items.map(i => i.key),
    ).toEqual(['ns-1/a', 'ns-1/b']);
  });

  it('pages with limit and continue, counting the remaining items', () => {
    const first = store.list(configMaps, { limit: 3 });
    expect(first.items.map(i => i.key)).toEqual(['ns-1/a', 'ns-1/b', 'ns-1/c']);
    expect(first.remainingItemCount).toBe(1);
    const second = store.list(configMaps, {
      limit: 3,
      continueToken: first.continueToken,
    });
    expect(second.items.map(i => i.key)).toEqual(['ns-2/a']);
    expect(second.continueToken).toBeUndefined();
    expect(second.resourceVersion).toBe(first.resourceVersion);
  });

  it('answers 410 Expired to a continue token from before a compaction', () => {
    const first = store.list(configMaps, { limit: 1 });
    store.apply(configMap('d'));
    store.compact();
    expect(
      statusOf(() =>
        store.list(configMaps, { continueToken: first.continueToken }),
      ),
    ).toMatchObject({
      kind: 'Status',
      code: 410,
      reason: 'Expired',
    });
    expect(
      statusOf(() => store.list(configMaps, { continueToken: 'garbage' })),
    ).toMatchObject({ code: 400 });
  });

  it('assigns increasing resourceVersions and reports each change to subscribers', () => {
    const events: StoreEvent[] = [];
    store.subscribe(e => events.push(e));
    const created = store.create(configMaps, configMap('new'), 'default');
    const updated = store.patch(configMaps, 'default', 'new', o => ({
      ...o,
      data: { k: 'v2' },
    }));
    const deleted = store.delete(configMaps, 'default', 'new');
    expect(
      [created, updated, deleted].map(s => s.object.metadata.resourceVersion),
    ).toEqual(['5', '6', '7']);
    expect(updated.object.metadata.uid).toBe(created.object.metadata.uid);
    expect(events.map(e => `${e.type} ${e.resourceVersion}`)).toEqual([
      'ADDED 5',
      'MODIFIED 6',
      'DELETED 7',
    ]);
    expect(store.changesSince(5).map(e => e.type)).toEqual([
      'MODIFIED',
      'DELETED',
    ]);
  });

  it('answers 410 to a resourceVersion older than the retained window', () => {
    for (let i = 0; i < 7; i++) store.apply(configMap(`x${i}`));
    expect(statusOf(() => store.changesSince(4))).toMatchObject({
      code: 410,
      reason: 'Expired',
    });
    expect(store.changesSince(Number(store.resourceVersion))).toEqual([]);
  });

  it('fails like kube-apiserver on duplicates, stale updates, bad names and unknown objects', () => {
    expect(
      statusOf(() => store.create(configMaps, configMap('a', 'ns-1'), 'ns-1')),
    ).toMatchObject({
      code: 409,
      reason: 'AlreadyExists',
      message: 'configmaps "a" already exists',
    });
    const stale = {
      ...configMap('a', 'ns-1'),
      metadata: { name: 'a', namespace: 'ns-1', resourceVersion: '1' },
    };
    expect(
      statusOf(() => store.update(configMaps, stale, 'ns-1')),
    ).toMatchObject({ code: 409, reason: 'Conflict' });
    expect(
      statusOf(() =>
        store.create(configMaps, configMap('Not_Valid', 'ns-1'), 'ns-1'),
      ),
    ).toMatchObject({
      code: 422,
      reason: 'Invalid',
    });
    expect(statusOf(() => store.get(configMaps, 'ns-1', 'nope'))).toMatchObject(
      {
        code: 404,
        reason: 'NotFound',
        details: { name: 'nope', kind: 'configmaps' },
      },
    );
  });

  it('serves a kind once its CRD is created and stops when it is deleted', () => {
    const crd: KubeObject = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: 'localqueues.kueue.x-k8s.io' },
      spec: {
        group: 'kueue.x-k8s.io',
        scope: 'Namespaced',
        names: {
          kind: 'LocalQueue',
          plural: 'localqueues',
          singular: 'localqueue',
          shortNames: ['lq'],
        },
        versions: [{ name: 'v1beta2', served: true, storage: true }],
      },
    };
    const queue = {
      apiVersion: 'kueue.x-k8s.io/v1beta2',
      kind: 'LocalQueue',
      metadata: { name: 'q', namespace: 'ns-1' },
    };
    expect(() => store.apply(queue)).toThrow(
      /no matches for kind "LocalQueue"/,
    );
    store.apply(crd);
    expect(store.apply(queue).metadata.resourceVersion).toBeDefined();
    expect(
      store.registry.lookup('kueue.x-k8s.io', 'v1beta2', 'localqueues')
        ?.namespaced,
    ).toBe(true);
    store.remove({
      apiVersion: crd.apiVersion,
      kind: crd.kind,
      name: crd.metadata.name!,
    });
    expect(
      store.registry.lookup('kueue.x-k8s.io', 'v1beta2', 'localqueues'),
    ).toBeUndefined();
  });
});
