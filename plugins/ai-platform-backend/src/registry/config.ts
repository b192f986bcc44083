import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';

/**
 * How the backend authenticates to a registry.
 *
 * @public
 */
export type RegistryAuth =
  | { type: 'anonymous' }
  | { type: 'basic'; username: string; password: string }
  | { type: 'bearer'; token: string };

/**
 * One OCI registry of the allow-list, as read from configuration.
 *
 * @public
 */
export interface RegistryConfig {
  name: string;
  /** Base URL without a trailing slash and without `/v2`; empty for an image layout. */
  url: string;
  /** An OCI image-layout folder read instead of a registry server. */
  layout?: string;
  /**
   * Lower-case `host[:port][/path prefix]` under which workloads name this
   * registry's repositories, e.g. `ghcr.io/example-org`.
   */
  aliases: string[];
  /** Sovereignty labels of where the registry stores data. */
  labels: Record<string, string>;
  /** Default owner (entity ref) of the registry's models in the catalog. */
  owner?: string;
  /**
   * Set when the registry sends push notifications: repositories are then
   * rescanned on a push event, and otherwise only every `fullRescanMs`.
   */
  events?: { token: string; fullRescanMs: number };
  auth: RegistryAuth;
  /** Token endpoints on other origins that a bearer challenge may name. */
  tokenRealms: string[];
  /** Hosts (lower case) that blob downloads may be redirected to. */
  blobRedirectHosts: string[];
  repositories: string[];
  repositoryPrefixes: string[];
  concurrency: number;
  timeoutMs: number;
  retries: number;
  pageSize: number;
  maxBlobBytes: number;
  /** Pages of one listing (`Link` headers followed). */
  maxPages: number;
  /** Tags or repositories of one listing, all pages. */
  maxItems: number;
  /** Time of one listing, all pages. */
  listTimeoutMs: number;
}

const REGISTRY_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
// The repository name grammar of the OCI distribution spec.
export const REPOSITORY_NAME =
  /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when a URL's host is this machine, where plain http is tolerable. */
export function isLoopback(url: URL): boolean {
  return LOOPBACK_HOSTS.has(url.hostname) || /^127\./.test(url.hostname);
}

function fail(key: string, message: string): never {
  throw new InputError(`aiPlatform.registries: ${key} ${message}`);
}

/** Parses a URL that must be https, or http on a loopback host. */
function readSecureUrl(value: string, key: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(key, `is not a URL: '${value}'`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    fail(key, `must be an https URL, got '${value}'`);
  }
  if (url.protocol === 'http:' && !isLoopback(url)) {
    fail(
      key,
      `uses plain http on '${url.hostname}'; use https (http is allowed only for localhost, for development)`,
    );
  }
  if (url.username || url.password) {
    fail(key, `must not contain credentials; use auth instead`);
  }
  return url;
}

function readRegistryUrl(registry: Config, name: string): string {
  const url = readSecureUrl(registry.getString('url'), `'${name}' url`);
  if (url.search || url.hash) {
    fail(`'${name}' url`, `must not have a query or fragment`);
  }
  // The client appends /v2/...; a configured /v2 would be doubled.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v2$/, '');
  return `${url.origin}${path}`;
}

function readAuth(registry: Config, name: string): RegistryAuth {
  const auth = registry.getOptionalConfig('auth');
  const type = auth?.getOptionalString('type') ?? 'anonymous';
  switch (type) {
    case 'anonymous':
      return { type };
    case 'basic': {
      const username = auth?.getOptionalString('username');
      const password = auth?.getOptionalString('password');
      if (!username || !password) {
        fail(
          `'${name}'`,
          `has auth.type basic but no ${
            username ? 'auth.password' : 'auth.username'
          }; set both`,
        );
      }
      return { type, username, password };
    }
    case 'bearer': {
      const token = auth?.getOptionalString('token');
      if (!token) {
        fail(`'${name}'`, `has auth.type bearer but no auth.token`);
      }
      return { type, token };
    }
    default:
      return fail(
        `'${name}'`,
        `has auth.type '${type}'; use anonymous, basic or bearer`,
      );
  }
}

function readPositiveInteger(
  registry: Config,
  key: string,
  name: string,
  fallback: number,
  min = 1,
): number {
  const value = registry.getOptionalNumber(key) ?? fallback;
  if (!Number.isInteger(value) || value < min) {
    fail(
      `'${name}' ${key}`,
      `must be an integer of at least ${min}, got ${value}`,
    );
  }
  return value;
}

function readRepositories(registry: Config, name: string): string[] {
  const repositories = registry.getOptionalStringArray('repositories') ?? [];
  for (const repository of repositories) {
    if (!REPOSITORY_NAME.test(repository)) {
      fail(
        `'${name}' repositories`,
        `has '${repository}', which is not a valid repository name (lower-case path components such as 'models/llama-3-8b')`,
      );
    }
  }
  return repositories;
}

function readTokenRealms(registry: Config, name: string): string[] {
  return (registry.getOptionalStringArray('tokenRealms') ?? []).map(realm => {
    const url = readSecureUrl(realm, `'${name}' tokenRealms`);
    return `${url.origin}${url.pathname}`;
  });
}

