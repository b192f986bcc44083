import { writeFile } from 'node:fs/promises';
import { IncomingMessage, ServerResponse } from 'node:http';
import {
  ClusterDefinition,
  DEFAULT_KUBERNETES_VERSION,
  checkClusterName,
} from './clusters';
import { statusErrors } from './errors';
import { ClusterFaults } from './faults';
import { adminHandler } from './http/admin';
import { ClusterApi } from './http/ClusterApi';
import { Listener } from './http/Listener';
import { Kubeconfig, buildKubeconfig, kubeconfigToYaml } from './kubeconfig';
import { loadClustersDir } from './loader';
import { RbacAuthorizer, UserInfo, serviceAccountUser } from './rbac';
import { ClusterStore } from './store/ClusterStore';
import {
  SyntheticClustersOptions,
  generateSyntheticClusters,
} from './synthetic';
import { TlsMaterial, generateSelfSignedTls } from './tls';

/**
 * Options of {@link startFixtureServer}. Clusters come from any mix of
 * `clustersDir`, `synthetic` and `clusters`; names must be unique.
 *
 * @public
 */
export interface FixtureServerOptions {
  /** A folder with one subfolder of YAML files per cluster. */
  clustersDir?: string;
  /** Generated clusters for benchmarks. */
  synthetic?: SyntheticClustersOptions;
  /** Clusters given as objects, e.g. by a test. */
  clusters?: ClusterDefinition[];
  /**
   * Port of the first cluster; the others get the next ports, in order.
   * 0 (the default) gives every cluster a free port.
   */
  port?: number;
  /** Port of the admin API (plain HTTP); 0 (the default) picks a free one. */
  adminPort?: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /**
   * HTTPS, on by default with a generated self-signed certificate; or a
   * given cert and key; or `false` for plain HTTP. kubectl does not send
   * bearer tokens over plain HTTP, so use `false` only for other clients.
   */
  tls?: boolean | { cert: string; key: string; ca?: string };
  /** Bearer token per cluster name, overriding `cluster.yaml`. */
  tokens?: Record<string, string>;
  /** Token of clusters that `tokens` and `cluster.yaml` name none for; default `<name>-token`. */
  defaultToken?: string;
  /** Where to write the kubeconfig, if anywhere. */
  kubeconfigPath?: string;
  /** Changes retained per cluster for resuming watches. Default 10,000. */
  eventWindow?: number;
  /** Interval of BOOKMARK events on watches that allow them. Default 60 s. */
  bookmarkIntervalMs?: number;
  /** Watch duration when the client sends no timeoutSeconds. Default 1800 s. */
  watchTimeoutSeconds?: number;
}

/**
 * What one fixture cluster says about itself (`GET /clusters` on the admin API).
 *
 * @public
 */
