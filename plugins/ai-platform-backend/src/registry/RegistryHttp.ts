import { LoggerService } from '@backstage/backend-plugin-api';
import { ServiceUnavailableError } from '@backstage/errors';
import fetch, { Headers } from 'node-fetch';
import pLimit from 'p-limit';
import { setTimeout as delay } from 'node:timers/promises';
import { isLoopback, RegistryConfig } from './config';
import { Challenge, parseChallenges } from './headers';

/**
 * Why a registry request failed, for callers that act on it.
 *
 * @public
 */
export type RegistryErrorReason =
  | 'not-found'
  | 'unauthorized'
  | 'refused'
  | 'digest-mismatch'
  | 'too-large'
  | 'invalid'
  | 'unavailable';

/**
 * A registry request failed; the message names the registry, the request,
 * the reason and what to try. The portal depends on the registry, so over
 * HTTP this is a 503 (`ServiceUnavailableError`), never a 500. What a
 * registry does not have (a 404 answer) is no error: callers get undefined
 * and answer 404 themselves.
 *
 * @public
 */
export class RegistryError extends ServiceUnavailableError {
  /** The registry's own HTTP status, when it answered. */
  readonly registryStatus?: number;

  constructor(
    message: string,
    readonly reason: RegistryErrorReason,
    registryStatus?: number,
  ) {
    super(message);
    this.registryStatus = registryStatus;
  }
}

/** One request of the client. */
export interface RegistryRequest {
  method: 'GET' | 'HEAD';
  /** A path under the registry URL (`/v2/...`) or an absolute URL. */
  url: string;
  accept?: string;
  /** Largest body read; a longer one fails with `too-large`. */
  maxBytes: number;
  /** Follow redirects to `blobRedirectHosts` (blob downloads only). */
  blob?: boolean;
}

/** A response with its whole body read. */
export interface RegistryResponse {
  status: number;
  headers: Headers;
  statusText: string;
  url: string;
  body: Buffer;
}

interface CachedToken {
  token: string;
  expiresAt: number;
}

const MAX_REDIRECTS = 5;
// A token without expires_in lives 60 seconds (Docker token spec); renew a
// little early so that a request never carries a token that just expired.
const DEFAULT_TOKEN_SECONDS = 60;
const TOKEN_MARGIN_MS = 5_000;
const MAX_BACKOFF_MS = 10_000;

/** The token scope a request path needs. */
function scopeOf(url: URL): string | undefined {
  if (url.pathname === '/v2/_catalog') return 'registry:catalog:*';
  const match = /^\/v2\/(.+)\/(manifests|blobs|tags|referrers)\//.exec(
    url.pathname,
  );
  return match ? `repository:${match[1]}:pull` : undefined;
}

function describe(method: string, url: URL): string {
  return `${method} ${url.pathname}`;
}

/** The first error of a distribution error body, for messages. */
function errorDetail(response: RegistryResponse): string {
  try {
    const parsed = JSON.parse(response.body.toString('utf8'));
    const [first] = parsed?.errors ?? [];
    if (first?.code) return `${first.code}: ${first.message ?? ''}`.trim();
  } catch {
    // not a distribution error body
  }
  return response.statusText || 'no detail';
}

/**
 * The HTTP layer of the OCI client: every request goes through the
 * allow-list check, the per-registry concurrency limit, a time limit,
 * retries with backoff, and the authentication flow the registry asks for.
 */
export class RegistryHttp {
  private readonly origin: string;
  private readonly limit: pLimit.Limit;
  private readonly tokens = new Map<string, CachedToken>();
  /** Token requests in flight, so that parallel requests share one. */
  private readonly pendingTokens = new Map<string, Promise<CachedToken>>();
  /** Set once the registry answered with a challenge. */
  private challenge?: Challenge;

  constructor(
    private readonly config: RegistryConfig,
    private readonly logger?: LoggerService,
  ) {
    this.origin = new URL(config.url).origin;
    this.limit = pLimit(config.concurrency);
  }

