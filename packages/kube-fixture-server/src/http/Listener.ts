import {
  IncomingMessage,
  Server,
  ServerResponse,
  createServer as createHttpServer,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { AddressInfo } from 'node:net';
import { StatusError, statusErrors } from '../errors';
import { sendStatus } from './respond';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<unknown>;

/**
 * One HTTP(S) listener that can stop accepting connections and start again
 * on the same port, so a cluster can be "down" (connection refused) and
 * come back. Failures of the handler become `Status` responses.
 */
export class Listener {
  private readonly server: Server;
  private port = 0;

  constructor(handler: Handler, tls?: { cert: string; key: string }) {
    const handle = (req: IncomingMessage, res: ServerResponse) => {
      handler(req, res).catch(error => {
        const status =
          error instanceof StatusError
            ? error
            : statusErrors.internal(
                `fixture server error: ${error?.message ?? error}`,
              );
        if (!res.headersSent) sendStatus(res, status);
        else res.destroy();
      });
    };
    this.server = tls
      ? createHttpsServer(tls, handle)
      : createHttpServer(handle);
    this.server.keepAliveTimeout = 65_000;
  }

  get listening() {
    return this.server.listening;
  }

  /** Listens on the port (0 picks one, then kept for restarts); resolves the port. */
  async listen(port: number, host: string): Promise<number> {
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) =>
        reject(new Error(`Cannot listen on ${host}:${port}: ${error.message}`));
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        resolve();
      });
    });
    this.port = (this.server.address() as AddressInfo).port;
    return this.port;
  }

  /** Listens again on the port it had. */
  async restart(host: string) {
    if (!this.server.listening) await this.listen(this.port, host);
  }

  /** Stops listening and resets every open connection. */
  async stop() {
    if (!this.server.listening) return;
    const closed = new Promise<void>(resolve =>
      this.server.close(() => resolve()),
    );
    this.server.closeAllConnections();
    await closed;
  }
}
