import request from 'supertest';
import type { KubeObject } from '../clusters/kinds';
import {
  clusterView,
  exampleObjects,
  notUnderstoodOf,
  staticClusterSource,
  upstreamObjects,
} from '../__testUtils__/clusterViews';
import { startDemoBackend } from '../__testUtils__/testBackend';
import { GpuService } from '../gpu/GpuService';
import { ModelService } from '../models/ModelService';
import { ServingService } from './ServingService';

/** As the API server (and kubectl apply) does: no namespace means `default`. */
function defaulted(objects: KubeObject[]): KubeObject[] {
  return objects.map(o =>
    o.metadata?.namespace || o.kind === 'Namespace'
      ? o
      : { ...o, metadata: { ...o.metadata, namespace: 'default' } },
  );
}

/** The pods a Deployment of the fixture would run, ready or not. */
function podsOf(deployment: KubeObject, ready: boolean): KubeObject[] {
  const template = deployment.spec.template;
  return Array.from({ length: deployment.spec.replicas ?? 1 }, (_, i) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${deployment.metadata.name}-${i}`,
      namespace: deployment.metadata.namespace,
      labels: template.metadata.labels,
    },
    spec: { nodeName: `node-${i}`, containers: template.spec.containers },
    status: {
      phase: 'Running',
      conditions: [{ type: 'Ready', status: ready ? 'True' : 'False' }],
    },
  }));
}

const base = upstreamObjects('gaie--conformance-base.yaml');
const upstreamRoutes = upstreamObjects('gaie--conformance-routes.yaml');
const legacy = defaulted(
  upstreamObjects('gaie-v0.5--inferencepool-v1alpha2.yaml'),
);
const objectives = defaulted(upstreamObjects('gaie--inferenceobjectives.yaml'));
const hostile = upstreamObjects('hostile--routing.yaml');

const deployment = (name: string) =>
  base.find(o => o.kind === 'Deployment' && o.metadata.name === name)!;
// The primary pool's model servers are ready, the secondary pool's are not.
const pods = [
  ...podsOf(deployment('primary-inference-model-server-deployment'), true),
  ...podsOf(deployment('secondary-inference-model-server-deployment'), false),
];

function serving(objects: KubeObject[]) {
  const clusters = staticClusterSource([clusterView('c1', objects)]);
  return new ServingService({
    clusters,
    models: new ModelService({ registries: [], sources: new Map(), clusters }),
    gpu: new GpuService({ clusters }),
  }).routing();
}

describe('upstream routing objects (Gateway API Inference Extension, llm-d-router)', () => {
  const overview = serving([
    ...base,
    ...upstreamRoutes,
    ...legacy,
    ...objectives,
    ...pods,
  ]);
  const route = (name: string) => overview.routes.find(r => r.name === name)!;
  const pool = (name: string) => overview.pools.find(p => p.name === name)!;

  it('are understood: nothing to report', () => {
    expect(
      notUnderstoodOf([...base, ...upstreamRoutes, ...legacy, ...objectives]),
    ).toEqual([]);
  });

  it('reads every route, pool and objective of the samples', () => {
    const count = (kind: string) =>
      [...base, ...upstreamRoutes, ...legacy, ...objectives].filter(
        o => o.kind === kind,
      ).length;
    expect(overview.routes).toHaveLength(count('HTTPRoute'));
    expect(overview.pools).toHaveLength(count('InferencePool'));
    expect(overview.objectives).toHaveLength(
      count('InferenceObjective') + count('InferenceModel'),
    );
  });

  it('splits the weighted route as its weights say, to pools that exist', () => {
    const yaml = upstreamRoutes.find(
      o => o.metadata.name === 'httproute-weighted-two-pools',
    )!;
    const refs = yaml.spec.rules[0].backendRefs as KubeObject[];
    const total = refs.reduce((sum, r) => sum + r.weight, 0);
    const view = route('httproute-weighted-two-pools');
    expect(view.rules[0].backends).toEqual(
      refs.map(r =>
        expect.objectContaining({
          kind: 'InferencePool',
          name: r.name,
          weight: r.weight,
          sharePercent: (r.weight * 100) / total,
          state: 'found',
        }),
      ),
    );
    expect(view.parents).toEqual([
      expect.objectContaining({
        name: yaml.spec.parentRefs[0].name,
        namespace: yaml.spec.parentRefs[0].namespace,
        exists: true,
      }),
    ]);
    expect(view.problems).toEqual([]);
    for (const r of refs) {
      expect(pool(r.name).routedBy).toEqual([
        expect.objectContaining({
          name: 'httproute-weighted-two-pools',
          weight: r.weight,
        }),
      ]);
    }
  });

  it('flags the route whose InferencePool does not exist', () => {
    const yaml = upstreamRoutes.find(
      o => o.metadata.name === 'httproute-to-non-existent-pool',
    )!;
    const missing = yaml.spec.rules[0].backendRefs[0].name;
    const view = route('httproute-to-non-existent-pool');
    expect(view.rules[0].backends[0]).toMatchObject({
      name: missing,
      state: 'missing',
    });
    expect(view.problems).toEqual([
      {
        severity: 'error',
        message: expect.stringContaining(
          `InferencePool 'inference-conformance-app-backend/${missing}'`,
        ),
      },
    ]);
  });

  it('reads a v1 pool: selector, target ports, endpoint picker and its pods', () => {
    const yaml = base.find(
      o =>
        o.kind === 'InferencePool' &&
        o.metadata.name === 'primary-inference-pool',
    )!;
    const view = pool('primary-inference-pool');
    expect(view.apiVersion).toBe('inference.networking.k8s.io/v1');
    expect(view.selector).toEqual(yaml.spec.selector.matchLabels);
    expect(view.targetPorts).toEqual(
      yaml.spec.targetPorts.map((p: KubeObject) => p.number),
    );
    expect(view.endpointPicker).toMatchObject({
      kind: 'Service',
      name: yaml.spec.endpointPickerRef.name,
      port: yaml.spec.endpointPickerRef.port.number,
      failureMode: yaml.spec.endpointPickerRef.failureMode ?? 'FailClose',
      exists: true,
    });
    const replicas = deployment('primary-inference-model-server-deployment')
      .spec.replicas;
    expect(view.readyPods).toBe(replicas);
    expect(view.pods.map(p => p.images[0].image)).toEqual(
      Array(replicas).fill(
        deployment('primary-inference-model-server-deployment').spec.template
          .spec.containers[0].image,
      ),
    );
    // The conformance sample carries no status: no Gateway reported on it.
    expect(yaml.status).toBeUndefined();
    expect(view.problems).toEqual([
      {
        severity: 'warning',
        message:
          'no Gateway has reported accepting this pool (status.parents is empty), though a route sends traffic to it',
      },
    ]);
  });

  it('flags a pool whose pods are not ready and one that selects none', () => {
    const replicas = deployment('secondary-inference-model-server-deployment')
      .spec.replicas;
    expect(pool('secondary-inference-pool').problems).toContainEqual({
      severity: 'error',
      message: `none of the ${replicas} pod(s) the pool selects is ready: requests routed to it fail`,
    });
    expect(pool('dp-inference-pool').problems).toContainEqual({
      severity: 'error',
      message: 'the pool selects no pod: requests routed to it fail',
    });
  });

  it('reads the older v1alpha2 pool and the route to it', () => {
    const yaml = legacy.find(o => o.kind === 'InferencePool')!;
    const view = overview.pools.find(
      p => p.apiVersion === 'inference.networking.x-k8s.io/v1alpha2',
    )!;
    expect(view).toMatchObject({
      name: yaml.metadata.name,
      namespace: 'default',
      selector: yaml.spec.selector,
      targetPorts: [yaml.spec.targetPortNumber],
      // v1alpha2's extensionRef port defaults to 9002.
      endpointPicker: {
        name: yaml.spec.extensionRef.name,
        port: 9002,
        exists: true,
      },
    });
    const routeYaml = legacy.find(o => o.kind === 'HTTPRoute')!;
    expect(route(routeYaml.metadata.name).rules[0].backends[0]).toMatchObject({
      group: 'inference.networking.x-k8s.io',
      name: yaml.metadata.name,
      weight: 1,
      sharePercent: 100,
      state: 'found',
    });
    expect(view.routedBy).toEqual([
      expect.objectContaining({ name: routeYaml.metadata.name }),
    ]);
    // The sample's Gateway is not part of the sample.
    expect(route(routeYaml.metadata.name).problems).toContainEqual({
      severity: 'error',
      message: expect.stringContaining(
        `parent Gateway 'default/${routeYaml.spec.parentRefs[0].name}' does not exist`,
      ),
    });
  });

  it('reads InferenceModels and InferenceObjectives of both groups with their pools', () => {
    const expected = [...legacy, ...objectives]
      .filter(o => ['InferenceModel', 'InferenceObjective'].includes(o.kind))
      .map(o => ({
        name: o.metadata.name,
        apiVersion: o.apiVersion,
        priority: o.kind === 'InferenceObjective' ? o.spec.priority : undefined,
        criticality: o.spec.criticality,
        pool: o.spec.poolRef.name,
        // InferenceModel's pool defaults to the x-k8s group, an objective's to v1.
        poolExists:
          (o.spec.poolRef.group ??
            (o.kind === 'InferenceModel'
              ? 'inference.networking.x-k8s.io'
              : 'inference.networking.k8s.io')) ===
          'inference.networking.x-k8s.io',
      }));
    expect(
      overview.objectives.map(o => ({
        name: o.name,
        apiVersion: o.apiVersion,
        priority: o.priority,
        criticality: o.criticality,
        pool: o.pool?.name,
        poolExists: o.poolExists,
      })),
    ).toEqual(expect.arrayContaining(expected));
    expect(overview.objectives).toHaveLength(expected.length);
    expect(
      pool(legacy.find(o => o.kind === 'InferencePool')!.metadata.name),
    ).toMatchObject({
      objectives: legacy
        .filter(o => o.kind === 'InferenceModel')
        .map(o => ({ kind: 'InferenceModel', name: o.metadata.name })),
    });
  });
});

describe('hostile routing objects', () => {
  const overview = serving([...base, ...hostile]);
  const route = (name: string) => overview.routes.find(r => r.name === name)!;

  it('lists the unreadable ones as not understood, naming the field', () => {
    expect(notUnderstoodOf(hostile)).toEqual([
      {
        kind: 'gateway.networking.k8s.io/HTTPRoute',
        namespace: 'inference-conformance-app-backend',
        name: 'bad-weights',
        reasons: [
          'spec.rules[0].backendRefs[0].weight is -10, not a whole number from 0 to 1000000',
          'spec.rules[0].backendRefs[1].weight is a string "fifty", not a whole number from 0 to 1000000',
        ],
      },
      {
        kind: 'inference.networking.k8s.io/InferencePool',
        namespace: 'hostile',
        name: 'pool-without-selector',
        reasons: [
          'spec.selector.matchLabels is missing; the pool selects no pod',
        ],
      },
      {
        kind: 'inference.networking.k8s.io/InferencePool',
        namespace: 'hostile',
        name: 'pool-port-out-of-range',
        reasons: [
          'spec.targetPorts[0].number is 70000, not a port number (1-65535)',
        ],
      },
      {
        kind: 'llm-d.ai/InferenceObjective',
        namespace: 'hostile',
        name: 'priority-as-text',
        reasons: ['spec.priority is "high", not a whole number'],
      },
    ]);
  });

  it('flags a route to a Service that does not exist', () => {
    expect(route('route-to-missing-service').problems).toEqual([
      {
        severity: 'error',
        message:
          "rule 1: backend Service 'hostile/no-such-service' does not exist on the cluster; the 100% of requests sent to it get 500",
      },
    ]);
  });

  it('flags weights that send nothing and weights that do not add up to 100', () => {
    expect(route('zero-weights').problems).toEqual([
      {
        severity: 'error',
        message:
          'rule 1: every backend has weight 0: the rule sends no traffic (requests get 500)',
      },
    ]);
    const yaml = hostile.find(o => o.metadata.name === 'canary-weights-120')!;
    const weights = yaml.spec.rules[0].backendRefs.map(
      (r: KubeObject) => r.weight,
    );
    const total = weights.reduce((a: number, b: number) => a + b, 0);
    expect(route('canary-weights-120').problems).toEqual([
      {
        severity: 'warning',
        message: `rule 1: the weights add up to ${total}, not 100: traffic is split ${weights
          .map((w: number) => `${Math.round((w * 1000) / total) / 10}%`)
          .join(' / ')}`,
      },
    ]);
  });

  it('leaves unreadable backends out and says so on the route', () => {
    const view = route('bad-weights');
    expect(view.rules[0].backends).toEqual([]);
    expect(view.problems.map(p => p.severity)).toEqual([
      'error',
      'error',
      'warning',
    ]);
  });

  it('flags an objective whose pool does not exist', () => {
    expect(
      overview.objectives.find(o => o.name === 'objective-for-missing-pool')!
        .routingProblems,
    ).toEqual([
      {
        severity: 'error',
        message:
          "InferencePool 'hostile/no-such-pool' (inference.networking.k8s.io) does not exist: the InferenceObjective applies to nothing",
      },
    ]);
  });
});

describe('GET /serving/routing on the demo clusters', () => {
  it('answers the Frankfurt route to its pool, with the ready pods it selects', async () => {
    const objects = exampleObjects('eu-sovereign-fra');
    const routeYaml = objects.find(o => o.kind === 'HTTPRoute')!;
    const poolYaml = objects.find(o => o.kind === 'InferencePool')!;
    const selected = objects.filter(
      o =>
        o.kind === 'Pod' &&
        o.metadata.namespace === poolYaml.metadata.namespace &&
        Object.entries(poolYaml.spec.selector.matchLabels).every(
          ([k, v]) => o.metadata.labels?.[k] === v,
        ),
    );
    const { server } = await startDemoBackend();
    const res = await request(server).get(
      '/api/ai-platform/serving/routing?cluster=eu-sovereign-fra',
    );
    expect(res.status).toBe(200);
    const route = res.body.routes.find(
      (r: any) => r.name === routeYaml.metadata.name,
    );
    expect(route.rules[0].backends).toEqual([
      expect.objectContaining({
        kind: 'InferencePool',
        name: poolYaml.metadata.name,
        sharePercent: 100,
        state: 'found',
      }),
    ]);
    expect(route.owner).toEqual({
      kind: 'LLMInferenceService',
      name: 'mistral-small-eu',
    });
    const pool = res.body.pools.find(
      (p: any) => p.name === poolYaml.metadata.name,
    );
    expect(pool.pods.map((p: any) => p.name).sort()).toEqual(
      selected.map(p => p.metadata.name).sort(),
    );
    expect(pool.readyPods).toBe(selected.length);
    expect(pool.problems).toEqual([]);
  });

  it('refuses an unknown cluster, naming the valid ones', async () => {
    const { server } = await startDemoBackend();
    const res = await request(server).get(
      '/api/ai-platform/serving/routing?cluster=nowhere',
    );
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('eu-sovereign-fra');
  });
});