  /** Sends a request and reads its body; throws a RegistryError unless 2xx or 404. */
  async send(request: RegistryRequest): Promise<RegistryResponse> {
    let url = this.resolve(request.url);
    this.assertRegistryUrl(url);
    let withCredentials = true;
    let authRetried = false;
    await this.prepareToken(scopeOf(url));
    for (let hop = 0; ; ) {
      const headers = new Headers();
      if (request.accept) headers.set('Accept', request.accept);
      const authorization = withCredentials
        ? this.authorization(scopeOf(url))
        : undefined;
      if (authorization) headers.set('Authorization', authorization);
      const response = await this.exchange(request, url, headers);
      if (response.status === 401 && withCredentials && !authRetried) {
        authRetried = true;
        await this.authenticate(response, url);
        continue;
      }
      if (response.status >= 300 && response.status < 400) {
        if (!request.blob || ++hop > MAX_REDIRECTS) {
          throw this.error(
            request,
            url,
            `answered a redirect (${response.status}) that is not followed`,
            'refused',
          );
        }
        url = this.redirectTarget(response, url);
        // Credentials stay with the registry: a CDN gets a signed URL.
        withCredentials = url.origin === this.origin;
        continue;
      }
      return this.checkStatus(request, url, response);
    }
  }

  /** The registry's origin for a relative path; absolute URLs as they are. */
  private resolve(url: string): URL {
    return new URL(url.startsWith('/') ? `${this.config.url}${url}` : url);
  }

  private checkStatus(
    request: RegistryRequest,
    url: URL,
    response: RegistryResponse,
  ): RegistryResponse {
    if (response.status < 300 || response.status === 404) return response;
    let reason: RegistryErrorReason = 'invalid';
    if (response.status === 401 || response.status === 403) {
      reason = 'unauthorized';
    } else if (response.status === 429 || response.status >= 500) {
      reason = 'unavailable';
    }
    let hint = '';
    if (reason === 'unauthorized') {
      hint = `; check auth of registry '${this.config.name}' in aiPlatform.registries`;
    } else if (reason === 'unavailable') {
      hint = '; try again later';
    }
    throw this.error(
      request,
      url,
      `answered ${response.status} (${errorDetail(response)})${hint}`,
      reason,
      response.status,
    );
  }

  private error(
    request: RegistryRequest,
    url: URL,
    what: string,
    reason: RegistryErrorReason,
    status?: number,
  ): RegistryError {
    return new RegistryError(
      `registry '${this.config.name}': ${describe(
        request.method,
        url,
      )} ${what}`,
      reason,
      status,
    );
  }

  /** Refuses any URL outside the registry's origin: no SSRF through Link headers. */
  private assertRegistryUrl(url: URL): void {
    if (url.origin !== this.origin) {
      throw new RegistryError(
        `registry '${this.config.name}': refused a request to ${url.origin}, which is not the registry's origin ${this.origin}`,
        'refused',
      );
    }
  }

  private redirectTarget(response: RegistryResponse, from: URL): URL {
    const location = response.headers.get('location');
    if (!location) {
      throw new RegistryError(
        `registry '${this.config.name}': ${from.pathname} answered ${response.status} without a Location`,
        'invalid',
      );
    }
    const target = new URL(location, from);
    const allowed =
      target.origin === this.origin ||
      (this.config.blobRedirectHosts.includes(target.hostname.toLowerCase()) &&
        (target.protocol === 'https:' || isLoopback(target)));
    if (!allowed) {
      throw new RegistryError(
        `registry '${this.config.name}': refused a blob redirect to ${target.origin}; add '${target.hostname}' to blobRedirectHosts if it is the registry's storage`,
        'refused',
      );
    }
    return target;
  }

  private authorization(scope: string | undefined): string | undefined {
    const { auth } = this.config;
    if (auth.type === 'bearer') return `Bearer ${auth.token}`;
    if (this.challenge?.scheme === 'bearer') {
      const cached = this.tokens.get(scope ?? '');
      return cached && cached.expiresAt > Date.now()
        ? `Bearer ${cached.token}`
        : undefined;
    }
    // Until a bearer challenge says otherwise, basic credentials go along:
    // it saves the 401 round trip on every request to an htpasswd registry.
    if (auth.type === 'basic') {
      return `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString(
        'base64',
      )}`;
    }
    return undefined;
  }

