import { ConfigReader } from '@backstage/config';
import type { LoggerService } from '@backstage/backend-plugin-api';
import {
  FixtureServer,
  KubeObject,
  startFixtureServer,
} from '@internal/kube-fixture-server';
import path from 'node:path';
import { KubernetesClusterSource } from '../clusters/KubernetesClusterSource';
import { GpuService } from '../gpu/GpuService';
import { ModelService } from '../models/ModelService';
import { upstreamObjects } from '../__testUtils__/clusterViews';
import { ServingService } from './ServingService';

const demoClusters = path.resolve(__dirname, '../../../../examples/clusters');
const CLUSTER = 'eu-sovereign-fra';
const NAMESPACE = 'eu-inference';

/** The hostile routing objects, moved into a namespace of the demo cluster. */
const hostile = upstreamObjects('hostile--routing.yaml').map(
  o =>
    ({
      ...o,
      metadata: { ...o.metadata, namespace: NAMESPACE },
    } as KubeObject),
);

async function until<T>(read: () => T | undefined, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
    await new Promise(resolve => setTimeout(resolve, 25));
  }
}

describe('hostile routing objects on a live (fixture) cluster', () => {
  jest.setTimeout(60_000);
  let server: FixtureServer;
  let source: KubernetesClusterSource;
  const lines: string[] = [];

  beforeAll(async () => {
    server = await startFixtureServer({ clustersDir: demoClusters });
    const logger: LoggerService = {
      error: m => lines.push(m),
      warn: m => lines.push(m),
      info: () => {},
      debug: () => {},
      child: () => logger,
    };
    const caData =
      server.kubeconfig.clusters[0].cluster['certificate-authority-data'];
    source = KubernetesClusterSource.fromConfig(
      new ConfigReader({
        aiPlatform: {
          clusters: [
            {
              name: CLUSTER,
              url: server.url(CLUSTER),
              auth: {
                type: 'serviceAccountToken',
                token: server.token(CLUSTER),
              },
              caData,
            },
          ],
          watch: { requestTimeout: '1s', initialBackoff: { milliseconds: 50 } },
        },
      }),
      { logger },
    );
    source.start();
    await until(
      () => source.cluster(CLUSTER)!.health.state === 'synced',
      'synced',
    );
    for (const object of hostile) server.store(CLUSTER).apply(object);
    await until(
      () =>
        hostile.every(h =>
          [
            'core/Pod',
            'gateway.networking.k8s.io/HTTPRoute',
            'inference.networking.k8s.io/InferencePool',
            'llm-d.ai/InferenceObjective',
          ].some(kind =>
            source
              .cluster(CLUSTER)!
              .list(kind, NAMESPACE)
              .some(o => o.metadata.name === h.metadata.name),
          ),
        ),
      'every hostile object is cached',
    );
  });

  afterAll(async () => {
    source?.stop();
    await server?.close();
  });

  it('names each unreadable one in the cluster health and the log, and the cluster stays synced', async () => {
    const health = source.cluster(CLUSTER)!.health;
    expect(health.state).toBe('synced');
    const named = health.notUnderstood?.objects
      .filter(o => o.namespace === NAMESPACE)
      .map(o => `${o.kind} ${o.name}`)
      .sort();
    expect(named).toEqual([
      'gateway.networking.k8s.io/HTTPRoute bad-weights',
      'inference.networking.k8s.io/InferencePool pool-port-out-of-range',
      'inference.networking.k8s.io/InferencePool pool-without-selector',
      'llm-d.ai/InferenceObjective priority-as-text',
    ]);
    for (const name of named!) {
      const [kind, object] = name.split(' ');
      expect(lines).toContainEqual(
        expect.stringContaining(
          `Not understood: ${kind} '${NAMESPACE}/${object}' in cluster '${CLUSTER}'`,
        ),
      );
    }
  });

  it('answers the routing view with the dangling route flagged and the demo route intact', async () => {
    const clusters = {
      clusters: () => source.clusters(),
      cluster: (name: string) => source.cluster(name),
    };
    const serving = new ServingService({
      clusters,
      models: new ModelService({
        registries: [],
        sources: new Map(),
        clusters,
      }),
      gpu: new GpuService({ clusters }),
    });
    const routing = serving.routing({ cluster: CLUSTER });
    const dangling = routing.routes.find(
      r => r.name === 'route-to-missing-service',
    )!;
    expect(dangling.rules[0].backends[0]).toMatchObject({
      kind: 'Service',
      name: 'no-such-service',
      state: 'missing',
    });
    const demo = routing.routes.find(
      r => r.name === 'mistral-small-eu-kserve-route',
    )!;
    expect(demo.problems).toEqual([]);
    expect(demo.rules[0].backends[0].state).toBe('found');
  });
});
