import fs from 'node:fs';
import { dirname, posix } from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { DATA_CLASSIFICATIONS } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { AiPlatformService } from '@ai-platform/backstage-plugin-ai-platform-node';
import { governInferenceService } from '../inferenceServices/governed';
import {
  renderInferenceService,
  type InferenceServiceParameters,
} from '../inferenceServices/manifests';
import { ownerRef, type WriteGuard } from '../permissions/writeGuard';
import { examples } from './inferenceServiceRender.examples';

/**
 * Writes rendered files under a workspace directory. Writing the workspace
 * is no external side effect: a dry run writes into its own temporary one.
 */
export async function writeFiles(
  workspacePath: string,
  dir: string,
  files: Array<{ path: string; content: string }>,
): Promise<void> {
  for (const f of files) {
    const target = resolveSafeChildPath(workspacePath, posix.join(dir, f.path));
    await fs.promises.mkdir(dirname(target), { recursive: true });
    await fs.promises.writeFile(target, f.content, 'utf8');
  }
}

/**
 * `ai-platform:inference-service:render`: renders a governed inference
 * service into the workspace: the KServe `LLMInferenceService` (LLMs, with
 * the managed router, gateway route and InferencePool scheduler) or
 * `InferenceService` (predictive models), pinned by digest, with GPU
 * resources and a GPU product affinity; a Kyverno Policy that rejects an
 * unpinned model; a NetworkPolicy; the catalog entity; and the parameters
 * file a later promotion re-renders from.
 *
 * @public
 */
export function createInferenceServiceRenderAction(options: {
  guard: WriteGuard;
  aiPlatform: AiPlatformService;
}) {
  const { guard, aiPlatform } = options;
  return createTemplateAction({
    id: 'ai-platform:inference-service:render',
    description:
      'Renders a governed KServe inference service pinned by digest (LLMInferenceService with its managed router for LLMs, InferenceService otherwise), its Kyverno digest policy, NetworkPolicy, catalog-info.yaml and parameters file into the workspace; builds objects and serialises them with a YAML library',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z
            .string()
            .describe('Name of the service and its entity: a DNS-1123 label'),
        title: z => z.string().optional().describe('Display title'),
        description: z =>
          z.string().optional().describe('What the service is for'),
        namespace: z =>
          z.string().describe('The team namespace on the cluster'),
        cluster: z =>
          z
            .string()
            .describe(
              'A configured cluster name; the entity dependsOn its Resource',
            ),
        owner: z => z.string().describe('The owning Group, as an entity ref'),
        system: z =>
          z
            .string()
            .optional()
            .describe('The System the service belongs to, as an entity ref'),
        classification: z =>
          z
            .string()
            .describe(
              `Data classification: one of ${DATA_CLASSIFICATIONS.join(', ')}`,
            ),
        replicas: z => z.number().describe('Number of replicas'),
        gpu: z =>
          z
            .object({
              gpuProduct: z
                .string()
                .describe('GPU product, e.g. NVIDIA-H100-80GB-HBM3'),
              gpus: z
                .number()
                .describe('Whole GPUs per replica (1 with a MIG profile)'),
              migProfile: z
                .string()
                .optional()
                .describe('A MIG profile, e.g. 3g.40gb'),
            })
            .describe(
              'The GPU profile, as the AiPlatformGpuProfilePicker field gives it',
            ),
        model: z =>
          z
            .object({
              registry: z.string(),
              repository: z.string(),
              tag: z.string().optional(),
              digest: z.string().optional(),
            })
            .describe(
              'The model version as picked (AiPlatformModelVersionPicker)',
            ),
        resolved: z =>
          z
            .object({
              digest: z.string(),
              reference: z.string(),
              tag: z.string(),
              entityRef: z.string(),
              llm: z.boolean(),
              format: z.string().optional(),
            })
            .passthrough()
            .describe('The output of ai-platform:model:resolve'),
        gatewayNamespace: z =>
          z
            .string()
            .optional()
            .describe(
              'Namespace of the Gateway allowed to reach the pods; default kserve',
            ),
        gitopsBranch: z =>
          z
            .string()
            .describe(
              'The GitOps branch the manifests are committed on (recorded for promotions)',
            ),
        gitopsPath: z =>
          z
            .string()
            .describe(
              'The folder of the GitOps repository they go to, e.g. inference-services/mistral-chat',
            ),
        targetPath: z =>
          z
            .string()
            .optional()
            .describe('Workspace directory to write into; default: the root'),
      },
      output: {
        entityRef: z => z.string().describe('The entity ref of the service'),
        kind: z =>
          z.string().describe('LLMInferenceService or InferenceService'),
        reference: z =>
          z.string().describe('The pinned model reference in the manifests'),
        files: z =>
          z
            .array(z.string())
            .describe('Workspace-relative paths of the written files'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const params: InferenceServiceParameters = {
        name: input.name,
        title: input.title,
        description: input.description,
        namespace: input.namespace,
        cluster: input.cluster,
        owner: input.owner,
        system: input.system,
        classification: input.classification,
        replicas: input.replicas,
        gpu: input.gpu,
        model: {
          registry: input.model.registry,
          repository: input.model.repository,
          tag: input.resolved.tag,
          digest: input.resolved.digest,
          reference: input.resolved.reference,
          entityRef: input.resolved.entityRef,
          llm: input.resolved.llm,
          ...(input.resolved.format ? { format: input.resolved.format } : {}),
        },
        gatewayNamespace: input.gatewayNamespace,
        gitops: { branch: input.gitopsBranch, path: input.gitopsPath },
      };
      // Validation first: bad input leaves the workspace untouched.
      renderInferenceService(params);
      const credentials = await ctx.getInitiatorCredentials();
      // Only for a team the initiator may create for (their own, or granted).
      await guard.require('create', ownerRef(input.owner), credentials);
      // The same governance as the check step, whatever template calls this:
      // the model pinned on a configured registry, every rule passed.
      const governed = await governInferenceService({
        aiPlatform,
        credentials,
        params,
      });
      const rendered = renderInferenceService(governed);
      const dir = input.targetPath ?? '.';
      await writeFiles(ctx.workspacePath, dir, rendered.files);
      const entityRef = stringifyEntityRef(rendered.entity);
      ctx.logger.info(
        `Rendered ${rendered.workload.kind} ${input.namespace}/${input.name} pinned to ${governed.model.reference}`,
      );
      ctx.output('entityRef', entityRef);
      ctx.output('kind', rendered.workload.kind);
      ctx.output('reference', governed.model.reference);
      ctx.output(
        'files',
        rendered.files.map(f => posix.join(dir, f.path)),
      );
    },
  });
}
