import { aiPlatformGovernanceCheckPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { GovernanceService } from './GovernanceService';

const CLASSIFICATIONS = [
  'public',
  'internal',
  'confidential',
  'restricted',
] as const;

const CHECK_IDS = [
  'name',
  'namespace',
  'replicas',
  'gpus',
  'gpu-quota',
  'gpu-capacity',
  'sovereignty',
  'model-digest',
  'model-storage',
  'model-signature',
  'model-sbom',
  'model-fit',
  'cluster-conformance',
] as const;

/** A request that passes on the demo data; the examples vary it. */
const GOOD = {
  name: 'mistral-chat',
  namespace: 'eu-inference',
  cluster: 'eu-sovereign-fra',
  model: {
    registry: 'fra-sovereign',
    repository: 'models/mistral-small-3.2-24b-instruct',
    tag: '3.2.0',
  },
  gpus: 1,
  gpuProduct: 'NVIDIA-H100-80GB-HBM3',
  replicas: 1,
  classification: 'confidential' as const,
  team: 'eu-inference',
};

/**
 * The governance check as one registered action, so templates (through the
 * scaffolder action) and agents (over MCP) ask the same rules. Bad input is
 * an answer with failed checks, not an error, so every problem is shown at once.
 */
export function registerGovernanceActions(
  actionsRegistry: ActionsRegistryService,
  governance: GovernanceService,
): void {
  actionsRegistry.register({
    name: 'check-inference-service',
    title: 'May this inference service be created?',
    description:
      'Checks a new model inference service against every governance rule before anything is created: a DNS-1123 name; a namespace of the team on the cluster; replicas and GPUs within policy; GPU quota headroom in the namespace and free GPUs of the product on the cluster; the sovereignty rules for the data classification on the cluster and namespace; the model tag resolving to an immutable digest, the registry that stores the model being allowed to store data of the classification, with a signature and an SBOM when the policy requires them; the model fitting the GPU profile; and the Kubernetes AI Conformance score of the cluster against aiPlatform.governance.minConformanceScore (not evaluated when no minimum is set). Answers allowed, every check with pass, fail or not-evaluated, what to change for each failure, and the digest to pin.',
    visibilityPermission: aiPlatformGovernanceCheckPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          name: z
            .string()
            .describe(
              'Name of the service: a DNS-1123 label, e.g. mistral-chat',
            ),
          namespace: z
            .string()
            .describe('A namespace of the team on the cluster'),
          cluster: z.string().describe('A configured cluster name'),
          model: z
            .object({
              registry: z
                .string()
                .describe(
                  'Registry name from aiPlatform.registries, e.g. fra-sovereign',
                ),
              repository: z
                .string()
                .describe(
                  'Repository in that registry, e.g. models/mistral-small-3.2-24b-instruct',
                ),
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
          gpus: z
            .number()
            .describe('Whole GPUs per replica (1 with a MIG profile)'),
          gpuProduct: z
            .string()
            .describe(
              'GPU product as GPU Feature Discovery names it, e.g. NVIDIA-H100-80GB-HBM3',
            ),
          migProfile: z
            .string()
            .optional()
            .describe(
              'A MIG profile of the product, e.g. 3g.40gb, instead of whole GPUs',
            ),
          replicas: z.number().describe('Number of replicas'),
          classification: z
            .enum(CLASSIFICATIONS)
            .describe('Data classification the service processes'),
          team: z
            .string()
            .describe('The owning team: a Group entity ref or name'),
        }),
      output: z =>
        z.object({
          allowed: z.boolean().describe('True when no check failed'),
          checks: z.array(
            z.object({
              id: z.enum(CHECK_IDS),
              status: z.enum(['pass', 'fail', 'not-evaluated']),
              message: z.string(),
              fix: z
                .string()
                .optional()
                .describe('What to change; set on every failure'),
            }),
          ),
          resolvedDigest: z
            .string()
            .optional()
            .describe('The digest to pin the model to, when it resolved'),
        }),
    },
    examples: [
      {
        title: 'Mistral Small 3.2 on one H100 in Frankfurt (allowed)',
        input: GOOD,
      },
      {
        title: 'Confidential data on the US cluster (refused, with reasons)',
        input: { ...GOOD, cluster: 'us-east-virginia' },
      },
      {
        title: 'More GPUs than the namespace quota has left',
        input: { ...GOOD, gpus: 4, replicas: 2 },
      },
    ],
    action: async ({ input }) => ({
      output: await governance.check(input),
    }),
  });
}
