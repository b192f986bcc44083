import {
  resolvedModelVersionSchema,
  aiPlatformModelsReadPermission,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ModelSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import { unknownName } from '../tools/names';
import { openOutput } from '../tools/strictRegistry';
import { capUntrusted, UNTRUSTED_NOTE } from '../tools/untrusted';
import type { ModelVersionResolver } from './ModelVersionResolver';

type Zod = Parameters<
  Parameters<ActionsRegistryService['register']>[0]['schema']['input']
>[0];

const deployment = (z: Zod) =>
  z.object({
    cluster: z.string(),
    namespace: z.string(),
    kind: z.enum(['InferenceService', 'LLMInferenceService', 'Pod']),
    name: z.string(),
    reference: z
      .string()
      .describe('The model reference as the workload writes it'),
    registry: z.string(),
    repository: z.string(),
    digest: z
      .string()
      .optional()
      .describe(
        'The digest the workload runs: pinned, or reported by its pods; absent when a tag reference does not say',
      ),
    tags: z.array(z.string()).describe('Tags that point to that digest now'),
    podCount: z.number(),
    mutableTag: z
      .object({
        tag: z.string(),
        currentDigest: z.string().optional(),
        moved: z.enum(['yes', 'no', 'unknown']),
        runningDigest: z
          .string()
          .optional()
          .describe("The digest the pods' model container runs"),
        summary: z
          .string()
          .optional()
          .describe(
            "e.g. 'runs 1.0.0; :latest now points to 1.1.0', or 'unknown (tag reference)' when the pods do not say",
          ),
        message: z.string(),
      })
      .optional()
      .describe('Set when the workload names a tag instead of a digest'),
  });

const registryInput = (z: Zod) => ({
  registry: z
    .string()
    .min(1)
    .describe(
      'Registry name from aiPlatform.registries, e.g. ghcr-example-org',
    ),
  repository: z
    .string()
    .min(1)
    .describe('Repository in that registry, e.g. models/llama-3.1-8b-instruct'),
});

/**
 * The model actions, for agents over MCP and for templates: the same answers
 * as the `/models` routes, from the same service.
 */
export function registerModelActions(
  actionsRegistry: ActionsRegistryService,
  models: ModelSource,
): void {
  actionsRegistry.register({
    name: 'list-models',
    title: 'List models',
    description:
      'Model repositories of the configured OCI registries (ModelPack and KitOps artifacts): name, family, licences, owner, the latest version with its digest and whether it is signed and has an SBOM, how many versions and deployments it has, and whether where it is stored is allowed by the sovereignty rules. Filter by registry or family.',
    visibilityPermission: aiPlatformModelsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          registry: z.string().optional().describe('Only this registry'),
          family: z
            .string()
            .optional()
            .describe('Only this model family, e.g. llama-3.1'),
        }),
      output: z =>
        z.object({
          models: z.array(
            z.object({
              registry: z.string(),
              repository: z.string(),
              name: z.string().optional(),
              family: z.string().optional(),
              licenses: z.array(z.string()),
              owner: z.string().optional(),
              latest: z
                .object({
                  tag: z.string(),
                  digest: z.string(),
                  createdAt: z.string().optional(),
                  signed: z.boolean(),
                  sbom: z.boolean(),
                })
                .optional(),
              versionCount: z.number(),
              deploymentCount: z.number(),
              storageStatus: z.enum(['compliant', 'violation', 'unknown']),
              error: z.string().optional(),
            }),
          ),
        }),
    },
    examples: [
      { title: 'Every model', input: {} },
      { title: 'Llama 3.1 models', input: { family: 'llama-3.1' } },
    ],
    action: async ({ input }) => {
      const list = await models.listModels();
      const registries = list.registries.map(r => r.name);
      if (input.registry && !registries.includes(input.registry)) {
        throw unknownName('registry', input.registry, registries);
      }
      const families = list.models.flatMap(m => (m.family ? [m.family] : []));
      if (input.family && !families.includes(input.family)) {
        throw unknownName('model family', input.family, families);
      }
      return {
        output: {
          models: list.models
            .filter(m => !input.registry || m.registry === input.registry)
            .filter(m => !input.family || m.family === input.family)
            .map(m => ({
              registry: m.registry,
              repository: m.repository,
              name: m.name,
              family: m.family,
              licenses: m.licenses,
              owner: m.owner,
              latest: m.latest,
              versionCount: m.versionCount,
              deploymentCount: m.deploymentCount,
              storageStatus: m.storage.status,
              error: m.error,
            })),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'list-model-versions',
    title: 'List the versions of a model',
    description:
      'Every tag of a model repository, newest first: digest, created time, size in bytes, parameter size, precision, format, licences, signed, SBOM, the GPU memory it needs and the smallest GPU profile it fits on comfortably, and the workloads that run it. A tag that could not be read says why.',
    visibilityPermission: aiPlatformModelsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z => z.object(registryInput(z)),
      output: z =>
        z.object({
          versions: z.array(
            z.object({
              tag: z.string(),
              status: z.enum(['ok', 'error']),
              digest: z.string().optional(),
              error: z.string().optional(),
              createdAt: z.string().optional(),
              totalSize: z.number().optional(),
              parameterSize: z.string().optional(),
              precision: z.string().optional(),
              format: z.string().optional(),
              licenses: z.array(z.string()).optional(),
              signed: z.boolean().optional(),
              sbom: z.boolean().optional(),
              memoryGiB: z.number().optional(),
              fitsOn: z.string().optional(),
              deployments: z.array(deployment(z)).optional(),
            }),
          ),
        }),
    },
    examples: [
      {
        title: 'Versions of Llama 3.1 8B Instruct',
        input: {
          registry: 'ghcr-example-org',
          repository: 'models/llama-3.1-8b-instruct',
        },
      },
    ],
    action: async ({ input }) => {
      const list = await models.listVersions(input.registry, input.repository);
      return {
        output: {
          versions: list.versions.map(v =>
            v.status === 'error'
              ? v
              : {
                  tag: v.tag,
                  status: v.status,
                  digest: v.digest,
                  createdAt: v.metadata.createdAt,
                  totalSize: v.totalSize,
                  parameterSize: v.metadata.parameterSize,
                  precision: v.metadata.precision,
                  format: v.metadata.format,
                  licenses: v.metadata.licenses,
                  signed: v.signed,
                  sbom: v.sbom,
                  memoryGiB:
                    v.fit.status === 'ok' ? v.fit.estimate.totalGiB : undefined,
                  fitsOn:
                    v.fit.status === 'ok' ? v.fit.recommended?.id : undefined,
                  deployments: v.deployments,
                },
          ),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'where-is-model-version-deployed',
    title: 'Where a model version is deployed',
    description:
      'The KServe InferenceServices, LLMInferenceServices and pods across clusters that run a model: every version of a repository, one tag, or one digest. Deployments are matched by digest; one that names a tag says whether the tag has moved to another digest since its pods started.',
    visibilityPermission: aiPlatformModelsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          registry: z
            .string()
            .optional()
            .describe('Registry name, with repository'),
          repository: z
            .string()
            .optional()
            .describe('Repository, with registry'),
          tag: z
            .string()
            .optional()
            .describe('Only this tag of the repository'),
          digest: z
            .string()
            .optional()
            .describe(
              'A digest (sha256:...), instead of registry and repository',
            ),
        }),
      output: z => z.object({ deployments: z.array(deployment(z)) }),
    },
    examples: [
      {
        title: 'Where llama-3.1-8b-instruct:latest runs',
        input: {
          registry: 'ghcr-example-org',
          repository: 'models/llama-3.1-8b-instruct',
          tag: 'latest',
        },
      },
    ],
    action: async ({ input }) => {
      if (!input.digest && !(input.registry && input.repository)) {
        throw new InputError('Give a digest, or a registry and a repository');
      }
      const deployments = input.digest
        ? (await models.deploymentsByDigest(input.digest)).deployments
        : await models.whereDeployed(
            input.registry!,
            input.repository!,
            input.tag,
          );
      return { output: { deployments } };
    },
  });

  actionsRegistry.register({
    name: 'get-model-version',
    title: 'One model version in detail',
    description:
      'One version (tag) of a model repository: digest, size, parameters, precision, format, licence, signature and SBOM, its layers (path, media type, size, digest) and its supply chain (referrers). Use it after ai-platform.list-model-versions to inspect a version; the raw manifest is returned as untrusted text.',
    visibilityPermission: aiPlatformModelsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          ...registryInput(z),
          tag: z.string().min(1).describe('The version tag, e.g. 1.1.0'),
        }),
      output: z =>
        openOutput(
          z,
          {
            registry: z.string(),
            repository: z.string(),
            tag: z.string(),
            digest: z.string(),
            layers: z.array(
              openOutput(
                z,
                { mediaType: z.string(), size: z.number() },
                'A layer of the artifact',
              ),
            ),
            untrusted: z
              .object({ manifest: z.string().optional() })
              .describe(UNTRUSTED_NOTE),
          },
          'The version with its layers and supply chain',
        ),
    },
    examples: [
      {
        title: 'Llama 3.1 8B Instruct 1.1.0',
        input: {
          registry: 'ghcr-example-org',
          repository: 'models/llama-3.1-8b-instruct',
          tag: '1.1.0',
        },
      },
    ],
    action: async ({ input }) => {
      const { manifest, ...version } = await models.getVersion(
        input.registry,
        input.repository,
        input.tag,
      );
      return {
        output: {
          ...version,
          untrusted: { manifest: capUntrusted(JSON.stringify(manifest)) },
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'compare-model-versions',
    title: 'Compare two model versions',
    description:
      'What differs between two versions of a model repository: whether they share a digest, every changed metadata, size, signature and SBOM field, and the layers unchanged, removed, added and the size change. Use it before promoting or rolling back a version.',
    visibilityPermission: aiPlatformModelsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          ...registryInput(z),
          a: z.string().min(1).describe('The first tag, e.g. 1.0.0'),
          b: z.string().min(1).describe('The second tag, e.g. 1.1.0'),
        }),
      output: z =>
        openOutput(
          z,
          {
            registry: z.string(),
            repository: z.string(),
            sameDigest: z.boolean(),
            changes: z.array(
              openOutput(z, { field: z.string() }, 'One field that differs'),
            ),
          },
          'The two versions, their differences and their layers',
        ),
    },
    examples: [
      {
        title: 'Llama 3.1 8B Instruct 1.0.0 against 1.1.0',
        input: {
          registry: 'ghcr-example-org',
          repository: 'models/llama-3.1-8b-instruct',
          a: '1.0.0',
          b: '1.1.0',
        },
      },
    ],
    action: async ({ input }) => ({
      output: {
        ...(await models.compare(
          input.registry,
          input.repository,
          input.a,
          input.b,
        )),
      },
    }),
  });

  actionsRegistry.register({
    name: 'find-deployments-by-digest',
    title: 'Where a model digest runs',
    description:
      'Every workload in every cluster that runs a model digest (sha256:...), and which registry, repository and tags have that digest. Use it when you know a digest (e.g. from a manifest or an incident) but not the model.',
    visibilityPermission: aiPlatformModelsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          digest: z
            .string()
            .regex(/^sha256:[a-f0-9]{64}$/)
            .describe('The digest, sha256: and 64 hex digits'),
        }),
      output: z =>
        z.object({
          digest: z.string(),
          versions: z.array(
            z.object({
              registry: z.string(),
              repository: z.string(),
              tags: z.array(z.string()),
            }),
          ),
          deployments: z.array(deployment(z)),
        }),
    },
    examples: [
      {
        title: 'A digest',
        input: {
          digest:
            'sha256:0000000000000000000000000000000000000000000000000000000000000000',
        },
      },
    ],
    action: async ({ input }) => {
      const { digest, versions, deployments } =
        await models.deploymentsByDigest(input.digest);
      return { output: { digest, versions, deployments } };
    },
  });

  actionsRegistry.register({
    name: 'get-workload-model-version',
    title: 'Which model version a workload runs',
    description:
      "The model versions an inference service or pod runs, by namespace and name (optionally one cluster): the digest its pods really run, the tags pointing to it now, and drift when a tag reference has moved since the pods started ('runs 1.0.0; :latest now points to 1.1.0'). Use it for 'what version does service X run?'.",
    visibilityPermission: aiPlatformModelsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          namespace: z.string().min(1).describe('The Kubernetes namespace'),
          name: z
            .string()
            .min(1)
            .describe('The InferenceService, LLMInferenceService or pod name'),
          cluster: z
            .string()
            .optional()
            .describe('One cluster; all clusters when omitted'),
        }),
      output: z => z.object({ deployments: z.array(deployment(z)) }),
    },
    examples: [
      {
        title: 'A service in every cluster',
        input: { namespace: 'team-a', name: 'llama' },
      },
    ],
    action: async ({ input }) => ({
      output: { deployments: await models.deploymentsOfWorkload(input) },
    }),
  });
}

