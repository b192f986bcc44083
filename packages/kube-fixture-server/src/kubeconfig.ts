import { stringify } from 'yaml';

/** One cluster a kubeconfig points at. */
export interface KubeconfigEntry {
  name: string;
  server: string;
  token: string;
}

/**
 * A kubeconfig (`apiVersion: v1`, `kind: Config`) with one context per
 * cluster, each named after its cluster.
 *
 * @public
 */
export interface Kubeconfig {
  apiVersion: 'v1';
  kind: 'Config';
  clusters: Array<{
    name: string;
    cluster: {
      server: string;
      'certificate-authority-data'?: string;
      'insecure-skip-tls-verify'?: boolean;
    };
  }>;
  users: Array<{ name: string; user: { token: string } }>;
  contexts: Array<{ name: string; context: { cluster: string; user: string } }>;
  'current-context': string;
}

/**
 * Builds a kubeconfig for the fixture clusters. With `caPem` the clusters
 * carry it as certificate-authority-data; without, they are plain HTTP.
 */
export function buildKubeconfig(
  entries: KubeconfigEntry[],
  caPem?: string,
): Kubeconfig {
  const caData = caPem ? Buffer.from(caPem).toString('base64') : undefined;
  return {
    apiVersion: 'v1',
    kind: 'Config',
    clusters: entries.map(e => ({
      name: e.name,
      cluster: {
        server: e.server,
        // client-node refuses http:// servers unless TLS verification is
        // marked as skipped, even though there is no TLS to verify.
        ...(caData
          ? { 'certificate-authority-data': caData }
          : { 'insecure-skip-tls-verify': true }),
      },
    })),
    users: entries.map(e => ({
      name: `${e.name}-user`,
      user: { token: e.token },
    })),
    contexts: entries.map(e => ({
      name: e.name,
      context: { cluster: e.name, user: `${e.name}-user` },
    })),
    'current-context': entries[0]?.name ?? '',
  };
}

/** The kubeconfig as YAML, the way kubectl writes it. */
export function kubeconfigToYaml(kubeconfig: Kubeconfig): string {
  return stringify(kubeconfig);
}
