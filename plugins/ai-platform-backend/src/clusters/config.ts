import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds, HumanDuration } from '@backstage/types';

/** How the backend authenticates to a cluster. */
export type ClusterAuth =
  | { type: 'serviceAccountToken'; token: string }
  | { type: 'kubeconfig'; path?: string; context?: string }
  | { type: 'inCluster' };

/** One cluster to watch, as read from configuration. */
export interface ClusterConfig {
  name: string;
  title?: string;
  description?: string;
  url?: string;
  auth: ClusterAuth;
  caData?: string;
  caFile?: string;
  skipTLSVerify: boolean;
  labels: Record<string, string>;
  /** Where the cluster was declared, for messages. */
  source: 'aiPlatform.clusters' | 'kubernetes.clusterLocatorMethods';
}

/** Tuning of the watch caches, in milliseconds. */
export interface WatchSettings {
  pageSize: number;
  requestTimeoutMs: number;
  idleTimeoutMs: number;
  initialBackoffMs: number;
  maxBackoffMs: number;
  /** Pages of one list (`continue` tokens followed). */
  maxPages: number;
  /** Objects of one list, all pages. */
  maxItems: number;
  /** Time of one list, all pages. */
  listTimeoutMs: number;
  /** Bytes of one list answer. */
  maxResponseBytes: number;
  /** Bytes of one watch event (one line of the stream). */
  maxEventBytes: number;
}

const CLUSTER_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

function readDuration(
  config: Config | undefined,
  key: string,
  fallback: HumanDuration,
): number {
  return durationToMilliseconds(
    config?.has(key) ? readDurationFromConfig(config, { key }) : fallback,
  );
}

function readAuth(cluster: Config, name: string): ClusterAuth {
  const auth = cluster.getOptionalConfig('auth');
  const type = auth?.getString('type') ?? 'serviceAccountToken';
  switch (type) {
    case 'serviceAccountToken': {
      const token = auth?.getOptionalString('token');
      if (!token) {
        throw new InputError(
          `aiPlatform.clusters: cluster '${name}' has no token; set auth.token (a service account token), or choose auth.type kubeconfig or inCluster`,
        );
      }
      return { type, token };
    }
    case 'kubeconfig':
      return {
        type,
        path: auth?.getOptionalString('path'),
        context: auth?.getOptionalString('context'),
      };
    case 'inCluster':
      return { type };
    default:
      throw new InputError(
        `aiPlatform.clusters: cluster '${name}' has auth.type '${type}'; use serviceAccountToken, kubeconfig or inCluster`,
      );
  }
}

function readOwnCluster(cluster: Config): ClusterConfig {
  const name = cluster.getString('name');
  if (!CLUSTER_NAME.test(name)) {
    throw new InputError(
      `aiPlatform.clusters: '${name}' is not a valid cluster name; use lower-case letters, digits and '-' (it appears in URLs and entity names)`,
    );
  }
  const auth = readAuth(cluster, name);
  const url = cluster.getOptionalString('url');
  if (!url && auth.type === 'serviceAccountToken') {
    throw new InputError(
      `aiPlatform.clusters: cluster '${name}' has no url; set the API server URL, e.g. https://k8s.example.com:6443`,
    );
  }
  return {
    name,
    title: cluster.getOptionalString('title'),
    description: cluster.getOptionalString('description'),
    url,
    auth,
    caData: cluster.getOptionalString('caData'),
    caFile: cluster.getOptionalString('caFile'),
    skipTLSVerify: cluster.getOptionalBoolean('skipTLSVerify') ?? false,
    labels: (cluster.getOptional<Record<string, string>>('labels') ??
      {}) as Record<string, string>,
    source: 'aiPlatform.clusters',
  };
}

/**
 * Clusters of the Backstage Kubernetes plugin (`kubernetes.clusterLocatorMethods`
 * of type `config`) that authenticate with a service account token; others
 * (cloud provider auth, OIDC) need a user and cannot be watched by a backend.
 */
function readKubernetesPluginClusters(root: Config): ClusterConfig[] {
  const methods =
    root.getOptionalConfigArray('kubernetes.clusterLocatorMethods') ?? [];
  return methods
    .filter(method => method.getString('type') === 'config')
    .flatMap(method => method.getOptionalConfigArray('clusters') ?? [])
    .filter(
      cluster =>
        (cluster.getOptionalString('authProvider') ?? 'serviceAccount') ===
        'serviceAccount',
    )
    .filter(cluster => cluster.has('serviceAccountToken'))
    .map(cluster => ({
      name: cluster.getString('name'),
      title: cluster.getOptionalString('title'),
      url: cluster.getString('url'),
      auth: {
        type: 'serviceAccountToken',
        token: cluster.getString('serviceAccountToken'),
      },
      caData: cluster.getOptionalString('caData'),
      caFile: cluster.getOptionalString('caFile'),
      skipTLSVerify: cluster.getOptionalBoolean('skipTLSVerify') ?? false,
      labels: {},
      source: 'kubernetes.clusterLocatorMethods',
    }));
}

/** Reads every cluster to watch; throws an InputError that names the bad key. */
export function readClusterConfigs(root: Config): ClusterConfig[] {
  const own = (root.getOptionalConfigArray('aiPlatform.clusters') ?? []).map(
    readOwnCluster,
  );
  const seen = new Set<string>();
  for (const cluster of own) {
    if (seen.has(cluster.name)) {
      throw new InputError(
        `aiPlatform.clusters: cluster name '${cluster.name}' is used twice; names must be unique`,
      );
    }
    seen.add(cluster.name);
  }
  const reuse =
    root.getOptionalBoolean('aiPlatform.reuseKubernetesPluginClusters') ?? true;
  const reused = reuse
    ? readKubernetesPluginClusters(root).filter(c => !seen.has(c.name))
    : [];
  return [...own, ...reused];
}

/** Reads the watch tuning, with defaults. */
export function readWatchSettings(root: Config): WatchSettings {
  const watch = root.getOptionalConfig('aiPlatform.watch');
  const pageSize = watch?.getOptionalNumber('pageSize') ?? 500;
  if (!Number.isInteger(pageSize) || pageSize < 1) {
    throw new InputError(
      `aiPlatform.watch.pageSize must be a positive integer, got ${pageSize}`,
    );
  }
  const positive = (key: string, fallback: number) => {
    const value = watch?.getOptionalNumber(key) ?? fallback;
    if (!Number.isInteger(value) || value < 1) {
      throw new InputError(
        `aiPlatform.watch.${key} must be a positive integer, got ${value}`,
      );
    }
    return value;
  };
  return {
    pageSize,
    requestTimeoutMs: readDuration(watch, 'requestTimeout', { seconds: 10 }),
    idleTimeoutMs: readDuration(watch, 'idleTimeout', { minutes: 2 }),
    initialBackoffMs: readDuration(watch, 'initialBackoff', { seconds: 1 }),
    maxBackoffMs: readDuration(watch, 'maxBackoff', { seconds: 30 }),
    maxPages: positive('maxPages', 1000),
    maxItems: positive('maxItems', 200_000),
    listTimeoutMs: readDuration(watch, 'listTimeout', { minutes: 5 }),
    maxResponseBytes: positive('maxResponseBytes', 64 * 1024 * 1024),
    maxEventBytes: positive('maxEventBytes', 8 * 1024 * 1024),
  };
}