  /** Answers a 401: learns the challenge and fetches a token if it is bearer. */
  private async authenticate(
    response: RegistryResponse,
    url: URL,
  ): Promise<void> {
    const challenges = parseChallenges(
      response.headers.raw()['www-authenticate'] ?? [],
    );
    const bearer = challenges.find(c => c.scheme === 'bearer');
    const basic = challenges.find(c => c.scheme === 'basic');
    const where = `registry '${this.config.name}': ${url.pathname}`;
    if (bearer && this.config.auth.type !== 'bearer') {
      this.challenge = bearer;
      // The challenge names the scope it wants; it wins over our guess.
      await this.token(scopeOf(url), bearer.params.scope);
      return;
    }
    throw new RegistryError(
      `${where} needs ${
        bearer || basic ? (bearer ?? basic)!.scheme : 'unknown'
      } authentication${
        this.config.auth.type === 'anonymous'
          ? ', and no credentials are configured'
          : ', and the configured credentials were refused'
      }; set auth of registry '${this.config.name}' in aiPlatform.registries`,
      'unauthorized',
      401,
    );
  }

  /**
   * Once the registry is known to want bearer tokens, gets the token of a
   * scope before the request, saving a 401 round trip per repository.
   */
  private async prepareToken(scope: string | undefined): Promise<void> {
    if (
      this.challenge?.scheme !== 'bearer' ||
      this.config.auth.type === 'bearer'
    ) {
      return;
    }
    const cached = this.tokens.get(scope ?? '');
    if (!cached || cached.expiresAt <= Date.now()) await this.token(scope);
  }

  /** A fresh token for `scope`, cached until it expires; one request at a time per scope. */
  private async token(
    scope: string | undefined,
    challengeScope?: string,
  ): Promise<CachedToken> {
    const key = scope ?? '';
    const pending = this.pendingTokens.get(key);
    if (pending) return pending;
    const challenge = this.challenge!;
    const promise = this.fetchToken(challenge, challengeScope ?? scope)
      .then(token => {
        this.tokens.set(key, token);
        return token;
      })
      .finally(() => this.pendingTokens.delete(key));
    this.pendingTokens.set(key, promise);
    return promise;
  }

  /** Refuses a token realm that is neither the registry's origin nor listed. */
  private assertRealm(realm: URL): void {
    const allowed =
      realm.origin === this.origin ||
      this.config.tokenRealms.includes(`${realm.origin}${realm.pathname}`);
    const secure = realm.protocol === 'https:' || isLoopback(realm);
    if (!allowed || !secure) {
      throw new RegistryError(
        `registry '${this.config.name}': refused the token realm ${realm.origin}${realm.pathname}; list it in tokenRealms if the registry really uses it`,
        'refused',
      );
    }
  }

  private async fetchToken(
    challenge: Challenge,
    scope: string | undefined,
  ): Promise<CachedToken> {
    let realm: URL;
    try {
      realm = new URL(challenge.params.realm ?? '');
    } catch {
      throw new RegistryError(
        `registry '${this.config.name}': the bearer challenge has no valid realm ('${challenge.params.realm}')`,
        'invalid',
      );
    }
    this.assertRealm(realm);
    if (challenge.params.service) {
      realm.searchParams.set('service', challenge.params.service);
    }
    const scopes = (scope ?? '').split(' ').filter(Boolean);
    for (const s of scopes) realm.searchParams.append('scope', s);
    const headers = new Headers({ Accept: 'application/json' });
    const { auth } = this.config;
    if (auth.type === 'basic') {
      headers.set(
        'Authorization',
        `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString(
          'base64',
        )}`,
      );
    }
    const request: RegistryRequest = {
      method: 'GET',
      url: realm.toString(),
      maxBytes: 1024 * 1024,
    };
    const response = await this.exchange(request, realm, headers);
    if (response.status !== 200) {
      throw this.error(
        request,
        realm,
        `(token endpoint) answered ${response.status}; check auth of registry '${this.config.name}'`,
        'unauthorized',
        response.status,
      );
    }
    return this.readToken(response, realm, request);
  }

