import { parseDeviceCount } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterView } from '@ai-platform/backstage-plugin-ai-platform-node';
import request from 'supertest';
import type { KubeObject } from '../clusters/kinds';
import {
  configuredDeviceClassRecogniser,
  deviceClassRecognition,
} from '../gpu/deviceClasses';
import { GpuService } from '../gpu/GpuService';
import { ModelService } from '../models/ModelService';
import {
  clusterView,
  exampleCluster,
  exampleObjects,
  notUnderstoodOf,
  staticClusterSource,
  upstreamObjects,
} from '../__testUtils__/clusterViews';
import { modelService, seededLayout } from '../__testUtils__/models';
import { startDemoBackend } from '../__testUtils__/testBackend';
import { ServingService } from './ServingService';

/** As the API server does: no namespace means `default`. */
function defaulted(objects: KubeObject[]): KubeObject[] {
  return objects.map(o =>
    o.metadata?.namespace
      ? o
      : { ...o, metadata: { ...o.metadata, namespace: 'default' } },
  );
}

const samples = defaulted(
  upstreamObjects('kserve--inference-service-inventory.yaml'),
);
const [v1alpha1, ...current] = samples;
const hostile = upstreamObjects('hostile--inference-services.yaml');
const draExample = upstreamObjects(
  'dra-example-driver--basic-multiple-requests.yaml',
  'dra-example-driver--resourceslices.yaml',
);

/** A serving pod of an LLMInferenceService, labelled as KServe labels them. */
function llmPod(
  service: KubeObject,
  i: number,
  state: { ready: boolean; node?: string },
): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: `${service.metadata.name}-kserve-${i}`,
      namespace: service.metadata.namespace,
      labels: {
        'app.kubernetes.io/name': service.metadata.name,
        'app.kubernetes.io/part-of': 'llminferenceservice',
        'kserve.io/component': 'workload',
      },
    },
    spec: {
      ...(state.node ? { nodeName: state.node } : {}),
      containers: service.spec.template.containers,
      resourceClaims: service.spec.template.resourceClaims,
    },
    status: {
      phase: state.node ? 'Running' : 'Pending',
      conditions: [{ type: 'Ready', status: state.ready ? 'True' : 'False' }],
    },
  };
}

/** GPUs a container list asks for per pod, from the YAML: requests, else limits. */
function gpusOf(containers: KubeObject[] = []): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of containers) {
    const { requests = {}, limits = {} } = c.resources ?? {};
    const value = requests['nvidia.com/gpu'] ?? limits['nvidia.com/gpu'];
    if (value === undefined) continue;
    const parsed = parseDeviceCount(value);
    if (parsed.ok) {
      out['nvidia.com/gpu'] = (out['nvidia.com/gpu'] ?? 0) + parsed.count;
    }
  }
  return out;
}

function servingOver(
  views: ClusterView[],
  models?: ModelService,
  gpuDeviceClasses?: string[],
) {
  const clusters = staticClusterSource(views);
  return new ServingService({
    clusters,
    models:
      models ??
      new ModelService({ registries: [], sources: new Map(), clusters }),
    gpu: new GpuService({
      clusters,
      // As aiPlatform.gpu.deviceClasses configures it.
      deviceClasses: gpuDeviceClasses
        ? deviceClassRecognition([
            configuredDeviceClassRecogniser(gpuDeviceClasses),
          ])
        : undefined,
    }),
  });
}

const byName = <T extends { name: string; apiVersion: string }>(a: T, b: T) =>
  `${a.name} ${a.apiVersion}`.localeCompare(`${b.name} ${b.apiVersion}`);