// host[:port] then optional path segments, as in an image reference.
const ALIAS =
  /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?(:[0-9]{1,5})?(\/[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*)*$/;

function readAliases(registry: Config, name: string): string[] {
  return (registry.getOptionalStringArray('aliases') ?? []).map(alias => {
    const clean = alias
      .trim()
      .toLowerCase()
      .replace(/^oci:\/\//, '')
      .replace(/\/+$/, '');
    if (!ALIAS.test(clean)) {
      fail(
        `'${name}' aliases`,
        `has '${alias}', which is not a registry host with an optional path prefix, e.g. 'ghcr.io/example-org' or 'harbor.example.eu'`,
      );
    }
    return clean;
  });
}

function readLabels(registry: Config, name: string): Record<string, string> {
  // Label keys contain '/', which config key paths do not allow: read the object.
  const labels = registry.getOptional<Record<string, unknown>>('labels') ?? {};
  for (const [key, value] of Object.entries(labels)) {
    if (typeof value !== 'string') {
      fail(`'${name}' labels`, `has '${key}', whose value is not a string`);
    }
  }
  return labels as Record<string, string>;
}

function readEvents(
  registry: Config,
  name: string,
): RegistryConfig['events'] | undefined {
  const events = registry.getOptionalConfig('events');
  if (!events) return undefined;
  const token = events.getString('token');
  if (token.length < 16) {
    fail(
      `'${name}' events.token`,
      `must be at least 16 characters; it is the only thing that authenticates the registry's notifications`,
    );
  }
  return {
    token,
    fullRescanMs: events.has('fullRescanInterval')
      ? durationToMilliseconds(
          readDurationFromConfig(events, { key: 'fullRescanInterval' }),
        )
      : 60 * 60 * 1000,
  };
}

function readLocation(
  registry: Config,
  name: string,
): { url: string; layout?: string } {
  const layout = registry.getOptionalString('layout');
  if (layout !== undefined && registry.has('url')) {
    fail(`'${name}'`, `has both url and layout; give one of them`);
  }
  if (layout !== undefined) {
    if (!layout.startsWith('/')) {
      fail(`'${name}' layout`, `must be an absolute path, got '${layout}'`);
    }
    return { url: '', layout };
  }
  if (!registry.has('url')) {
    fail(
      `'${name}'`,
      `has neither url nor layout; give the registry's URL or an OCI image-layout folder`,
    );
  }
  return { url: readRegistryUrl(registry, name) };
}

function readRegistry(registry: Config): RegistryConfig {
  const name = registry.getString('name');
  if (!REGISTRY_NAME.test(name)) {
    fail(
      `'${name}'`,
      `is not a valid registry name; use lower-case letters, digits and '-' (it appears in URLs and entity names)`,
    );
  }
  return {
    name,
    ...readLocation(registry, name),
    aliases: readAliases(registry, name),
    labels: readLabels(registry, name),
    ...(registry.has('owner') ? { owner: registry.getString('owner') } : {}),
    ...(registry.has('events') ? { events: readEvents(registry, name) } : {}),
    auth: readAuth(registry, name),
    tokenRealms: readTokenRealms(registry, name),
    blobRedirectHosts: (
      registry.getOptionalStringArray('blobRedirectHosts') ?? []
    ).map(host => host.toLowerCase()),
    repositories: readRepositories(registry, name),
    repositoryPrefixes:
      registry.getOptionalStringArray('repositoryPrefixes') ?? [],
    concurrency: readPositiveInteger(registry, 'concurrency', name, 4),
    timeoutMs: durationToMilliseconds(
      registry.has('timeout')
        ? readDurationFromConfig(registry, { key: 'timeout' })
        : { seconds: 30 },
    ),
    retries: readPositiveInteger(registry, 'retries', name, 3, 0),
    pageSize: readPositiveInteger(registry, 'pageSize', name, 100),
    maxBlobBytes: readPositiveInteger(
      registry,
      'maxBlobBytes',
      name,
      4 * 1024 * 1024,
    ),
    maxPages: readPositiveInteger(registry, 'maxPages', name, 1000),
    maxItems: readPositiveInteger(registry, 'maxItems', name, 100_000),
    listTimeoutMs: durationToMilliseconds(
      registry.has('listTimeout')
        ? readDurationFromConfig(registry, { key: 'listTimeout' })
        : { minutes: 2 },
    ),
  };
}

/**
 * Reads the registry allow-list; throws an InputError that names the
 * registry and the bad key.
 *
 * @public
 */
export function readRegistryConfigs(root: Config): RegistryConfig[] {
  const registries = (
    root.getOptionalConfigArray('aiPlatform.registries') ?? []
  ).map(readRegistry);
  const seen = new Set<string>();
  for (const { name } of registries) {
    if (seen.has(name)) {
      fail(`name '${name}'`, `is used twice; names must be unique`);
    }
    seen.add(name);
  }
  return registries;
}
