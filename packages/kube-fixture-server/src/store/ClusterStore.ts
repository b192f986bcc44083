import { randomBytes, randomUUID } from 'node:crypto';
import { statusErrors } from '../errors';
import { ResourceRegistry } from '../resources/ResourceRegistry';
import { fieldValues, parseFieldSelector } from '../selectors/fieldSelector';
import { parseLabelSelector } from '../selectors/labelSelector';
import { KubeObject, ResourceType } from '../types';
import { Collection, StoredObject, objectKey } from './Collection';
import { decodeContinue, encodeContinue } from './continueToken';
import { checkBody, checkName } from './validation';

/**
 * The kind of change a watch event reports.
 *
 * @public
 */
export type ChangeType = 'ADDED' | 'MODIFIED' | 'DELETED';

/**
 * One change in a cluster, in resourceVersion order.
 *
 * @public
 */
export interface StoreEvent {
  type: ChangeType;
  resourceVersion: number;
  /** `group/plural` of the changed object. */
  resource: string;
  object: StoredObject;
  /** The object before a modification, to tell selector entries and exits. */
  previous?: StoredObject;
}

/**
 * What a list request asks for.
 *
 * @public
 */
export interface ListOptions {
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continueToken?: string;
}

/**
 * One page of a list, with the objects in key order.
 *
 * @public
 */
export interface ListPage {
  items: StoredObject[];
  resourceVersion: string;
  continueToken?: string;
  remainingItemCount?: number;
}

/**
 * Options of a {@link ClusterStore}.
 *
 * @public
 */
export interface ClusterStoreOptions {
  /**
   * How many changes are kept for watches that resume from a
   * resourceVersion; older ones get 410 Gone. Defaults to 10,000.
   */
  eventWindow?: number;
}

/**
 * The objects of one fixture cluster, with one resourceVersion counter for
 * the whole cluster (as etcd's revision) and a window of recent changes that
 * watches resume from.
 *
 * @public
 */
export class ClusterStore {
  readonly registry = new ResourceRegistry();
  private readonly collections = new Map<string, Collection>();
  private readonly listeners = new Set<(event: StoreEvent) => void>();
  private readonly eventWindow: number;
  private events: StoreEvent[] = [];
  private revision = 0;
  /** Changes up to and including this revision are no longer retained. */
  private compactedRevision = 0;

  constructor(options: ClusterStoreOptions = {}) {
    this.eventWindow = options.eventWindow ?? 10_000;
  }

  /** The cluster's current resourceVersion. */
  get resourceVersion(): string {
    return String(this.revision);
  }

  /**
   * Loads objects as the cluster's initial state, without watch events.
   * CustomResourceDefinitions are applied first so that their kinds load.
   * The store takes the objects over (they are not copied, which keeps
   * loading large synthetic clusters fast): do not change them afterwards.
   */
  load(objects: Iterable<KubeObject>) {
    const rest: KubeObject[] = [];
    for (const object of objects) {
      if (object.kind === 'CustomResourceDefinition') this.loadOne(object);
      else rest.push(object);
    }
    rest.forEach(object => this.loadOne(object));
    this.compactedRevision = this.revision;
  }

  /** Finds the kind an object declares, or fails like a cluster without it. */
  resourceTypeOf(
    object: Pick<KubeObject, 'apiVersion' | 'kind'>,
  ): ResourceType {
    const type = this.registry.lookupKind(object.apiVersion, object.kind);
    if (!type) {
      throw statusErrors.badRequest(
        `no matches for kind "${object.kind}" in version "${object.apiVersion}"; is its CustomResourceDefinition loaded?`,
      );
    }
    return type;
  }

  /** Reads one object, or fails with 404. */
  get(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): StoredObject {
    const stored = this.collection(type).get(
      objectKey(scope(type, namespace), name),
    );
    if (!stored) throw statusErrors.notFound(type, name);
    return stored;
  }