describe('inventory of the upstream KServe samples', () => {
  const single = current.find(
    o =>
      o.metadata.name === 'qwen2-7b-instruct-single' &&
      o.kind === 'LLMInferenceService',
  )!;
  // Of the three replicas two run and are ready, one waits for a node.
  const pods = [
    llmPod(single, 0, { ready: true, node: 'n1' }),
    llmPod(single, 1, { ready: true, node: 'n2' }),
    llmPod(single, 2, { ready: false }),
  ];
  const serving = servingOver([
    clusterView('current', [...current, ...pods]),
    clusterView('older', [v1alpha1]),
  ]);

  it('are understood: nothing to report', () => {
    expect(notUnderstoodOf(samples)).toEqual([]);
  });

  it('lists every service of every API version with replicas and GPUs per replica from the YAML', async () => {
    const { items } = await serving.inventory();
    const expected = samples
      .map(o => {
        const spec = o.spec;
        const llm = o.kind === 'LLMInferenceService';
        const containers = llm
          ? spec.template?.containers
          : [
              ...['model', 'pytorch', 'sklearn']
                .map(k => spec.predictor[k])
                .filter(Boolean),
              ...(spec.predictor.containers ?? []),
            ];
        const annotations = o.metadata.annotations ?? {};
        const draClass = annotations['serving.kserve.io/exp-dra-device-class'];
        return {
          name: o.metadata.name,
          apiVersion: o.apiVersion,
          desired: llm ? spec.replicas ?? 1 : spec.predictor.minReplicas ?? 1,
          prefill: spec.prefill?.replicas,
          resources: gpusOf(containers),
          claims: draClass
            ? [
                {
                  deviceClass: draClass,
                  count: Number(
                    annotations['serving.kserve.io/exp-dra-device-count'] ?? 1,
                  ),
                },
              ]
            : [],
          uri: llm ? spec.model.uri : spec.predictor.pytorch?.storageUri,
        };
      })
      .sort(byName);
    expect(
      items
        .map(row => ({
          name: row.name,
          apiVersion: row.apiVersion,
          desired: row.replicas.desired,
          prefill: row.replicas.prefill,
          resources: row.gpusPerReplica.resources,
          claims: row.gpusPerReplica.claims.flatMap(c =>
            c.requests.map(r => ({
              deviceClass: r.deviceClass,
              count: r.count,
            })),
          ),
          uri: row.model.uri,
        }))
        .sort(byName),
    ).toEqual(expected);
    // The managed DRA classes are NVIDIA's: GPUs.
    expect(
      items.flatMap(r => r.gpusPerReplica.claims.flatMap(c => c.requests)),
    ).toEqual(expect.arrayContaining([expect.objectContaining({ gpu: true })]));
  });

  it('counts ready replicas from the pods and the GPUs they hold or wait for', async () => {
    const { items } = await serving.inventory({
      service: single.metadata.name,
    });
    const row = items.find(r => r.cluster === 'current')!;
    const perPod = gpusOf(single.spec.template.containers)['nvidia.com/gpu'];
    const running = pods.filter(p => p.spec.nodeName);
    expect(row.replicas).toMatchObject({
      desired: single.spec.replicas,
      ready: pods.filter(p => p.status.conditions[0].status === 'True').length,
      pods: pods.length,
    });
    expect(row.gpusHeld).toEqual({ 'nvidia.com/gpu': perPod * running.length });
    expect(row.gpusPending).toEqual({
      'nvidia.com/gpu': perPod * (pods.length - running.length),
    });
    expect(row.problems).toContainEqual({
      severity: 'warning',
      message: `2 of ${single.spec.replicas} replicas ready`,
    });
  });

  it('says why an hf:// model has no resolved version', async () => {
    const { items } = await serving.inventory({ cluster: 'current' });
    const row = items.find(r => r.name === single.metadata.name)!;
    expect(row.model).toMatchObject({
      uri: single.spec.model.uri,
      scheme: 'hf',
      unresolved: 'hf addresses name no versioned artifact the portal reads',
    });
  });
});

