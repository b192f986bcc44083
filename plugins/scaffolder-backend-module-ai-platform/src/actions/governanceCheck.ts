import {
  AI_PLATFORM_ACTION_IDS,
  GovernanceCheck,
  governanceRequestSchema,
  governanceResultSchema,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { AiPlatformService } from '@ai-platform/backstage-plugin-ai-platform-node';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { examples } from './governanceCheck.examples';

/** The registered action of the AI Platform backend that holds the rules. */
export const GOVERNANCE_ACTION_ID =
  AI_PLATFORM_ACTION_IDS.checkInferenceService;

/** Every failed check on a line of its own, with what to change. */
export function describeFailures(
  checks: ReadonlyArray<
    Pick<GovernanceCheck, 'id' | 'status' | 'message' | 'fix'>
  >,
): string {
  return checks
    .filter(c => c.status === 'fail')
    .map(c => `- ${c.id}: ${c.message}${c.fix ? ` Fix: ${c.fix}` : ''}`)
    .join('\n');
}

/**
 * `ai-platform:governance:check`: asks the AI Platform backend's
 * `check-inference-service` action whether a new inference service is
 * allowed, and fails the task with every failed rule when it is not. The
 * rules live in one place (the actions registry), so a template and an agent
 * over MCP get the same answer.
 *
 * @public
 */
export function createGovernanceCheckAction(options: {
  aiPlatform: AiPlatformService;
}) {
  const { aiPlatform } = options;
  return createTemplateAction({
    id: 'ai-platform:governance:check',
    description:
      'Checks a new inference service against the governance rules (name, namespace, replicas and GPU policy, quota, free GPUs, sovereignty, model digest, signature, SBOM, fit, conformance) and fails with every failed rule and what to change. Writes nothing; runs in dry runs too.',
    examples,
    supportsDryRun: true,
    schema: {
      input: governanceRequestSchema,
      output: governanceResultSchema,
    },
    async handler(ctx) {
      // The check only reads, so it runs in a dry run as in a real one, and
      // is not a checkpoint: a resumed task must see the clusters as they are now.
      // A 400 of the registered action (e.g. a classification its schema
      // rejects) stays an InputError with the action's message.
      const result = await aiPlatform.checkInferenceService(ctx.input, {
        credentials: await ctx.getInitiatorCredentials(),
      });
      ctx.output('allowed', result.allowed);
      ctx.output('checks', result.checks);
      if (result.resolvedDigest) {
        ctx.output('resolvedDigest', result.resolvedDigest);
      }
      for (const check of result.checks.filter(
        c => c.status === 'not-evaluated',
      )) {
        ctx.logger.warn(`Not evaluated: ${check.message}`);
      }
      if (!result.allowed) {
        const failed = result.checks.filter(c => c.status === 'fail');
        throw new InputError(
          `${ctx.input.name} is not allowed: ${failed.length} check${
            failed.length === 1 ? '' : 's'
          } failed\n${describeFailures(result.checks)}`,
        );
      }
      ctx.logger.info(
        `${ctx.input.name} passed the governance check; the model is pinned to ${result.resolvedDigest}`,
      );
    },
  });
}
