import { createWriteGuard } from '../permissions/writeGuard';
import fs from 'node:fs';
import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  INFERENCE_SERVICE_ANNOTATIONS,
  OCI_REPOSITORY_ANNOTATION,
  SOVEREIGNTY_LABELS,
  TEAM_LABEL,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  GovernanceCheck,
  GovernanceRequest,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { AiPlatformService } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { PermissionsService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import yaml from 'yaml';
import { PINNED_REFERENCE_PATTERN } from '../inferenceServices/manifests';
import { createInferenceServiceRenderAction } from './inferenceServiceRender';
import { examples } from './inferenceServiceRender.examples';

const GOOD = yaml.parse(examples[1].example).steps[0].input;
const DIGEST = GOOD.resolved.digest;
const DNS_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Kyverno's wildcard match: `*` any run of characters, `?` exactly one. */
function wildcardMatch(pattern: string, value: string): boolean {
  const wildcards: Record<string, string> = { '*': '.*', '?': '.' };
  const re = pattern
    .split('')
    .map(c => wildcards[c] ?? c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))
    .join('');
  return new RegExp(`^${re}$`, 's').test(value);
}

/** A Kyverno validate pattern applied to an object: every leaf string is a wildcard. */
function patternMatches(pattern: any, value: any): boolean {
  if (typeof pattern === 'string') {
    return typeof value === 'string' && wildcardMatch(pattern, value);
  }
  return Object.entries(pattern).every(
    ([key, sub]) =>
      value?.[key] !== undefined && patternMatches(sub, value[key]),
  );
}