  private readToken(
    response: RegistryResponse,
    realm: URL,
    request: RegistryRequest,
  ): CachedToken {
    let parsed: Record<string, unknown>;
    try {
      parsed = JSON.parse(response.body.toString('utf8'));
    } catch {
      throw this.error(request, realm, 'answered no JSON token', 'invalid');
    }
    const token = parsed.token ?? parsed.access_token;
    if (typeof token !== 'string' || !token) {
      throw this.error(request, realm, 'answered no token', 'invalid');
    }
    const seconds =
      typeof parsed.expires_in === 'number' && parsed.expires_in > 0
        ? parsed.expires_in
        : DEFAULT_TOKEN_SECONDS;
    const issuedAt =
      typeof parsed.issued_at === 'string' ? Date.parse(parsed.issued_at) : NaN;
    const start = Number.isNaN(issuedAt)
      ? Date.now()
      : Math.min(issuedAt, Date.now());
    // Renew early, but never so early that a short-lived token is useless.
    const margin = Math.min(TOKEN_MARGIN_MS, seconds * 100);
    return { token, expiresAt: start + seconds * 1000 - margin };
  }

  /**
   * One request with retries: 429, 5xx and network errors are retried with
   * exponential backoff (Retry-After is honoured up to a cap); other
   * statuses are returned to the caller.
   */
  private async exchange(
    request: RegistryRequest,
    url: URL,
    headers: Headers,
  ): Promise<RegistryResponse> {
    for (let attempt = 0; ; attempt++) {
      let failure: string;
      let retryAfterMs: number | undefined;
      try {
        const response = await this.limit(() =>
          this.once(request, url, headers),
        );
        const retryable = response.status === 429 || response.status >= 500;
        if (!retryable) return response;
        failure = `answered ${response.status}`;
        const retryAfter = Number(response.headers.get('retry-after'));
        if (retryAfter > 0) retryAfterMs = retryAfter * 1000;
        if (attempt >= this.config.retries) return response;
      } catch (error) {
        if (error instanceof RegistryError) throw error;
        failure = (error as Error).message;
        if (attempt >= this.config.retries) {
          throw this.error(
            request,
            url,
            `failed: ${failure}; try again later, and check that ${this.origin} answers from the backend`,
            'unavailable',
          );
        }
      }
      const backoff = Math.min(
        MAX_BACKOFF_MS,
        retryAfterMs ?? 200 * 2 ** attempt * (1 + Math.random()),
      );
      this.logger?.warn(
        `Registry '${this.config.name}' ${describe(
          request.method,
          url,
        )} ${failure}; retrying in ${Math.round(backoff)} ms (attempt ${
          attempt + 2
        } of ${this.config.retries + 1}).`,
      );
      await delay(backoff);
    }
  }

  /** One HTTP exchange under the time limit, body included. */
  private async once(
    request: RegistryRequest,
    url: URL,
    headers: Headers,
  ): Promise<RegistryResponse> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.config.timeoutMs);
    try {
      const response = await fetch(url.toString(), {
        method: request.method,
        headers,
        redirect: 'manual',
        size: request.maxBytes,
        signal: controller.signal as any,
      });
      const declared = Number(response.headers.get('content-length'));
      if (response.ok && declared > request.maxBytes) {
        throw this.tooLarge(request, url, declared);
      }
      const body =
        request.method === 'HEAD' ? Buffer.alloc(0) : await response.buffer();
      return {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
        url: url.toString(),
        body,
      };
    } catch (error) {
      const { name, type } = error as Error & { type?: string };
      if (type === 'max-size') throw this.tooLarge(request, url);
      if (name === 'AbortError') {
        throw new Error(`no answer within ${this.config.timeoutMs} ms`);
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private tooLarge(
    request: RegistryRequest,
    url: URL,
    size?: number,
  ): RegistryError {
    return this.error(
      request,
      url,
      `is larger than the limit of ${request.maxBytes} bytes${
        size ? ` (${size} bytes)` : ''
      }`,
      'too-large',
    );
  }
}
