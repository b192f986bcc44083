import type { RegistryConfig } from './config';
import { isDigest } from './oci';

/**
 * A model or image reference as a workload writes it, split up:
 * `oci://host[:port]/path[:tag][@digest]` (also KServe's `oci+fetch://`,
 * `oci+native://`, `oci+modelcar://`) or a container image reference.
 */
export interface ParsedReference {
  /** Lower-case `host[:port]`. */
  host: string;
  /** The repository path on that host. */
  path: string;
  tag?: string;
  digest?: string;
}

const SCHEME = /^oci(\+(fetch|native|modelcar))?:\/\//i;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;

/**
 * Parses `oci://...` URIs and image references; undefined for anything else
 * (`hf://`, `s3://`, `pvc://`, a bare name without a registry host).
 */
export function parseReference(value: string): ParsedReference | undefined {
  const trimmed = value.trim();
  const isOci = SCHEME.test(trimmed);
  if (!isOci && /^[a-z0-9+.-]+:\/\//i.test(trimmed)) return undefined;
  let rest = trimmed.replace(SCHEME, '');
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    if (!isDigest(digest)) return undefined;
    rest = rest.slice(0, at);
  }
  const slash = rest.indexOf('/');
  if (slash <= 0) return undefined;
  const host = rest.slice(0, slash).toLowerCase();
  // A first segment without '.', ':' or 'localhost' is a Docker Hub path, not a host.
  if (!isOci && !/[.:]/.test(host) && host !== 'localhost') return undefined;
  let path = rest.slice(slash + 1);
  let tag: string | undefined;
  const colon = path.lastIndexOf(':');
  if (colon >= 0) {
    tag = path.slice(colon + 1);
    path = path.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }
  if (!path) return undefined;
  return { host, path: path.toLowerCase(), tag, digest };
}

/**
 * A reference mapped to a configured registry and one of its repositories.
 */
export interface RegistryReference {
  registry: string;
  repository: string;
  tag?: string;
  digest?: string;
}

/** The host of a registry URL, as image references name it. */
function urlHost(url: string): string | undefined {
  if (!url) return undefined;
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
}

/**
 * Maps references to configured registries by their `aliases` (and the host
 * of their URL). The longest matching alias wins, so `ghcr.io/example-org`
 * beats `ghcr.io`.
 */
export class RegistryAliases {
  private readonly entries: Array<{
    prefix: string;
    explicit: boolean;
    registry: RegistryKey;
  }>;

  constructor(registries: ReadonlyArray<RegistryKey>) {
    this.entries = registries
      .flatMap(registry => [
        ...registry.aliases.map(prefix => ({
          prefix,
          explicit: true,
          registry,
        })),
        ...[urlHost(registry.url)]
          .filter((p): p is string => Boolean(p))
          .map(prefix => ({ prefix, explicit: false, registry })),
      ])
      // Longest first; at equal length a configured alias beats a URL host.
      .sort(
        (a, b) =>
          b.prefix.length - a.prefix.length ||
          Number(b.explicit) - Number(a.explicit),
      );
  }

  /**
   * The registry and repository a reference names, or undefined when no
   * registry is configured for it. When several registries share a host
   * (one local registry seen as several places), the one whose configured
   * repositories hold the repository wins.
   */
  resolve(reference: ParsedReference | string): RegistryReference | undefined {
    const parsed =
      typeof reference === 'string' ? parseReference(reference) : reference;
    if (!parsed) return undefined;
    const full = `${parsed.host}/${parsed.path}`;
    for (const { prefix, registry } of this.entries) {
      if (!full.startsWith(`${prefix}/`)) continue;
      const repository = full.slice(prefix.length + 1);
      if (!holds(registry, repository)) continue;
      return {
        registry: registry.name,
        repository,
        tag: parsed.tag,
        digest: parsed.digest,
      };
    }
    return undefined;
  }
}

/** What alias mapping reads of a registry's configuration. */
export type RegistryKey = Pick<RegistryConfig, 'name' | 'url' | 'aliases'> &
  Partial<Pick<RegistryConfig, 'repositories' | 'repositoryPrefixes'>>;

/** Whether a registry is configured to read a repository (any, without lists). */
function holds(registry: RegistryKey, repository: string): boolean {
  const listed = registry.repositories ?? [];
  const prefixes = registry.repositoryPrefixes ?? [];
  if (listed.length === 0 && prefixes.length === 0) return true;
  return (
    listed.includes(repository) || prefixes.some(p => repository.startsWith(p))
  );
}
