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
}

const DEFAULTS: FaultSettings = {
  latencyMs: 0,
  errorRate: 0,
  errorCode: 503,
  hang: false,
  down: false,
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
  for (const flag of ['hang', 'down'] as const) {
    if (typeof settings[flag] !== 'boolean') {
      problems.push(`${flag} must be true or false, got ${settings[flag]}`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Invalid fault settings: ${problems.join('; ')}`);
  }
}
