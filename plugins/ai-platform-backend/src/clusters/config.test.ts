import { ConfigReader } from '@backstage/config';
import { readClusterConfigs, readWatchSettings } from './config';

const fra = {
  name: 'eu-sovereign-fra',
  url: 'https://fra.example.com:6443',
  auth: { type: 'serviceAccountToken', token: 'secret' },
  labels: { 'ai-platform.io/jurisdiction': 'DE' },
};

describe('readClusterConfigs', () => {
  it('reads a cluster with token auth and its sovereignty labels', () => {
    const [cluster] = readClusterConfigs(
      new ConfigReader({ aiPlatform: { clusters: [fra] } }),
    );
    expect(cluster).toMatchObject({
      name: 'eu-sovereign-fra',
      url: 'https://fra.example.com:6443',
      auth: { type: 'serviceAccountToken', token: 'secret' },
      skipTLSVerify: false,
      labels: { 'ai-platform.io/jurisdiction': 'DE' },
      source: 'aiPlatform.clusters',
    });
  });

  it('reuses service-account clusters of the Kubernetes plugin, and only those', () => {
    const clusters = readClusterConfigs(
      new ConfigReader({
        aiPlatform: { clusters: [fra] },
        kubernetes: {
          clusterLocatorMethods: [
            {
              type: 'config',
              clusters: [
                {
                  name: 'us-east',
                  url: 'https://us.example.com',
                  authProvider: 'serviceAccount',
                  serviceAccountToken: 't',
                  skipTLSVerify: true,
                },
                {
                  name: 'gke-prod',
                  url: 'https://gke.example.com',
                  authProvider: 'google',
                },
                {
                  name: 'eu-sovereign-fra',
                  url: 'https://other',
                  authProvider: 'serviceAccount',
                  serviceAccountToken: 'x',
                },
              ],
            },
            { type: 'catalog' },
          ],
        },
      }),
    );
    expect(clusters.map(c => [c.name, c.source, c.url])).toEqual([
      [
        'eu-sovereign-fra',
        'aiPlatform.clusters',
        'https://fra.example.com:6443',
      ],
      ['us-east', 'kubernetes.clusterLocatorMethods', 'https://us.example.com'],
    ]);
    expect(clusters[1].skipTLSVerify).toBe(true);
  });

  it('does not reuse Kubernetes plugin clusters when told not to', () => {
    const clusters = readClusterConfigs(
      new ConfigReader({
        aiPlatform: { reuseKubernetesPluginClusters: false },
        kubernetes: {
          clusterLocatorMethods: [
            {
              type: 'config',
              clusters: [
                { name: 'a', url: 'https://a', serviceAccountToken: 't' },
              ],
            },
          ],
        },
      }),
    );
    expect(clusters).toEqual([]);
  });

  it.each([
    [{ ...fra, name: 'EU_Fra' }, /'EU_Fra' is not a valid cluster name/],
    [
      { ...fra, auth: { type: 'serviceAccountToken' } },
      /cluster 'eu-sovereign-fra' has no token/,
    ],
    [{ ...fra, url: undefined }, /cluster 'eu-sovereign-fra' has no url/],
    [
      { ...fra, auth: { type: 'oidc' } },
      /auth.type 'oidc'; use serviceAccountToken, kubeconfig or inCluster/,
    ],
  ])(
    'rejects a bad cluster with a message that says how to fix it (%#)',
    (cluster, message) => {
      expect(() =>
        readClusterConfigs(
          new ConfigReader({ aiPlatform: { clusters: [cluster] } }),
        ),
      ).toThrow(message);
    },
  );

  it('rejects a cluster name used twice', () => {
    expect(() =>
      readClusterConfigs(
        new ConfigReader({ aiPlatform: { clusters: [fra, fra] } }),
      ),
    ).toThrow("cluster name 'eu-sovereign-fra' is used twice");
  });
});

describe('readWatchSettings', () => {
  it('has defaults', () => {
    expect(readWatchSettings(new ConfigReader({}))).toEqual({
      pageSize: 500,
      requestTimeoutMs: 10_000,
      idleTimeoutMs: 120_000,
      initialBackoffMs: 1_000,
      maxBackoffMs: 30_000,
      maxPages: 1000,
      maxItems: 200_000,
      listTimeoutMs: 300_000,
      maxResponseBytes: 64 * 1024 * 1024,
      maxEventBytes: 8 * 1024 * 1024,
    });
  });

  it('reads durations as strings or objects', () => {
    const settings = readWatchSettings(
      new ConfigReader({
        aiPlatform: {
          watch: {
            pageSize: 100,
            requestTimeout: '3s',
            maxBackoff: { minutes: 1 },
          },
        },
      }),
    );
    expect(settings).toMatchObject({
      pageSize: 100,
      requestTimeoutMs: 3_000,
      maxBackoffMs: 60_000,
    });
  });

  it('rejects a page size that is not a positive integer', () => {
    expect(() =>
      readWatchSettings(
        new ConfigReader({ aiPlatform: { watch: { pageSize: 0 } } }),
      ),
    ).toThrow('aiPlatform.watch.pageSize must be a positive integer, got 0');
    expect(() =>
      readWatchSettings(
        new ConfigReader({ aiPlatform: { watch: { maxEventBytes: 1.5 } } }),
      ),
    ).toThrow(
      'aiPlatform.watch.maxEventBytes must be a positive integer, got 1.5',
    );
  });
});
