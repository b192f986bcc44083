import { ServiceUnavailableError } from '@backstage/errors';
import { KubeConfig } from '@kubernetes/client-node';
import fetch, { Headers, RequestInit, Response } from 'node-fetch';
import { ClusterConfig } from './config';

/**
 * A request to a cluster failed; the message says which cluster, what, why
 * and what to try. The portal depends on the cluster, so over HTTP this is a
 * 503 (`ServiceUnavailableError`), never a 500.
 */
export class KubeRequestError extends ServiceUnavailableError {
  /** The API server's own HTTP status, when it answered. */
  readonly kubeStatus?: number;

  constructor(
    message: string,
    kubeStatus?: number,
    /** The cluster's own words (its Status message), when it answered. */
    readonly detail?: string,
  ) {
    super(message);
    this.kubeStatus = kubeStatus;
  }
}

/**
 * A cluster's answer exceeded a bound of the portal (pages, objects, bytes,
 * time); the message names the bound and its setting.
 */
export class KubeLimitError extends KubeRequestError {}

/** Bytes of a discovery answer; lists pass their own bound. */
const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** One event of a watch stream. */
export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: Record<string, any>;
}

function buildKubeConfig(cluster: ClusterConfig): KubeConfig {
  const kc = new KubeConfig();
  switch (cluster.auth.type) {
    case 'kubeconfig':
      if (cluster.auth.path) {
        kc.loadFromFile(cluster.auth.path);
      } else {
        kc.loadFromDefault();
      }
      if (cluster.auth.context) {
        kc.setCurrentContext(cluster.auth.context);
      }
      return kc;
    case 'inCluster':
      kc.loadFromCluster();
      return kc;
    default:
      kc.loadFromOptions({
        clusters: [
          {
            name: cluster.name,
            server: cluster.url!,
            caData: cluster.caData,
            caFile: cluster.caFile,
            skipTLSVerify: cluster.skipTLSVerify,
          },
        ],
        users: [{ name: cluster.name, token: cluster.auth.token }],
        contexts: [
          { name: cluster.name, cluster: cluster.name, user: cluster.name },
        ],
        currentContext: cluster.name,
      });
      return kc;
  }
}

/**
 * The few HTTP calls the watch caches make, over the authentication and TLS
 * settings of `@kubernetes/client-node`. Every call has a time limit or an
 * abort signal: the client library's own `Watch` cannot be aborted while it
 * connects, so a hanging API server would hold it forever.
 */
export class KubeClient {
  readonly server: string;

  private constructor(
    private readonly name: string,
    private readonly kc: KubeConfig,
  ) {
    const server = kc.getCurrentCluster()?.server;
    if (!server) {
      throw new KubeRequestError(
        `cluster '${name}': the kubeconfig has no current cluster`,
      );
    }
    this.server = server.replace(/\/+$/, '');
  }

  static fromConfig(cluster: ClusterConfig): KubeClient {
    const kc = buildKubeConfig(cluster);
    if (cluster.url && cluster.auth.type !== 'serviceAccountToken') {
      const current = kc.getCurrentCluster();
      if (current) {
        (current as { server: string }).server = cluster.url;
      }
    }
    return new KubeClient(cluster.name, kc);
  }

