import { KubeObject } from '../types';

/**
 * One stored object. Objects are never mutated once stored (a write stores a
 * new one), so the JSON is rendered at most once and shared by every list
 * page and watch event that carries it.
 */
export class StoredObject {
  private rendered?: string;

  constructor(readonly key: string, readonly object: KubeObject) {}

  get json(): string {
    this.rendered ??= JSON.stringify(this.object);
    return this.rendered;
  }
}

/**
 * The objects of one resource (all versions of it share storage), kept in
 * key order (`namespace/name`) the way etcd returns them, so that a list page
 * and a namespace are ranges found by binary search.
 */
export class Collection {
  private readonly objects = new Map<string, StoredObject>();
  private sortedKeys?: string[];

  get size() {
    return this.objects.size;
  }

  get(key: string) {
    return this.objects.get(key);
  }

  set(stored: StoredObject) {
    if (!this.objects.has(stored.key)) this.sortedKeys = undefined;
    this.objects.set(stored.key, stored);
  }

  delete(key: string) {
    if (this.objects.delete(key)) this.sortedKeys = undefined;
  }

  /** Keys in order, sorted again only after an insert or a delete. */
  keys(): string[] {
    this.sortedKeys ??= [...this.objects.keys()].sort();
    return this.sortedKeys;
  }

  /** Index of the first key that is greater than or equal to `key`. */
  lowerBound(key: string): number {
    const keys = this.keys();
    let low = 0;
    let high = keys.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (keys[mid] < key) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}

/** The storage key of an object: `namespace/name`, or `name` when cluster-scoped. */
export function objectKey(namespace: string | undefined, name: string) {
  return namespace ? `${namespace}/${name}` : name;
}
