import { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { statusErrors } from './errors';
import { sendStatus } from './http/respond';

/**
 * The faults one cluster currently shows. All are off by default.
 *
 * @public
 */
export interface FaultSettings {
  /** Delay before every request is handled, in milliseconds. */
  latencyMs: number;
  /** Fraction (0 to 1) of requests answered with `errorCode` instead. */
  errorRate: number;
  /** The status code of injected errors: 500 (InternalError) or 503 (ServiceUnavailable). */
  errorCode: 500 | 503;
  /** Requests are accepted and never answered. */
  hang: boolean;
  /** The cluster refuses connections, as if its API server were gone. */
  down: boolean;
  /**
   * Every paginated list (a GET with `limit`) answers an empty page with a
   * new `continue` token, forever: a broken or hostile API server.
   */
  endlessPages: boolean;
  /**
   * Every watch sends one event line of about this many bytes first (0:
   * off), streamed without holding it in memory.
   */
  watchEventBytes: number;
}

const DEFAULTS: FaultSettings = {
  latencyMs: 0,
  errorRate: 0,
  errorCode: 503,
  hang: false,
  down: false,
  endlessPages: false,
  watchEventBytes: 0,
};

/**
 * Changes how one fixture cluster misbehaves, at runtime. Obtained from
 * `FixtureServer.faults(cluster)` or through the admin endpoint.
 *
 * @public
 */
export class ClusterFaults {
  private settings: FaultSettings = { ...DEFAULTS };
  private readonly hung = new Set<ServerResponse>();

  /** @internal */
  constructor(
    private readonly hooks: {
      /** Ends the open watches; resolves how many. */
      closeWatches: () => number;
      /** Stops or restarts accepting connections. */
      setListening: (listening: boolean) => Promise<void>;
    },
  ) {}

  /** The current settings. */
  get(): FaultSettings {
    return { ...this.settings };
  }

  /**
   * Changes some settings and keeps the others; resolves once they are in
   * effect. `down` closes the cluster's port (new connections are refused)
   * and resets its open connections, watches included; turning `hang` off
   * resets the connections of the requests it held.
   */
  async set(changes: Partial<FaultSettings>): Promise<FaultSettings> {
    const next = { ...this.settings, ...changes };
    validate(next);
    this.settings = next;
    if (!next.hang || next.down) this.releaseHung();
    if (next.down) this.hooks.closeWatches();
    await this.hooks.setListening(!next.down);
    return this.get();
  }

  /** Turns every fault off. */
  async reset(): Promise<FaultSettings> {
    return this.set({ ...DEFAULTS });
  }

  /** Ends every open watch stream of the cluster; returns how many. */
  dropWatches(): number {
    return this.hooks.closeWatches();
  }

  /**
   * Applies the faults to one request. Resolves true when a fault took the
   * request over (reset, held or answered), false when it should be served.
   *
   * @internal
   */
  async intercept(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (this.settings.latencyMs > 0) await sleep(this.settings.latencyMs);
    const { down, hang, errorRate, errorCode } = this.settings;
    if (down) {
      req.socket.destroy();
      return true;
    }
    if (hang) {
      this.hung.add(res);
      res.on('close', () => this.hung.delete(res));
      return true;
    }
    const { endlessPages, watchEventBytes } = this.settings;
    if ((endlessPages || watchEventBytes > 0) && req.method === 'GET') {
      const query = new URL(req.url ?? '/', 'http://fixture').searchParams;
      if (watchEventBytes > 0 && query.get('watch') === 'true') {
        streamHugeEvent(res, watchEventBytes).catch(() => res.destroy());
        return true;
      }
      if (endlessPages && query.has('limit') && query.get('watch') !== 'true') {
        const page = Number(
          /^endless-(\d+)$/.exec(query.get('continue') ?? '')?.[1] ?? 0,
        );
        res.writeHead(200, { 'Content-Type': 'application/json' });
        res.end(
          JSON.stringify({
            kind: 'List',
            apiVersion: 'v1',
            metadata: { resourceVersion: '1', continue: `endless-${page + 1}` },
            items: [],
          }),
        );
        return true;
      }
    }
    if (errorRate > 0 && Math.random() < errorRate) {
      sendStatus(
        res,
        errorCode === 500
          ? statusErrors.internal('injected fault: internal error')
          : statusErrors.serviceUnavailable(
              'injected fault: service unavailable',
            ),
      );
      return true;
    }
    return false;
  }

  private releaseHung() {
    for (const res of this.hung) res.socket?.destroy();
    this.hung.clear();
  }
}

/** One watch event of about `bytes` bytes, written 1 MiB at a time. */
async function streamHugeEvent(res: ServerResponse, bytes: number) {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.write(
    '{"type":"MODIFIED","object":{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"huge","namespace":"default","resourceVersion":"1"},"data":{"pad":"',
  );
  const chunk = 'x'.repeat(1024 * 1024);
  let left = bytes;
  while (left > 0 && !res.destroyed) {
    const piece = left >= chunk.length ? chunk : chunk.slice(0, left);
    left -= piece.length;
    if (!res.write(piece)) {
      // The client may stop reading and close: wait for either.
      await new Promise<void>(resolve => {
        res.once('drain', resolve);
        res.once('close', resolve);
      });
    }
  }
  if (!res.destroyed) res.end('"}}}\n');
}

function validate(settings: FaultSettings) {
  const problems: string[] = [];
  if (!Number.isFinite(settings.latencyMs) || settings.latencyMs < 0) {
    problems.push(
      `latencyMs must be a number of milliseconds >= 0, got ${settings.latencyMs}`,
    );
  }
  if (!(settings.errorRate >= 0 && settings.errorRate <= 1)) {
    problems.push(
      `errorRate must be between 0 and 1, got ${settings.errorRate}`,
    );
  }
  if (settings.errorCode !== 500 && settings.errorCode !== 503) {
    problems.push(`errorCode must be 500 or 503, got ${settings.errorCode}`);
  }
  if (
    !Number.isInteger(settings.watchEventBytes) ||
    settings.watchEventBytes < 0
  ) {
    problems.push(
      `watchEventBytes must be a whole number of bytes >= 0, got ${settings.watchEventBytes}`,
    );
  }
  for (const flag of ['hang', 'down', 'endlessPages'] as const) {
    if (typeof settings[flag] !== 'boolean') {
      problems.push(`${flag} must be true or false, got ${settings[flag]}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Invalid fault settings: ${problems.join('; ')}`);
  }
}