describe('inventory with DRA claims and hostile services', () => {
  const service = hostile.find(o => o.metadata.name === 'two-example-gpus')!;
  const template = draExample.find(o => o.kind === 'ResourceClaimTemplate')!;
  const slice = draExample.find(o => o.kind === 'ResourceSlice')!;
  const pod = llmPod(service, 0, { ready: true, node: slice.spec.nodeName });
  // The pod's claim from the template, allocated two devices of the slice.
  const claim: KubeObject = {
    apiVersion: 'resource.k8s.io/v1',
    kind: 'ResourceClaim',
    metadata: {
      name: `${pod.metadata.name}-gpus`,
      namespace: pod.metadata.namespace,
      ownerReferences: [{ kind: 'Pod', name: pod.metadata.name }],
    },
    spec: template.spec.spec,
    status: {
      allocation: {
        devices: {
          results: slice.spec.devices.slice(0, 2).map((d: KubeObject) => ({
            driver: slice.spec.driver,
            pool: slice.spec.pool.name,
            device: d.name,
          })),
        },
      },
    },
  };
  const serving = servingOver(
    [clusterView('dra', [...draExample, ...hostile, pod, claim])],
    undefined,
    [slice.spec.driver],
  );

  it('lists the unreadable services as not understood', () => {
    expect(notUnderstoodOf(hostile)).toEqual([
      {
        kind: 'serving.kserve.io/LLMInferenceService',
        namespace: 'hostile',
        name: 'replicas-as-text',
        reasons: ['spec.replicas is "three", not a whole number of at least 0'],
      },
      {
        kind: 'serving.kserve.io/LLMInferenceService',
        namespace: 'hostile',
        name: 'dra-count-as-text',
        reasons: [
          `annotation serving.kserve.io/exp-dra-device-count is "two", not a whole number from 1 to 9999; the claim's size is unknown`,
        ],
      },
    ]);
  });

  it('reads the DRA claim template each replica asks for, and the devices held', async () => {
    const { items } = await serving.inventory({ service: 'two-example-gpus' });
    const requests = template.spec.spec.devices.requests as KubeObject[];
    expect(items[0].gpusPerReplica).toEqual({
      resources: {},
      claims: [
        {
          name: service.spec.template.resourceClaims[0].name,
          via: 'template',
          object: template.metadata.name,
          requests: requests.map(r => ({
            deviceClass: r.exactly.deviceClassName,
            count: r.exactly.count ?? 1,
            gpu: true,
          })),
        },
      ],
    });
    expect(items[0].gpusHeld).toEqual({ [slice.spec.driver]: 2 });
  });

  it('flags a claim whose template does not exist and replicas not ready', async () => {
    const { items } = await serving.inventory({
      service: 'claim-template-missing',
    });
    const yaml = hostile.find(
      o => o.metadata.name === 'claim-template-missing',
    )!;
    expect(items[0].replicas).toEqual({
      desired: yaml.spec.predictor.minReplicas,
      min: yaml.spec.predictor.minReplicas,
      max: yaml.spec.predictor.maxReplicas,
      ready: 0,
      pods: 0,
    });
    expect(items[0].problems).toEqual([
      {
        severity: 'error',
        message: `no replica is ready (${yaml.spec.predictor.minReplicas} desired, 0 pod(s) seen)`,
      },
      {
        severity: 'warning',
        message:
          "DRA claim 'gpus': ResourceClaimTemplate 'hostile/no-such-template' is not on the cluster; its devices per replica are unknown",
      },
    ]);
  });
});

describe('inventory of the demo clusters', () => {
  it('resolves the version the Frankfurt service runs and the route in front of it', async () => {
    const { layout, report, remove } = await seededLayout();
    try {
      const views = [exampleCluster('eu-sovereign-fra')];
      const clusters = staticClusterSource(views);
      const models = modelService({ layout }, clusters);
      await models.refresh();
      const serving = servingOver(views, models);
      const objects = exampleObjects('eu-sovereign-fra');
      const yaml = objects.find(o => o.kind === 'LLMInferenceService')!;
      const digest = yaml.spec.model.uri.split('@')[1];
      const route = objects.find(o => o.kind === 'HTTPRoute')!;
      const { items } = await serving.inventory({
        service: yaml.metadata.name,
      });
      expect(items).toHaveLength(1);
      const row = items[0];
      const seededTags = report.models.flatMap(m =>
        m.versions.filter(v => v.digest === digest).map(v => v.tag),
      );
      expect(seededTags.length).toBeGreaterThan(0);
      expect(row.model).toMatchObject({
        uri: yaml.spec.model.uri,
        digest,
        tags: expect.arrayContaining(seededTags),
      });
      expect(row.replicas.desired).toBe(yaml.spec.replicas);
      expect(row.gpusPerReplica.resources).toEqual(
        gpusOf(yaml.spec.template.containers),
      );
      expect(row.routes).toEqual([
        {
          namespace: route.metadata.namespace,
          name: route.metadata.name,
          gateways: route.spec.parentRefs.map(
            (p: KubeObject) => `${p.namespace}/${p.name}`,
          ),
          sharePercent: 100,
          problems: 0,
        },
      ]);
    } finally {
      await remove();
    }
  });

  it('GET /serving/inference-services lists every KServe service of the demo clusters', async () => {
    const expected = [
      'eu-sovereign-fra',
      'eu-hyperscaler-par',
      'us-east-virginia',
    ]
      .flatMap(cluster =>
        exampleObjects(cluster)
          .filter(o =>
            ['InferenceService', 'LLMInferenceService'].includes(o.kind),
          )
          .map(o => `${cluster}/${o.metadata.namespace}/${o.metadata.name}`),
      )
      .sort();
    const { server } = await startDemoBackend();
    const res = await request(server).get(
      '/api/ai-platform/serving/inference-services',
    );
    expect(res.status).toBe(200);
    expect(
      res.body.items
        .map((r: any) => `${r.cluster}/${r.namespace}/${r.name}`)
        .sort(),
    ).toEqual(expected);
  });
});
