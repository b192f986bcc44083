import { stringify } from 'yaml';
import type { FixtureServer } from './server';

const TITLE = 'ai-platform.io/title';
const DESCRIPTION = 'ai-platform.io/description';

/**
 * The AI Platform portal's configuration for the fixture clusters: one
 * `aiPlatform.clusters` entry each, with its URL, token, CA and the labels
 * and title of its `cluster.yaml`, and the same clusters for the stock
 * Kubernetes plugin. Written next to the kubeconfig so that
 * `scripts/start.sh` can start the portal against the fixture clusters.
 *
 * @public
 */
export function buildAppConfig(server: FixtureServer): string {
  const clusters = server.clusters.map(name => {
    const info = server.info(name);
    const entry = server.kubeconfig.clusters.find(
      c => c.name === name,
    )?.cluster;
    return {
      name,
      ...(info.annotations[TITLE] ? { title: info.annotations[TITLE] } : {}),
      ...(info.annotations[DESCRIPTION]
        ? { description: info.annotations[DESCRIPTION] }
        : {}),
      url: server.url(name),
      auth: { type: 'serviceAccountToken', token: server.token(name) },
      ...(entry?.['certificate-authority-data']
        ? { caData: entry['certificate-authority-data'] }
        : {}),
      labels: info.labels,
    };
  });
  // The same clusters for the stock Kubernetes plugin, so its entity tab
  // works for workloads annotated with backstage.io/kubernetes-id.
  const kubernetes = {
    serviceLocatorMethod: { type: 'multiTenant' },
    clusterLocatorMethods: [
      {
        type: 'config',
        clusters: clusters.map(cluster => ({
          name: cluster.name,
          url: cluster.url,
          authProvider: 'serviceAccount',
          serviceAccountToken: cluster.auth.token,
          ...(cluster.caData ? { caData: cluster.caData } : {}),
        })),
      },
    ],
  };
  return `# Written by kube-fixture-server for the fixture clusters it serves; do not edit.\n${stringify(
    { aiPlatform: { clusters }, kubernetes },
  )}`;
}
