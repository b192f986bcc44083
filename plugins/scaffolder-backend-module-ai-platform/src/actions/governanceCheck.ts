import type { ActionsService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { examples } from './governanceCheck.examples';
import { invokeRegisteredAction } from './registeredAction';

/** The registered action of the AI Platform backend that holds the rules. */
export const GOVERNANCE_ACTION_ID = 'ai-platform:check-inference-service';

interface Check {
  id: string;
  status: 'pass' | 'fail' | 'not-evaluated';
  message: string;
  fix?: string;
}

interface GovernanceOutput {
  allowed: boolean;
  checks: Check[];
  resolvedDigest?: string;
}

/** Every failed check on a line of its own, with what to change. */
export function describeFailures(checks: Check[]): string {
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
  actions: ActionsService;
}) {
  const { actions } = options;
  return createTemplateAction({
    id: 'ai-platform:governance:check',
    description:
      'Checks a new inference service against the governance rules (name, namespace, replicas and GPU policy, quota, free GPUs, sovereignty, model digest, signature, SBOM, fit, conformance) and fails with every failed rule and what to change. Writes nothing; runs in dry runs too.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        name: z => z.string().describe('Name of the service: a DNS-1123 label'),
        namespace: z =>
          z.string().describe('A namespace of the team on the cluster'),
        cluster: z => z.string().describe('A configured cluster name'),
        model: z =>
          z
            .object({
              registry: z
                .string()
                .describe('Registry name from aiPlatform.registries'),
              repository: z.string().describe('Repository in that registry'),
              tag: z
                .string()
                .optional()
                .describe('A tag, resolved to the digest it points to now'),
              digest: z
                .string()
                .optional()
                .describe('A digest (sha256:...); wins over the tag'),
            })
            .describe('The model version to serve'),
        gpus: z =>
          z.number().describe('Whole GPUs per replica (1 with a MIG profile)'),
        gpuProduct: z =>
          z.string().describe('GPU product, e.g. NVIDIA-H100-80GB-HBM3'),
        migProfile: z =>
          z
            .string()
            .optional()
            .describe('A MIG profile, e.g. 3g.40gb, instead of whole GPUs'),
        replicas: z => z.number().describe('Number of replicas'),
        classification: z =>
          z
            .enum(['public', 'internal', 'confidential', 'restricted'])
            .describe('Data classification the service processes'),
        team: z =>
          z.string().describe('The owning team: a Group entity ref or name'),
      },
      output: {
        allowed: z => z.boolean().describe('True when no check failed'),
        resolvedDigest: z =>
          z
            .string()
            .optional()
            .describe('The digest to pin the model to, when it resolved'),
        checks: z =>
          z
            .array(
              z.object({
                id: z.string(),
                status: z.enum(['pass', 'fail', 'not-evaluated']),
                message: z.string(),
                fix: z.string().optional(),
              }),
            )
            .describe('Every check with its status, message and fix'),
      },
    },
    async handler(ctx) {
      // The check only reads, so it runs in a dry run as in a real one, and
      // is not a checkpoint: a resumed task must see the clusters as they are now.
      // A 400 of the registered action (e.g. a classification its schema
      // rejects) stays an InputError with the action's message.
      const result = await invokeRegisteredAction<GovernanceOutput>({
        actions,
        id: GOVERNANCE_ACTION_ID,
        input: ctx.input,
        credentials: await ctx.getInitiatorCredentials(),
        what: 'The governance check',
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
