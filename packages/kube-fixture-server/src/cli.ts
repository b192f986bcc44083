/* eslint-disable no-console */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildAppConfig } from './appConfig';
import { startFixtureServer } from './server';

const USAGE = `Usage: kube-fixture-server [options]

Serves the Kubernetes API for fixture clusters, one per subfolder of --clusters
(and/or generated ones), each on its own port from --port on, over HTTPS with
a generated self-signed certificate unless --no-tls.

Options:
  --clusters <dir>           folder with one subfolder of YAML files per cluster
  --synthetic <N>x<M>x<P>    also generate N clusters of M nodes and P pods each
  --port <port>              port of the first cluster, the next ones follow
                             (default 6443; 0 picks free ports)
  --admin-port <port>        port of the admin API (default 6442)
  --host <host>              interface to listen on (default 127.0.0.1)
  --kubeconfig <file>        write a kubeconfig with one context per cluster
  --app-config <file>        write the AI Platform portal's aiPlatform.clusters config
  --no-tls                   serve plain HTTP (kubectl then sends no token)
  --tls-cert <file> --tls-key <file>   serve HTTPS with this certificate
  --token <token>            one bearer token for every cluster (default <name>-token)
  --bookmark-interval <ms>   interval of watch BOOKMARK events (default 60000)
  --help                     show this help
`;

async function main() {
  const { values } = parseArgs({
    options: {
      clusters: { type: 'string' },
      synthetic: { type: 'string' },
      port: { type: 'string', default: '6443' },
      host: { type: 'string', default: '127.0.0.1' },
      kubeconfig: { type: 'string' },
      'app-config': { type: 'string' },
      'admin-port': { type: 'string', default: '6442' },
      'no-tls': { type: 'boolean', default: false },
      'tls-cert': { type: 'string' },
      'tls-key': { type: 'string' },
      token: { type: 'string' },
      'bookmark-interval': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || (!values.clusters && !values.synthetic)) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const synthetic = values.synthetic?.match(/^(\d+)x(\d+)x(\d+)$/);
  if (values.synthetic && !synthetic) {
    throw new Error(
      `--synthetic must look like 20x300x8000 (clusters x nodes x pods), got "${values.synthetic}"`,
    );
  }
  if (Boolean(values['tls-cert']) !== Boolean(values['tls-key'])) {
    throw new Error('--tls-cert and --tls-key go together');
  }
  const tls = values['tls-cert']
    ? {
        cert: await readFile(values['tls-cert'], 'utf8'),
        key: await readFile(values['tls-key']!, 'utf8'),
      }
    : !values['no-tls'];

  const started = Date.now();
  const server = await startFixtureServer({
    clustersDir: values.clusters && resolve(values.clusters),
    synthetic: synthetic
      ? {
          count: Number(synthetic[1]),
          nodes: Number(synthetic[2]),
          pods: Number(synthetic[3]),
        }
      : undefined,
    port: Number(values.port),
    adminPort: Number(values['admin-port']),
    host: values.host,
    tls,
    kubeconfigPath: values.kubeconfig && resolve(values.kubeconfig),
    bookmarkIntervalMs: values['bookmark-interval']
      ? Number(values['bookmark-interval'])
      : undefined,
    defaultToken: values.token,
  });
  const heapMb = Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
  console.log(
    `kube-fixture-server: ${server.clusters.length} cluster(s) ready in ${
      Date.now() - started
    } ms (heap ${heapMb} MiB)`,
  );
  for (const name of server.clusters)
    console.log(`  ${name}  ${server.url(name)}`);
  if (server.kubeconfigPath) {
    console.log(`kubeconfig: ${server.kubeconfigPath}`);
    console.log(
      `  kubectl --kubeconfig ${server.kubeconfigPath} --context ${server.clusters[0]} get nodes`,
    );
  }
  if (values['app-config']) {
    const file = resolve(values['app-config']);
    await writeFile(file, buildAppConfig(server), { mode: 0o600 });
    console.log(`app-config: ${file}`);
  }
  console.log(`admin: ${server.adminUrl}/clusters`);
  console.log(
    `  curl -X PATCH -d '{"latencyMs":500}' ${server.adminUrl}/clusters/${server.clusters[0]}/faults`,
  );

  const stop = async (signal: string) => {
    console.log(`kube-fixture-server: ${signal} received, closing`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

main().catch(error => {
  console.error(`kube-fixture-server: ${error.message}`);
  process.exit(1);
});
