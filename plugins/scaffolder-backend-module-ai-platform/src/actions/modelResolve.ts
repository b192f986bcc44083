import {
  AI_PLATFORM_ACTION_IDS,
  modelVersionRequestSchema,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { AiPlatformService } from '@ai-platform/backstage-plugin-ai-platform-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { examples } from './modelResolve.examples';

/** The registered action of the AI Platform backend that resolves versions. */
export const RESOLVE_ACTION_ID = AI_PLATFORM_ACTION_IDS.resolveModelVersion;

/**
 * `ai-platform:model:resolve`: pins a model version (the value of the
 * AiPlatformModelVersionPicker field) to its immutable digest through the
 * AI Platform backend's `resolve-model-version` action, which also applies
 * the signature and SBOM policy. Only reads, so it runs in dry runs too.
 *
 * @public
 */
export function createModelResolveAction(options: {
  aiPlatform: AiPlatformService;
}) {
  const { aiPlatform } = options;
  return createTemplateAction({
    id: 'ai-platform:model:resolve',
    description:
      'Pins a model version to its immutable digest and the oci://...@sha256 reference KServe pulls, requiring a signature and an SBOM when the governance policy does, and says whether it is served as an LLM. Fails with what to change for an unknown registry, model or tag. Writes nothing; runs in dry runs too.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        model: z =>
          modelVersionRequestSchema(z).describe(
            'The model version, as the AiPlatformModelVersionPicker field gives it',
          ),
      },
      output: {
        digest: z => z.string().describe('The immutable digest (sha256:...)'),
        reference: z =>
          z
            .string()
            .describe(
              'The pinned reference: oci://<host>/<repository>@sha256:...',
            ),
        tag: z => z.string().describe('The tag the digest was resolved from'),
        entityRef: z =>
          z.string().describe("The catalog entity ref of the model's Resource"),
        signed: z => z.boolean().describe('The version has a signature'),
        sbom: z => z.boolean().describe('The version has an SBOM'),
        llm: z =>
          z
            .boolean()
            .describe(
              'True: served by an LLMInferenceService; false: by an InferenceService',
            ),
        llmReason: z => z.string().describe('Why it is or is not an LLM'),
        format: z =>
          z.string().optional().describe('The weight format, e.g. safetensors'),
      },
    },
    async handler(ctx) {
      // Only reads; not a checkpoint, so a resumed task sees the tag as it is now.
      const resolved = await aiPlatform.resolveModelVersion(ctx.input.model, {
        credentials: await ctx.getInitiatorCredentials(),
      });
      ctx.output('digest', resolved.digest);
      ctx.output('reference', resolved.reference);
      ctx.output('tag', resolved.tag);
      ctx.output('entityRef', resolved.entityRef);
      ctx.output('signed', resolved.signed);
      ctx.output('sbom', resolved.sbom);
      ctx.output('llm', resolved.llm);
      ctx.output('llmReason', resolved.llmReason);
      if (resolved.format) ctx.output('format', resolved.format);
      ctx.logger.info(
        `${resolved.registry}/${resolved.repository}:${
          resolved.tag
        } is pinned to ${resolved.reference}; served as ${
          resolved.llm ? 'an LLM' : 'a predictive model'
        } because ${resolved.llmReason}`,
      );
    },
  });
}
