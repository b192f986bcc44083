import { IncomingMessage, ServerResponse } from 'node:http';
import { statusErrors } from '../errors';
import { FaultSettings } from '../faults';
import type { RunningCluster } from '../server';
import { readJson, sendJson } from './respond';

/**
 * The admin API, unauthenticated (it listens on localhost by default):
 *
 * - `GET /clusters`: name, server URL, version and labels of every cluster
 * - `GET /clusters/<name>/faults`: the current faults
 * - `PATCH /clusters/<name>/faults`: change some faults (JSON body)
 * - `PUT /clusters/<name>/faults`: replace all faults
 * - `DELETE /clusters/<name>/faults`: turn every fault off
 * - `POST /clusters/<name>/faults/drop-watches`: end the open watches
 */
export function adminHandler(clusters: Map<string, RunningCluster>) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://fixture').pathname;
    const [root, name, resource, action, ...extra] = path
      .split('/')
      .filter(Boolean);
    const method = req.method ?? 'GET';
    if (root !== 'clusters' || extra.length > 0)
      throw statusErrors.pathNotFound();
    if (!name) {
      if (method !== 'GET') throw statusErrors.methodNotAllowed(method);
      return sendJson(res, 200, {
        clusters: [...clusters.values()].map(c => c.info),
      });
    }
    const cluster = clusters.get(name);
    if (!cluster || resource !== 'faults') throw statusErrors.pathNotFound();
    const faults = cluster.faults;
    if (action === 'drop-watches' && method === 'POST') {
      return sendJson(res, 200, { dropped: faults.dropWatches() });
    }
    if (action) throw statusErrors.pathNotFound();
    if (method === 'GET') return sendJson(res, 200, faults.get());
    if (method === 'DELETE') return sendJson(res, 200, await faults.reset());
    if (method !== 'PUT' && method !== 'PATCH')
      throw statusErrors.methodNotAllowed(method);
    const body = (await readJson(req)) as Partial<FaultSettings>;
    try {
      if (method === 'PUT') await faults.reset();
      return sendJson(res, 200, await faults.set(body));
    } catch (error) {
      throw statusErrors.badRequest((error as Error).message);
    }
  };
}
