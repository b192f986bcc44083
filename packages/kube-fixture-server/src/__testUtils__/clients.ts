import { KubeConfig } from '@kubernetes/client-node';
import { request } from 'node:https';
import { join } from 'node:path';
import { FixtureServer } from '../server';

export const FIXTURE_CLUSTERS = join(
  __dirname,
  '..',
  '__fixtures__',
  'clusters',
);

/** A client-node KubeConfig for one fixture cluster, from the server's kubeconfig. */
export function kubeConfigFor(
  server: FixtureServer,
  cluster: string,
  token?: string,
) {
  const kc = new KubeConfig();
  kc.loadFromString(server.kubeconfigYaml());
  kc.setCurrentContext(cluster);
  if (token !== undefined) {
    const user = kc.getCurrentUser()!;
    (user as { token?: string }).token = token;
  }
  return kc;
}

/** One raw GET with a deadline, to observe hangs and resets precisely. */
export function rawGet(
  server: FixtureServer,
  cluster: string,
  path: string,
  timeoutMs: number,
  token = server.token(cluster),
): Promise<{ status: number; body: string }> {
  const url = new URL(path, server.url(cluster));
  const ca = Buffer.from(
    server.kubeconfig.clusters.find(c => c.name === cluster)!.cluster[
      'certificate-authority-data'
    ]!,
    'base64',
  );
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        ca,
        headers: { authorization: `Bearer ${token}` },
        timeout: timeoutMs,
        agent: false,
      },
      res => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', chunk => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      },
    );
    req.on('timeout', () =>
      req.destroy(new Error(`timed out after ${timeoutMs} ms`)),
    );
    req.on('error', reject);
    req.end();
  });
}

/** Polls until the assertion passes or the deadline is reached. */
export async function eventually(assertion: () => void, timeoutMs = 3000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise(resolve => setTimeout(resolve, 20));
    }
  }
}