describe('ai-platform:inference-service:render', () => {
  const dir = createMockDirectory();

  /**
   * Renders `input`. The AI Platform backend answers as a registry holding
   * `version` of the example model (by default the version the input says
   * it resolved), with the governance `checks` given (by default none
   * failed); `permissions` decides the write permission.
   */
  async function render(
    input: any = GOOD,
    options: {
      version?: typeof GOOD.resolved;
      checks?: GovernanceCheck[];
      permissions?: PermissionsService;
    } = {},
  ) {
    dir.clear();
    const version = options.version ?? input.resolved;
    const asked: GovernanceRequest[] = [];
    const aiPlatform: AiPlatformService = {
      async resolveModelVersion(request) {
        if (
          request.registry !== GOOD.model.registry ||
          request.repository !== GOOD.model.repository
        ) {
          throw new InputError(
            `The model ${request.registry}/${request.repository} could not be read: there is no registry '${request.registry}' in aiPlatform.registries`,
          );
        }
        if (
          (request.digest && request.digest !== version.digest) ||
          (request.tag && request.tag !== version.tag)
        ) {
          throw new InputError(`No such version of ${request.repository}`);
        }
        return {
          registry: request.registry,
          repository: request.repository,
          packaging: 'modelpack',
          signed: true,
          sbom: true,
          llmReason: 'as the test says',
          ...version,
        };
      },
      async checkInferenceService(request) {
        asked.push(request);
        const checks = options.checks ?? [];
        return {
          allowed: checks.every(c => c.status !== 'fail'),
          checks,
          resolvedDigest: request.model.digest,
        };
      },
    };
    const ctx = createMockActionContext({
      input: input as any,
      workspacePath: dir.path,
    });
    await createInferenceServiceRenderAction({
      guard: createWriteGuard(
        options.permissions ?? mockServices.permissions(),
      ),
      aiPlatform,
    }).handler(ctx);
    const outputs = Object.fromEntries((ctx.output as jest.Mock).mock.calls);
    const read = (path: string) =>
      yaml.parse(fs.readFileSync(dir.resolve(path), 'utf8'));
    return { outputs, read, asked };
  }

  it.each(examples.map((e, i) => [e.description, i] as const))(
    'runs the example: %s',
    async (_description, index) => {
      const input = yaml.parse(examples[index].example).steps[0].input;
      const declared = Object.keys(GOOD);
      for (const key of Object.keys(input)) {
        expect([...declared, 'system']).toContain(key);
      }
      const { outputs } = await render();
      expect(outputs).toEqual({
        entityRef: 'component:default/mistral-chat',
        kind: 'LLMInferenceService',
        reference: GOOD.resolved.reference,
        files: [
          'service/catalog-info.yaml',
          'service/ai-platform-service.yaml',
          'service/manifests/inference-service.yaml',
          'service/manifests/kyverno-policy.yaml',
          'service/manifests/network-policy.yaml',
        ],
      });
    },
  );

  it('renders an LLM as an LLMInferenceService pinned by digest, with its GPUs, GPU product affinity and managed router', async () => {
    const { read } = await render();
    const llm = read('service/manifests/inference-service.yaml');
    expect(llm).toMatchObject({
      apiVersion: 'serving.kserve.io/v1alpha2',
      kind: 'LLMInferenceService',
      metadata: { name: 'mistral-chat', namespace: 'eu-inference' },
      spec: {
        model: {
          uri: `oci://registry.fra.eu-sovereign.example/models/mistral-small-3.2-24b-instruct@${DIGEST}`,
          name: 'mistral-small-3.2-24b-instruct',
        },
        replicas: 1,
        router: { route: {}, gateway: {}, scheduler: {} },
      },
    });
    expect(llm.spec.template.containers).toEqual([
      {
        name: 'main',
        resources: {
          limits: { 'nvidia.com/gpu': '1' },
          requests: { 'nvidia.com/gpu': '1' },
        },
      },
    ]);
    expect(
      llm.spec.template.affinity.nodeAffinity
        .requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms,
    ).toEqual([
      {
        matchExpressions: [
          {
            key: 'nvidia.com/gpu.product',
            operator: 'In',
            values: ['NVIDIA-H100-80GB-HBM3'],
          },
        ],
      },
    ]);
    const labels = {
      'backstage.io/kubernetes-id': 'mistral-chat',
      [SOVEREIGNTY_LABELS.dataClassification]: 'confidential',
      [TEAM_LABEL]: 'eu-inference',
    };
    expect(llm.metadata.labels).toEqual(labels);
    // Pod labels too, which the NetworkPolicy selects.
    expect(llm.spec.labels).toEqual(labels);
  });

  it('renders a predictive model as an InferenceService with a MIG slice', async () => {
    const { read, outputs } = await render({
      ...GOOD,
      replicas: 2,
      gpu: {
        gpuProduct: 'NVIDIA-A100-SXM4-80GB',
        gpus: 1,
        migProfile: '3g.40gb',
      },
      resolved: { ...GOOD.resolved, llm: false, format: 'onnx' },
    });
    expect(outputs.kind).toBe('InferenceService');
    const isvc = read('service/manifests/inference-service.yaml');
    expect(isvc).toMatchObject({
      apiVersion: 'serving.kserve.io/v1beta1',
      kind: 'InferenceService',
      spec: {
        predictor: {
          minReplicas: 2,
          maxReplicas: 2,
          model: {
            modelFormat: { name: 'onnx' },
            storageUri: GOOD.resolved.reference,
            resources: {
              limits: { 'nvidia.com/mig-3g.40gb': '1' },
              requests: { 'nvidia.com/mig-3g.40gb': '1' },
            },
          },
        },
      },
    });
    expect(isvc.spec.predictor.model.resources.limits).not.toHaveProperty(
      'nvidia.com/gpu',
    );
  });

  it('pins by a pattern that accepts a digest reference and rejects a tag or a short digest', () => {
    const ref = GOOD.resolved.reference;
    expect(wildcardMatch(PINNED_REFERENCE_PATTERN, ref)).toBe(true);
    expect(
      wildcardMatch(
        PINNED_REFERENCE_PATTERN,
        'oci://registry.fra.eu-sovereign.example/models/mistral-small-3.2-24b-instruct:3.2.0',
      ),
    ).toBe(false);
    expect(
      wildcardMatch(PINNED_REFERENCE_PATTERN, 'oci://host/m@sha256:abc'),
    ).toBe(false);
    expect(wildcardMatch(PINNED_REFERENCE_PATTERN, `${ref}0`)).toBe(false);
  });

  it.each([
    ['LLMInferenceService', true, 'spec.model.uri'],
    ['InferenceService', false, 'spec.predictor.model.storageUri'],
  ])(
    'writes an Enforce Kyverno Policy whose rule for %s accepts the rendered object and rejects it with a tag',
    async (kind, llm, field) => {
      const { read } = await render({
        ...GOOD,
        resolved: { ...GOOD.resolved, llm },
      });
      const policy = read('service/manifests/kyverno-policy.yaml');
      const workload = read('service/manifests/inference-service.yaml');
      expect(policy).toMatchObject({
        apiVersion: 'kyverno.io/v1',
        kind: 'Policy',
        metadata: {
          name: 'mistral-chat-model-digest',
          namespace: 'eu-inference',
        },
        spec: { validationFailureAction: 'Enforce' },
      });
      const rule = policy.spec.rules.find((r: any) =>
        r.match.any[0].resources.kinds[0].endsWith(`/${kind}`),
      );
      expect(rule.match.any[0].resources.names).toEqual(['mistral-chat']);
      expect(rule.validate.failureAction).toBe('Enforce');
      expect(rule.validate.message).toContain(field);
      expect(patternMatches(rule.validate.pattern, workload)).toBe(true);
      const unpinned = JSON.parse(
        JSON.stringify(workload).replace(`@${DIGEST}`, ':3.2.0'),
      );
      expect(patternMatches(rule.validate.pattern, unpinned)).toBe(false);
    },
  );

  it('lets only the namespace and the Gateway namespace reach the pods', async () => {
    const { read } = await render({ ...GOOD, gatewayNamespace: 'gateways' });
    const netpol = read('service/manifests/network-policy.yaml');
    expect(netpol).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: {
        name: 'mistral-chat-ingress',
        namespace: 'eu-inference',
        labels: expect.any(Object),
      },
      spec: {
        podSelector: {
          matchLabels: { 'backstage.io/kubernetes-id': 'mistral-chat' },
        },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: [
              { podSelector: {} },
              {
                namespaceSelector: {
                  matchLabels: { 'kubernetes.io/metadata.name': 'gateways' },
                },
              },
            ],
          },
        ],
      },
    });
  });

  it('writes the catalog entity: an inference-service that dependsOn the model and the cluster, with the pinned digest and where it is committed', async () => {
    const { read } = await render({ ...GOOD, system: 'ai-platform' });
    const entity = read('service/catalog-info.yaml');
    expect(entity).toMatchObject({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: 'mistral-chat',
        labels: { [SOVEREIGNTY_LABELS.dataClassification]: 'confidential' },
        annotations: {
          'backstage.io/kubernetes-id': 'mistral-chat',
          'backstage.io/kubernetes-label-selector':
            'backstage.io/kubernetes-id=mistral-chat',
          [OCI_REPOSITORY_ANNOTATION]:
            'fra-sovereign/models/mistral-small-3.2-24b-instruct',
          [INFERENCE_SERVICE_ANNOTATIONS.modelDigest]: DIGEST,
          [INFERENCE_SERVICE_ANNOTATIONS.gitopsBranch]:
            'inference-service/mistral-chat',
          [INFERENCE_SERVICE_ANNOTATIONS.gitopsPath]:
            'inference-services/mistral-chat',
        },
      },
      spec: {
        type: 'inference-service',
        owner: 'group:default/eu-inference',
        system: 'system:default/ai-platform',
        dependsOn: [
          'resource:default/mistral-small-3.2-24b-instruct',
          'resource:default/eu-sovereign-fra',
        ],
      },
    });
    const params = read('service/ai-platform-service.yaml');
    expect(params.spec).toMatchObject({
      name: 'mistral-chat',
      gpu: GOOD.gpu,
      model: { tag: '3.2.0', digest: DIGEST },
    });
  });

  it('keeps every object name a valid DNS-1123 label, even for a 63-character service name', async () => {
    const name = `${'m'.repeat(58)}-chat`;
    expect(name).toHaveLength(63);
    const { read } = await render({ ...GOOD, name });
    for (const file of [
      'service/manifests/inference-service.yaml',
      'service/manifests/kyverno-policy.yaml',
      'service/manifests/network-policy.yaml',
    ]) {
      const { name: objectName } = read(file).metadata;
      expect(objectName.length).toBeLessThanOrEqual(63);
      expect(objectName).toMatch(DNS_1123);
    }
  });

  it.each([
    [
      'an invalid name',
      { name: 'Mistral_Chat' },
      /^Name 'Mistral_Chat' is not valid/,
    ],
    [
      'an unpinned reference',
      {
        resolved: {
          ...GOOD.resolved,
          reference: 'oci://registry.fra.eu-sovereign.example/m:3.2.0',
        },
      },
      /is not oci:\/\/<host>\/<repository>@sha256:/,
    ],
    ['zero replicas', { replicas: 0 }, /^Replicas must be a whole number/],
    [
      'a MIG profile with 2 GPUs',
      {
        gpu: {
          gpuProduct: 'NVIDIA-H100-80GB-HBM3',
          gpus: 2,
          migProfile: '3g.40gb',
        },
      },
      /one slice per replica/,
    ],
    [
      'an unknown classification',
      { classification: 'secret' },
      /is not one of public/,
    ],
  ])('refuses %s and writes nothing', async (_what, change, message) => {
    const error = await render({ ...GOOD, ...change }).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toMatch(message);
    expect(fs.existsSync(dir.resolve('service'))).toBe(false);
  });

  it('re-runs the governance check with the same request and refuses what it refuses (10,000 replicas), listing the rule, and writes nothing', async () => {
    const error = await render(
      { ...GOOD, replicas: 10_000 },
      {
        checks: [
          {
            id: 'replicas',
            status: 'fail',
            message: '10000 replicas asked; the policy allows at most 4',
            fix: 'Ask for at most 4 replicas',
          },
        ],
      },
    ).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toContain(
      '- replicas: 10000 replicas asked; the policy allows at most 4',
    );
    expect(fs.existsSync(dir.resolve('service'))).toBe(false);
  });

  it('asks the governance check exactly what it renders', async () => {
    const { asked } = await render();
    expect(asked).toEqual([
      {
        name: 'mistral-chat',
        namespace: GOOD.namespace,
        cluster: GOOD.cluster,
        model: {
          registry: GOOD.model.registry,
          repository: GOOD.model.repository,
          digest: DIGEST,
        },
        gpus: GOOD.gpu.gpus,
        gpuProduct: GOOD.gpu.gpuProduct,
        replicas: GOOD.replicas,
        classification: GOOD.classification,
        team: GOOD.owner,
      },
    ]);
  });

  it('refuses a model reference the configured registry does not give for that digest, and writes nothing', async () => {
    const error = await render(
      {
        ...GOOD,
        resolved: {
          ...GOOD.resolved,
          reference: `oci://registry.elsewhere.example/models/mistral-small-3.2-24b-instruct@${DIGEST}`,
        },
      },
      { version: GOOD.resolved },
    ).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toMatch(
      /is not the one registry 'fra-sovereign' gives/,
    );
    expect(fs.existsSync(dir.resolve('service'))).toBe(false);
  });

  it('refuses a registry that is not configured, and writes nothing', async () => {
    const error = await render({
      ...GOOD,
      model: { ...GOOD.model, registry: 'nowhere' },
    }).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(error.message).toContain("there is no registry 'nowhere'");
    expect(fs.existsSync(dir.resolve('service'))).toBe(false);
  });

  it('refuses a tag that no longer points to the digest', async () => {
    const error = await render(GOOD, {
      version: { ...GOOD.resolved, digest: `sha256:${'7'.repeat(64)}` },
    }).catch(e => e);
    expect(error.name).toBe('InputError');
    expect(fs.existsSync(dir.resolve('service'))).toBe(false);
  });

  it('takes whether the model is an LLM from the registry, not from the template', async () => {
    const { outputs } = await render(
      { ...GOOD, resolved: { ...GOOD.resolved, llm: false } },
      { version: GOOD.resolved },
    );
    expect(outputs.kind).toBe('LLMInferenceService');
  });

  it('refuses a team the initiator may not create for, naming the permission, and writes nothing', async () => {
    const error = await render(GOOD, {
      permissions: mockServices.permissions({ result: AuthorizeResult.DENY }),
    }).catch(e => e);
    expect(error.name).toBe('NotAllowedError');
    expect(error.message).toContain(
      `may not create an inference service for ${GOOD.owner}: the permission ai-platform.inference-service.create is not granted`,
    );
    expect(fs.existsSync(dir.resolve('service'))).toBe(false);
  });
});
