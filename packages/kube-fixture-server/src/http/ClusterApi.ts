import { IncomingMessage, ServerResponse } from 'node:http';
import { statusErrors } from '../errors';
import { ClusterStore, ListPage } from '../store/ClusterStore';
import { mergePatch, jsonPatch } from '../store/patch';
import { ResourceAttributes, requestVerb } from '../rbac';
import { KubeObject, ResourceType, apiVersionOf } from '../types';
import {
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
} from './discovery';
import { readJson, sendJson } from './respond';
import { IncludeObject, toTable, wantsTable } from './table';
import { WatchSettings, serveWatch } from './watch';

/** What `/version` reports for a cluster. */
export function versionInfo(kubernetesVersion: string) {
  const [major, minor] = kubernetesVersion.replace(/^v/, '').split('.');
  return {
    major,
    minor,
    gitVersion: kubernetesVersion,
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2026-01-01T00:00:00Z',
    goVersion: 'go1.24.4',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

// Strategic merge patch is applied as a JSON merge patch: lists are replaced
// rather than merged by key, which is enough for fixtures and tests.
const PATCHERS: Record<string, (target: unknown, patch: unknown) => unknown> = {
  'application/json-patch+json': jsonPatch,
  'application/merge-patch+json': mergePatch,
  'application/strategic-merge-patch+json': mergePatch,
};

interface ResourcePath {
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
}

/**
 * The Kubernetes REST API of one fixture cluster: discovery, `/version`, and
 * get/list/watch/create/update/patch/delete on every served kind. Paths are
 * relative to the cluster's server URL.
 */
export class ClusterApi {
  /** Ends every open watch stream of this cluster. */
  readonly watches = new Set<() => void>();

  constructor(
    private readonly store: ClusterStore,
    private readonly kubernetesVersion: string,
    private readonly watchSettings: WatchSettings,
    /** Throws a 403 Status when the request's user may not do it (RBAC). */
    private readonly authorize: (
      request: ResourceAttributes,
    ) => void = () => {},
  ) {}

  async handle(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
    query: URLSearchParams,
  ) {
    const segments = path.split('/').filter(Boolean);
    const method = req.method ?? 'GET';
    const registry = this.store.registry;

    if (segments[0] === 'version' && segments.length === 1) {
      return sendJson(res, 200, versionInfo(this.kubernetesVersion));
    }
    if (
      ['healthz', 'livez', 'readyz'].includes(segments[0]) &&
      segments.length === 1
    ) {
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      return undefined;
    }
    let group: string;
    let rest: string[];
    if (segments[0] === 'api') {
      if (segments.length === 1)
        return sendJson(res, 200, apiVersions(req.headers.host ?? ''));
      group = '';
      rest = segments.slice(1);
    } else if (segments[0] === 'apis') {
      if (segments.length === 1)
        return sendJson(res, 200, apiGroupList(registry));
      if (segments.length === 2) {
        const found = apiGroup(registry, segments[1]);
        if (!found) throw statusErrors.pathNotFound();
        return sendJson(res, 200, found);
      }
      group = segments[1];
      rest = segments.slice(2);
    } else {
      throw statusErrors.pathNotFound();
    }
    const [version, ...resourceSegments] = rest;
    if (resourceSegments.length === 0) {
      const list = apiResourceList(registry, group, version);
      if (!list) throw statusErrors.pathNotFound();
      return sendJson(res, 200, list);
    }
    const target = this.resolve(group, version, resourceSegments);
    this.authorize({
      ...target,
      verb: requestVerb(method, target.name !== undefined, query),
    });
    return this.handleResource(req, res, method, target, query);
  }

  private resolve(
    group: string,
    version: string,
    segments: string[],
  ): ResourcePath {
    const registry = this.store.registry;
    // /namespaces/<ns>/<plural>[/<name>[/status]] names a namespaced kind;
    // anything else starts with a plural (including /namespaces/<name>).
    if (segments[0] === 'namespaces' && segments.length >= 3) {
      const type = registry.lookup(group, version, segments[2]);
      if (
        type?.namespaced &&
        (segments.length <= 4 ||
          (segments.length === 5 && segments[4] === 'status'))
      ) {
        return {
          type,
          namespace: segments[1],
          name: segments[3],
          subresource: segments[4],
        };
      }
    }
    const type = registry.lookup(group, version, segments[0]);
    const subresourceOk =
      segments.length <= 2 ||
      (segments.length === 3 && segments[2] === 'status');
    if (!type || !subresourceOk) throw statusErrors.pathNotFound();
    return { type, name: segments[1], subresource: segments[2] };
  }

  private async handleResource(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    { type, namespace, name }: ResourcePath,
    query: URLSearchParams,
  ) {
    const store = this.store;
    const table = wantsTable(req.headers.accept)
      ? {
          includeObject: (query.get('includeObject') ??
            'Metadata') as IncludeObject,
        }
      : undefined;
    if (name === undefined) {
      if (
        method === 'GET' &&
        ['true', '1'].includes(query.get('watch') ?? '')
      ) {
        const stop = serveWatch(
          res,
          store,
          {
            type,
            namespace,
            labelSelector: query.get('labelSelector') ?? undefined,
            fieldSelector: query.get('fieldSelector') ?? undefined,
            resourceVersion: query.get('resourceVersion') ?? undefined,
            timeoutSeconds: numberParam(query, 'timeoutSeconds'),
            allowWatchBookmarks: query.get('allowWatchBookmarks') === 'true',
            table,
          },
          this.watchSettings,
        );
        this.watches.add(stop);
        res.on('close', () => this.watches.delete(stop));
        return undefined;
      }
      if (method === 'GET') {
        const page = store.list(type, {
          namespace,
          labelSelector: query.get('labelSelector') ?? undefined,
          fieldSelector: query.get('fieldSelector') ?? undefined,
          limit: numberParam(query, 'limit'),
          continueToken: query.get('continue') ?? undefined,
        });
        return sendJson(
          res,
          200,
          table
            ? toTable(type, page.items, { ...table, metadata: listMeta(page) })
            : renderList(type, page),
        );
      }
      if (method === 'POST') {
        const created = store.create(type, await readJson(req), namespace);
        return sendJson(res, 201, created.json);
      }
      throw statusErrors.methodNotAllowed(method);
    }
    switch (method) {
      case 'GET': {
        const stored = store.get(type, namespace, name);
        return sendJson(
          res,
          200,
          table
            ? toTable(type, [stored], {
                ...table,
                metadata: {
                  resourceVersion: stored.object.metadata.resourceVersion,
                },
              })
            : stored.json,
        );
      }
      case 'PUT':
        return sendJson(
          res,
          200,
          store.update(type, await readJson(req), namespace, name).json,
        );
      case 'PATCH': {
        const contentType = (req.headers['content-type'] ?? '')
          .split(';')[0]
          .trim();
        const patch = await readJson(req);
        const apply = PATCHERS[contentType];
        if (!apply) throw statusErrors.unsupportedMediaType(contentType);
        const patched = store.patch(
          type,
          namespace,
          name,
          current => apply(current, patch) as KubeObject,
        );
        return sendJson(res, 200, patched.json);
      }
      case 'DELETE':
        return sendJson(res, 200, store.delete(type, namespace, name).json);
      default:
        throw statusErrors.methodNotAllowed(method);
    }
  }
}

function listMeta(page: ListPage) {
  return {
    resourceVersion: page.resourceVersion,
    ...(page.continueToken ? { continue: page.continueToken } : {}),
    ...(page.remainingItemCount !== undefined
      ? { remainingItemCount: page.remainingItemCount }
      : {}),
  };
}

/** Renders a list by joining each object's cached JSON. */
function renderList(type: ResourceType, page: ListPage): string {
  const head = JSON.stringify({
    kind: `${type.kind}List`,
    apiVersion: apiVersionOf(type),
    metadata: listMeta(page),
  });
  return `${head.slice(0, -1)},"items":[${page.items
    .map(i => i.json)
    .join(',')}]}`;
}

function numberParam(query: URLSearchParams, name: string) {
  const value = query.get(name);
  if (value === null || value === '') return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    throw statusErrors.badRequest(
      `${name} must be a non-negative integer, got "${value}"`,
    );
  }
  return parsed;
}