export interface FixtureClusterInfo {
  name: string;
  server: string;
  kubernetesVersion: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

/**
 * A running fixture server.
 *
 * @public
 */
export interface FixtureServer {
  /** The cluster names, in order. */
  readonly clusters: string[];
  /** Base URL of the admin API, e.g. `http://127.0.0.1:6442`. */
  readonly adminUrl: string;
  /** The kubeconfig with one context per cluster. */
  readonly kubeconfig: Kubeconfig;
  /** Where the kubeconfig was written, when `kubeconfigPath` was given. */
  readonly kubeconfigPath?: string;
  /** The cluster's server URL, e.g. `https://127.0.0.1:6443`. */
  url(cluster: string): string;
  /** The bearer token the cluster accepts. */
  token(cluster: string): string;
  /** The cluster's metadata (version, labels). */
  info(cluster: string): FixtureClusterInfo;
  /** Fault injection for the cluster. */
  faults(cluster: string): ClusterFaults;
  /** The cluster's objects, for direct changes that watches see. */
  store(cluster: string): ClusterStore;
  /** The kubeconfig as YAML. */
  kubeconfigYaml(): string;
  /** Stops listening and ends every connection, including watches and held requests. */
  close(): Promise<void>;
}

/** @internal */
export interface RunningCluster {
  info: FixtureClusterInfo;
  token: string;
  store: ClusterStore;
  api: ClusterApi;
  faults: ClusterFaults;
  listener: Listener;
}

/**
 * Starts the fixture clusters, each an API server on its own port (its
 * server URL has no path, so every client, `kubectl get --raw` included,
 * works as with a real cluster), and a small admin API on another port that
 * lists the clusters and changes their faults.
 *
 * @public
 */
export async function startFixtureServer(
  options: FixtureServerOptions,
): Promise<FixtureServer> {
  const definitions = [
    ...(options.clustersDir ? await loadClustersDir(options.clustersDir) : []),
    ...(options.synthetic ? generateSyntheticClusters(options.synthetic) : []),
    ...(options.clusters ?? []),
  ];
  if (definitions.length === 0) {
    throw new Error(
      'No clusters to serve: give clustersDir, synthetic or clusters',
    );
  }
  const host = options.host ?? '127.0.0.1';
  const tls = await resolveTls(options.tls ?? true, host);
  const watchSettings = {
    bookmarkIntervalMs: options.bookmarkIntervalMs ?? 60_000,
    defaultTimeoutSeconds: options.watchTimeoutSeconds ?? 1800,
  };

  const clusters = new Map<string, RunningCluster>();
  const admin = new Listener(adminHandler(clusters));
  let adminPort: number;
  try {
    for (const [index, definition] of definitions.entries()) {
      if (clusters.has(definition.name)) {
        throw new Error(`Cluster "${definition.name}" is defined twice`);
      }
      const cluster = createCluster(
        definition,
        options,
        watchSettings,
        tls,
        host,
      );
      clusters.set(definition.name, cluster);
      const port = await cluster.listener.listen(
        options.port ? options.port + index : 0,
        host,
      );
      cluster.info.server = `${tls ? 'https' : 'http'}://${urlHost(
        host,
      )}:${port}`;
    }
    adminPort = await admin.listen(options.adminPort ?? 0, host);
  } catch (error) {
    await Promise.all([...clusters.values()].map(c => c.listener.stop()));
    await admin.stop();
    throw error;
  }

  const kubeconfig = buildKubeconfig(
    [...clusters.values()].map(c => ({
      name: c.info.name,
      server: c.info.server,
      token: c.token,
    })),
    tls?.ca,
  );
  if (options.kubeconfigPath) {
    await writeFile(options.kubeconfigPath, kubeconfigToYaml(kubeconfig), {
      mode: 0o600,
    });
  }

  const cluster = (name: string) => {
    const found = clusters.get(name);
    if (!found) {
      throw new Error(
        `No fixture cluster named "${name}"; the clusters are ${[
          ...clusters.keys(),
        ].join(', ')}`,
      );
    }
    return found;
  };
  return {
    clusters: [...clusters.keys()],
    adminUrl: `http://${urlHost(host)}:${adminPort}`,
    kubeconfig,
    kubeconfigPath: options.kubeconfigPath,
    url: name => cluster(name).info.server,
    token: name => cluster(name).token,
    info: name => ({ ...cluster(name).info }),
    faults: name => cluster(name).faults,
    store: name => cluster(name).store,
    kubeconfigYaml: () => kubeconfigToYaml(kubeconfig),
    close: async () => {
      for (const c of clusters.values()) c.faults.dropWatches();
      await Promise.all([...clusters.values()].map(c => c.listener.stop()));
      await admin.stop();
    },
  };
}

function createCluster(
  definition: ClusterDefinition,
  options: FixtureServerOptions,
  watchSettings: ConstructorParameters<typeof ClusterApi>[2],
  tls: TlsMaterial | undefined,
  host: string,
): RunningCluster {
  checkClusterName(definition.name);
  const store = new ClusterStore({ eventWindow: options.eventWindow });
  try {
    store.load(definition.objects);
  } catch (error) {
    throw new Error(
      `Cannot load cluster "${definition.name}": ${(error as Error).message}`,
    );
  }
  const kubernetesVersion =
    definition.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
  const user: UserInfo = definition.serviceAccount
    ? serviceAccountUser(definition.serviceAccount)
    : {
        username: `fixture:${definition.name}`,
        groups: ['system:authenticated'],
      };
  const rbac = new RbacAuthorizer(store);
  const aggregated = rbac.aggregatedClusterRoles();
  if (aggregated.length) {
    throw new Error(
      `Cannot load cluster "${
        definition.name
      }": aggregated ClusterRoles (${aggregated.join(
        ', ',
      )}) are not evaluated by the fixture server; list their rules instead`,
    );
  }
  const api = new ClusterApi(store, kubernetesVersion, watchSettings, request =>
    rbac.authorize(user, request),
  );
  const token =
    options.tokens?.[definition.name] ??
    definition.token ??
    options.defaultToken ??
    `${definition.name}-token`;
  // The listener and the faults refer to each other: faults close and reopen
  // the port, the listener asks the faults about every request.
  const listenerRef: { current?: Listener } = {};
  const faults = new ClusterFaults({
    closeWatches: () => {
      const open = [...api.watches];
      open.forEach(stop => stop());
      return open.length;
    },
    setListening: listening =>
      listening
        ? listenerRef.current!.restart(host)
        : listenerRef.current!.stop(),
  });
  const listener = new Listener(
    async (req: IncomingMessage, res: ServerResponse) => {
      if (await faults.intercept(req, res)) return;
      const url = new URL(req.url ?? '/', 'http://fixture');
      checkToken(req, token, url.pathname);
      await api.handle(req, res, url.pathname, url.searchParams);
    },
    tls,
  );
  listenerRef.current = listener;
  return {
    info: {
      name: definition.name,
      server: '',
      kubernetesVersion,
      labels: definition.labels ?? {},
      annotations: definition.annotations ?? {},
    },
    token,
    store,
    api,
    faults,
    listener,
  };
}

async function resolveTls(
  tls: FixtureServerOptions['tls'],
  host: string,
): Promise<TlsMaterial | undefined> {
  if (!tls) return undefined;
  if (tls === true) {
    const names = new Set(['localhost', '127.0.0.1', '::1', host]);
    names.delete('0.0.0.0');
    names.delete('::');
    return generateSelfSignedTls([...names]);
  }
  return { cert: tls.cert, key: tls.key, ca: tls.ca ?? tls.cert };
}

function urlHost(host: string) {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

const PUBLIC_PATHS = ['/version', '/healthz', '/livez', '/readyz'];

/**
 * A wrong token always fails; no token is allowed only on the public info
 * paths that kube-apiserver opens to anonymous users.
 */
function checkToken(req: IncomingMessage, token: string, path: string) {
  const header = req.headers.authorization;
  if (!header && PUBLIC_PATHS.includes(path)) return;
  if (header !== `Bearer ${token}`) throw statusErrors.unauthorized();
}
