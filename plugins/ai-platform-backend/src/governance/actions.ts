import {
  aiPlatformGovernanceCheckPermission,
  governanceRequestSchema,
  governanceResultSchema,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { GovernanceService } from './GovernanceService';

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
      input: governanceRequestSchema,
      output: governanceResultSchema,
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
