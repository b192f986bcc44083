import { ServerResponse } from 'node:http';
import { StatusError, statusErrors } from '../errors';
import { ClusterStore, StoreEvent, collectionId } from '../store/ClusterStore';
import { StoredObject } from '../store/Collection';
import { ResourceType, apiVersionOf } from '../types';
import { IncludeObject, toTable } from './table';

/** What one watch request asked for. */
export interface WatchRequest {
  type: ResourceType;
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
  resourceVersion?: string;
  timeoutSeconds?: number;
  allowWatchBookmarks: boolean;
  /** Render each object as a one-row Table (`kubectl get -w`). */
  table?: { includeObject?: IncludeObject };
}

/** Options that apply to every watch of a server. */
export interface WatchSettings {
  bookmarkIntervalMs: number;
  /** Used when the client does not send `timeoutSeconds`. */
  defaultTimeoutSeconds: number;
}

/**
 * Streams one watch as newline-delimited JSON events, the way kube-apiserver
 * does: ADDED for the current state when no resourceVersion is given (or
 * "0"), otherwise the retained changes after it, then live changes; periodic
 * BOOKMARKs when allowed; an ERROR event with a 410 Status when the
 * resourceVersion is older than the retained window. Returns a function that
 * ends the stream (used to drop watches).
 */
export function serveWatch(
  res: ServerResponse,
  store: ClusterStore,
  request: WatchRequest,
  settings: WatchSettings,
): () => void {
  const { type } = request;
  const matches = store.matcher(type, request);
  const resource = collectionId(type);
  const rv = request.resourceVersion;
  if (rv !== undefined && rv !== '' && !/^\d+$/.test(rv)) {
    throw statusErrors.badRequest(`invalid resource version: ${rv}`);
  }

  let backlog: StoreEvent[] | StatusError;
  if (!rv || rv === '0') {
    backlog = store
      .list(type, {
        namespace: request.namespace,
        labelSelector: request.labelSelector,
        fieldSelector: request.fieldSelector,
      })
      .items.map(object => ({
        type: 'ADDED',
        resourceVersion: 0,
        resource,
        object,
      }));
  } else {
    try {
      backlog = store.changesSince(Number(rv));
    } catch (error) {
      if (!(error instanceof StatusError)) throw error;
      backlog = error;
    }
  }

  res.writeHead(200, {
    'Content-Type': 'application/json',
    'Transfer-Encoding': 'chunked',
    'Cache-Control': 'no-cache, private',
  });
  // Clients wait for the response headers before reading events, and an
  // idle watch may have none to send for a long time.
  res.flushHeaders();
  let firstTable = true;
  const write = (eventType: string, object: StoredObject) => {
    let body = object.json;
    if (request.table) {
      body = JSON.stringify(
        toTable(type, [object], { ...request.table, withColumns: firstTable }),
      );
      firstTable = false;
    }
    res.write(`{"type":"${eventType}","object":${body}}\n`);
  };
  const deliver = (event: StoreEvent) => {
    if (event.resource !== resource) return;
    const now = matches(event.object);
    const before = event.previous ? matches(event.previous) : now;
    if (event.type === 'MODIFIED' && before !== now) {
      write(now ? 'ADDED' : 'DELETED', event.object);
    } else if (now) {
      write(event.type, event.object);
    }
  };

  if (backlog instanceof StatusError) {
    res.end(
      `${JSON.stringify({ type: 'ERROR', object: backlog.toStatus() })}\n`,
    );
    return () => {};
  }
  backlog.forEach(deliver);

  const unsubscribe = store.subscribe(deliver);
  const timers: NodeJS.Timeout[] = [];
  if (request.allowWatchBookmarks) {
    const bookmark = () =>
      res.write(
        `${JSON.stringify({
          type: 'BOOKMARK',
          object: {
            kind: type.kind,
            apiVersion: apiVersionOf(type),
            metadata: { resourceVersion: store.resourceVersion },
          },
        })}\n`,
      );
    timers.push(setInterval(bookmark, settings.bookmarkIntervalMs));
  }
  const stop = () => {
    unsubscribe();
    timers.forEach(t => clearTimeout(t));
    if (!res.writableEnded) res.end();
  };
  const timeout = request.timeoutSeconds ?? settings.defaultTimeoutSeconds;
  timers.push(setTimeout(stop, timeout * 1000));
  res.on('close', stop);
  return stop;
}