  /** Lists objects in key order, filtered and paginated. */
  list(type: ResourceType, options: ListOptions = {}): ListPage {
    const collection = this.collection(type);
    const labels = parseLabelSelector(options.labelSelector);
    const fields = parseFieldSelector(options.fieldSelector, type);
    const filtered = Boolean(options.labelSelector || options.fieldSelector);
    const keys = collection.keys();

    let snapshot = this.revision;
    let start = 0;
    let end = keys.length;
    const namespace = type.namespaced ? options.namespace : undefined;
    if (namespace) {
      // '/' sorts right before '0', so one namespace is a contiguous range.
      start = collection.lowerBound(`${namespace}/`);
      end = collection.lowerBound(`${namespace}0`);
    }
    if (options.continueToken) {
      const token = decodeContinue(
        options.continueToken,
        this.compactedRevision,
      );
      snapshot = token.rv;
      start = Math.max(start, collection.lowerBound(`${token.start}\0`));
    }

    const limit = options.limit && options.limit > 0 ? options.limit : Infinity;
    const items: StoredObject[] = [];
    let index = start;
    for (; index < end; index++) {
      const stored = collection.get(keys[index])!;
      if (filtered && !this.matches(stored, labels, fields)) continue;
      if (items.length === limit) break;
      items.push(stored);
    }
    const more = index < end;
    return {
      items,
      resourceVersion: String(snapshot),
      ...(more
        ? {
            continueToken: encodeContinue(
              snapshot,
              items[items.length - 1].key,
            ),
            ...(filtered ? {} : { remainingItemCount: end - index }),
          }
        : {}),
    };
  }

  /** Tells whether an object passes a list or watch request's selectors. */
  matcher(
    type: ResourceType,
    options: Pick<ListOptions, 'namespace' | 'labelSelector' | 'fieldSelector'>,
  ) {
    const labels = parseLabelSelector(options.labelSelector);
    const fields = parseFieldSelector(options.fieldSelector, type);
    const namespace = type.namespaced ? options.namespace : undefined;
    return (stored: StoredObject) =>
      (!namespace || stored.object.metadata.namespace === namespace) &&
      this.matches(stored, labels, fields);
  }

  /** Creates an object; the namespace comes from the request path or the object. */
  create(
    type: ResourceType,
    object: KubeObject,
    namespace?: string,
  ): StoredObject {
    const body = checkBody(type, object, namespace);
    const meta = body.metadata;
    if (!meta.name && meta.generateName) {
      meta.name = `${meta.generateName}${randomBytes(3)
        .toString('hex')
        .slice(0, 5)}`;
    }
    checkName(type, body);
    const key = objectKey(meta.namespace, meta.name!);
    if (this.collection(type).get(key)) {
      throw statusErrors.alreadyExists(type, meta.name!);
    }
    delete meta.resourceVersion;
    return this.write(type, key, body, 'ADDED');
  }

  /** Replaces an object; a stale `metadata.resourceVersion` fails with 409. */
  update(
    type: ResourceType,
    object: KubeObject,
    namespace?: string,
    name?: string,
  ): StoredObject {
    const body = checkBody(type, object, namespace);
    if (name !== undefined && body.metadata.name !== name) {
      throw statusErrors.badRequest(
        `the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`,
      );
    }
    checkName(type, body);
    const current = this.get(
      type,
      body.metadata.namespace,
      body.metadata.name!,
    );
    const sent = body.metadata.resourceVersion;
    if (sent && sent !== current.object.metadata.resourceVersion) {
      throw statusErrors.conflict(type, body.metadata.name!);
    }
    const meta = current.object.metadata;
    body.metadata.uid = meta.uid;
    body.metadata.creationTimestamp = meta.creationTimestamp;
    return this.write(type, current.key, body, 'MODIFIED', current);
  }

  /** Changes an object with a function of its current state (used by PATCH). */
  patch(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    change: (current: KubeObject) => KubeObject,
  ): StoredObject {
    const current = this.get(type, namespace, name);
    const changed = change(structuredClone(current.object));
    changed.metadata = {
      ...changed.metadata,
      resourceVersion: current.object.metadata.resourceVersion,
    };
    return this.update(type, changed, scope(type, namespace), name);
  }

  /** Deletes an object and returns it as it was at its deletion revision. */
  delete(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): StoredObject {
    const current = this.get(type, namespace, name);
    this.collection(type).delete(current.key);
    this.revision++;
    const object = {
      ...current.object,
      metadata: {
        ...current.object.metadata,
        resourceVersion: String(this.revision),
      },
    };
    const stored = new StoredObject(current.key, object);
    if (object.kind === 'CustomResourceDefinition') {
      this.registry.removeCrd(object);
    }
    this.emit({
      type: 'DELETED',
      resourceVersion: this.revision,
      resource: collectionId(type),
      object: stored,
    });
    return stored;
  }