  private async request(path: string, init: RequestInit): Promise<Response> {
    const options = (await this.kc.applyToFetchOptions({})) as RequestInit;
    // Messages name the resource, not the whole query string.
    const what = `GET ${path.split('?')[0]}${
      /[?&]watch=true/.test(path) ? ' (watch)' : ''
    }`;
    let response: Response;
    try {
      // client-node gives a Headers instance (with the bearer token); keep it whole.
      const headers = new Headers(options.headers);
      headers.set('Accept', 'application/json');
      response = await fetch(`${this.server}${path}`, {
        ...options,
        ...init,
        headers,
      });
    } catch (error) {
      const { name, code, message } = error as Error & { code?: string };
      const reason =
        name === 'AbortError'
          ? 'no answer within the time limit'
          : `cannot connect to ${this.server}${
              code ? ` (${code})` : `: ${message}`
            }`;
      throw new KubeRequestError(
        `cluster '${this.name}': ${what}: ${reason}; check that the API server answers from the backend and its url and auth in aiPlatform.clusters`,
      );
    }
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const status = (await response.json()) as { message?: string };
        detail = status.message ?? detail;
      } catch {
        // not a Kubernetes Status object; keep the status text
      }
      throw new KubeRequestError(
        `cluster '${this.name}': ${what} answered ${response.status}: ${detail}`,
        response.status,
        detail,
      );
    }
    return response;
  }

  /**
   * GET a JSON document, failing after `timeoutMs` or when the answer is
   * larger than `maxBytes` (read no further than that).
   */
  async getJson<T>(
    path: string,
    timeoutMs: number,
    maxBytes: number = DEFAULT_MAX_BYTES,
  ): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const what = `GET ${path.split('?')[0]}`;
    try {
      const response = await this.request(path, {
        signal: controller.signal as any,
        size: maxBytes,
      });
      try {
        return (await response.json()) as T;
      } catch (error) {
        const { type, name } = error as Error & { type?: string };
        if (type === 'max-size') {
          throw new KubeLimitError(
            `cluster '${this.name}': ${what}: the answer is larger than ${maxBytes} bytes (aiPlatform.watch.maxResponseBytes); it was not read further`,
          );
        }
        throw new KubeRequestError(
          `cluster '${this.name}': ${what}: ${
            name === 'AbortError'
              ? 'the answer did not arrive within the time limit'
              : 'the answer is not JSON'
          }`,
        );
      }
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Opens a watch stream. Resolves when the stream ends (server closed it, or
   * `signal` aborted); rejects when it cannot be opened or breaks. Connecting
   * is limited to `connectTimeoutMs`.
   */
  async watch(
    path: string,
    signal: AbortSignal,
    connectTimeoutMs: number,
    maxEventBytes: number,
    onEvent: (event: WatchEvent) => void,
  ): Promise<void> {
    // The abort signal is only used while connecting: node-fetch answers an
    // abort after the response by emitting an error on a body it no longer
    // tracks. An open stream is ended by destroying its body instead.
    const connecting = new AbortController();
    const abortConnect = () => connecting.abort();
    signal.addEventListener('abort', abortConnect);
    const timer = setTimeout(abortConnect, connectTimeoutMs);
    let response: Response;
    try {
      response = await this.request(path, { signal: connecting.signal as any });
    } catch (error) {
      if (signal.aborted) return;
      throw error;
    } finally {
      clearTimeout(timer);
      signal.removeEventListener('abort', abortConnect);
    }
    const body = response.body as NodeJS.ReadableStream & { destroy(): void };
    const stop = () => body.destroy();
    signal.addEventListener('abort', stop);
    try {
      if (signal.aborted) return;
      await new Promise<void>((resolve, reject) => {
        // Newline-delimited JSON, one event a line, read with a bound on a
        // line's length: a line is never buffered beyond maxEventBytes.
        let pending: Buffer[] = [];
        let pendingBytes = 0;
        let done = false;
        const finish = (error?: Error) => {
          if (done) return;
          done = true;
          if (error) reject(error);
          else resolve();
        };
        const deliver = (line: string) => {
          if (!line.trim()) return;
          let event: WatchEvent;
          try {
            event = JSON.parse(line);
          } catch {
            return; // a torn line at the end of a stream that was cut
          }
          onEvent(event);
        };
        const tooLong = () => {
          finish(
            new KubeLimitError(
              `cluster '${this.name}': watch of ${
                path.split('?')[0]
              } sent an event larger than ${maxEventBytes} bytes (aiPlatform.watch.maxEventBytes); the watch was ended without reading it`,
            ),
          );
          pending = [];
          body.destroy();
        };
        body.on('data', (chunk: Buffer) => {
          if (done) return;
          let start = 0;
          for (;;) {
            const newline = chunk.indexOf(10, start);
            if (newline === -1) break;
            const piece = chunk.subarray(start, newline);
            if (pendingBytes + piece.length > maxEventBytes) {
              tooLong();
              return;
            }
            const line = pending.length
              ? Buffer.concat([...pending, piece])
              : piece;
            pending = [];
            pendingBytes = 0;
            deliver(line.toString('utf8'));
            start = newline + 1;
          }
          const rest = chunk.subarray(start);
          if (rest.length) {
            pendingBytes += rest.length;
            if (pendingBytes > maxEventBytes) {
              tooLong();
              return;
            }
            pending.push(rest);
          }
        });
        body.on('end', () => {
          if (pending.length) deliver(Buffer.concat(pending).toString('utf8'));
          finish();
        });
        // destroy() ends the body with 'close' only.
        body.on('close', () => finish());
        body.on('error', error => {
          if (signal.aborted) finish();
          else
            finish(
              new KubeRequestError(
                `cluster '${this.name}': watch of ${
                  path.split('?')[0]
                } broke: ${error.message}`,
              ),
            );
        });
      });
    } finally {
      signal.removeEventListener('abort', stop);
      body.destroy();
    }
  }
}