/**
 * `resolve-model-version`: a model tag (or digest) pinned to its immutable
 * digest, with the supply-chain policy applied; the scaffolder's
 * `ai-platform:model:resolve` and agents over MCP both call it.
 */
export function registerModelResolveAction(
  actionsRegistry: ActionsRegistryService,
  resolver: ModelVersionResolver,
): void {
  actionsRegistry.register({
    name: 'resolve-model-version',
    title: 'Pin a model version to its digest',
    description:
      'Resolves a model tag (or digest) of a configured OCI registry to the immutable digest it points to now, and answers the pinned reference a serving runtime pulls (oci://<host>/<repository>@sha256:...), whether the version is signed and has an SBOM, and whether it is served as an LLM (gguf weights, or a transformer of at least 1B parameters in safetensors/pt) or as a predictive model. Fails with what to change when the registry, the repository or the tag is unknown, or when the governance policy (aiPlatform.governance.requireSignature / requireSbom) asks for a signature or an SBOM the version lacks.',
    visibilityPermission: aiPlatformModelsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          ...registryInput(z),
          tag: z
            .string()
            .optional()
            .describe('A tag, e.g. 3.2.0; resolved to its digest now'),
          digest: z
            .string()
            .optional()
            .describe('A digest (sha256:...) instead of a tag; wins over it'),
        }),
      output: resolvedModelVersionSchema,
    },
    examples: [
      {
        title: 'Pin Mistral Small 3.2 (signed, with an SBOM)',
        input: {
          registry: 'fra-sovereign',
          repository: 'models/mistral-small-3.2-24b-instruct',
          tag: '3.2.0',
        },
      },
      {
        title: 'Pin Mistral 7B Instruct v0.3 (a KitOps ModelKit)',
        input: {
          registry: 'par-harbor',
          repository: 'models/mistral-7b-instruct-v0.3',
          tag: 'v0.3',
        },
      },
    ],
    action: async ({ input }) => ({ output: await resolver.resolve(input) }),
  });
}