  /** Creates or replaces an object, resolving its kind from apiVersion and kind. */
  apply(given: KubeObject): KubeObject {
    const object = structuredClone(given);
    const type = this.resourceTypeOf(object);
    const namespace = scope(type, object.metadata?.namespace ?? 'default');
    const exists = this.collection(type).get(
      objectKey(namespace, object.metadata?.name ?? ''),
    );
    const body = {
      ...object,
      metadata: { ...object.metadata, resourceVersion: undefined },
    };
    return (
      exists
        ? this.update(type, body, namespace)
        : this.create(type, body, namespace)
    ).object;
  }

  /** Deletes an object named by apiVersion, kind, name and namespace. */
  remove(ref: {
    apiVersion: string;
    kind: string;
    name: string;
    namespace?: string;
  }): KubeObject {
    return this.delete(this.resourceTypeOf(ref), ref.namespace, ref.name)
      .object;
  }

  /**
   * The retained changes after a resourceVersion, or a 410 Gone `StatusError`
   * when changes after it were already compacted away.
   */
  changesSince(resourceVersion: number): StoreEvent[] {
    if (resourceVersion < this.compactedRevision) {
      throw statusErrors.expired(
        `too old resource version: ${resourceVersion} (${this.compactedRevision})`,
      );
    }
    let low = 0;
    let high = this.events.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.events[mid].resourceVersion <= resourceVersion) low = mid + 1;
      else high = mid;
    }
    return this.events.slice(low);
  }

  /** Calls the listener with every change from now on; returns the unsubscribe. */
  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Forgets every retained change, as etcd compaction does: watches and
   * continue tokens from an earlier resourceVersion then get 410 Gone.
   */
  compact() {
    this.events = [];
    this.compactedRevision = this.revision;
  }

  /** How many objects of a kind the cluster holds. */
  count(type: ResourceType): number {
    return this.collection(type).size;
  }

  private loadOne(object: KubeObject) {
    const meta = object.metadata ?? {};
    const name = meta.namespace ? `${meta.namespace}/${meta.name}` : meta.name;
    try {
      const type = this.resourceTypeOf(object);
      const body = checkBody(type, object, undefined);
      checkName(type, body);
      const key = objectKey(body.metadata.namespace, body.metadata.name!);
      if (this.collection(type).get(key)) {
        throw new Error(
          'it is defined twice; each object may appear only once per cluster',
        );
      }
      this.write(type, key, body, 'ADDED', undefined, false);
    } catch (error) {
      throw new Error(`${object.kind} ${name}: ${(error as Error).message}`);
    }
  }

  private write(
    type: ResourceType,
    key: string,
    body: KubeObject,
    change: ChangeType,
    previous?: StoredObject,
    emit = true,
  ): StoredObject {
    this.revision++;
    body.metadata.resourceVersion = String(this.revision);
    body.metadata.uid ??= randomUUID();
    body.metadata.creationTimestamp ??= new Date()
      .toISOString()
      .replace(/\.\d+Z$/, 'Z');
    if (type.kind === 'CustomResourceDefinition') {
      this.registry.applyCrd(body);
    }
    const stored = new StoredObject(key, body);
    this.collection(type).set(stored);
    if (emit) {
      this.emit({
        type: change,
        resourceVersion: this.revision,
        resource: collectionId(type),
        object: stored,
        previous,
      });
    }
    return stored;
  }

  private emit(event: StoreEvent) {
    this.events.push(event);
    if (this.events.length > this.eventWindow * 1.5) {
      const dropped = this.events.length - this.eventWindow;
      this.compactedRevision = this.events[dropped - 1].resourceVersion;
      this.events = this.events.slice(dropped);
    }
    for (const listener of this.listeners) listener(event);
  }

  private matches(
    stored: StoredObject,
    labels: ReturnType<typeof parseLabelSelector>,
    fields: ReturnType<typeof parseFieldSelector>,
  ) {
    const object = stored.object;
    return (
      labels(object.metadata.labels ?? {}) &&
      (fields.fields.length === 0 ||
        fields.matches(fieldValues(object, fields.fields)))
    );
  }

  private collection(type: ResourceType): Collection {
    const id = collectionId(type);
    let collection = this.collections.get(id);
    if (!collection) {
      collection = new Collection();
      this.collections.set(id, collection);
    }
    return collection;
  }
}

/** Storage is shared by every version of a resource. */
export function collectionId(type: ResourceType) {
  return `${type.group}/${type.plural}`;
}

function scope(type: ResourceType, namespace: string | undefined) {
  return type.namespaced ? namespace : undefined;
}
