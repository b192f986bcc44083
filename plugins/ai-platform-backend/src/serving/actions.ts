import { aiPlatformModelsReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { openOutput } from '../tools/strictRegistry';
import { UNTRUSTED_NOTE } from '../tools/untrusted';
import type { ServingService } from './ServingService';

type Zod = Parameters<
  Parameters<ActionsRegistryService['register']>[0]['schema']['input']
>[0];

const problems = (z: Zod) =>
  z
    .array(
      z.object({
        severity: z.enum(['error', 'warning']),
        message: z.string(),
      }),
    )
    .describe(
      `What is wrong on the way (a backend that does not exist, a pool selecting no ready pod, weights that send no traffic or do not add up to 100). ${UNTRUSTED_NOTE}`,
    );

/**
 * The serving actions, for agents over MCP: the same answers as the
 * `/serving` routes, from the same service.
 */
export function registerServingActions(
  actionsRegistry: ActionsRegistryService,
  serving: ServingService,
): void {
  actionsRegistry.register({
    name: 'get-inference-routing',
    title: 'How requests reach inference services',
    description:
      'Every Gateway API HTTPRoute across clusters with its parent Gateways and backends (weight and share of traffic per backend, and whether the backend exists), every Gateway API Inference Extension InferencePool (inference.networking.k8s.io/v1 and the older inference.networking.x-k8s.io/v1alpha2) with its selector, target ports, endpoint picker, the pods it selects and the routes that send traffic to it, and every InferenceObjective (llm-d.ai or the older x-k8s group) and InferenceModel with its pool. Problems are flagged: a route whose backend does not exist, a pool that selects no ready pod, weights that send no traffic or do not add up to 100. Filter by cluster and namespace.',
    visibilityPermission: aiPlatformModelsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          cluster: z
            .string()
            .optional()
            .describe('Only this cluster (NotFound lists the valid names)'),
          namespace: z.string().optional().describe('Only this namespace'),
          service: z
            .string()
            .optional()
            .describe(
              'Only the path to the InferenceService or LLMInferenceService of this name',
            ),
        }),
      output: z =>
        z.object({
          routes: z.array(
            openOutput(
              z,
              {
                cluster: z.string(),
                namespace: z.string(),
                name: z.string(),
                rules: z.array(
                  openOutput(
                    z,
                    {
                      backends: z.array(
                        openOutput(
                          z,
                          {
                            kind: z.string(),
                            name: z.string(),
                            weight: z.number(),
                            sharePercent: z.number(),
                            state: z.enum(['found', 'missing', 'unchecked']),
                          },
                          'A backend of the rule',
                        ),
                      ),
                    },
                    'A rule of the route',
                  ),
                ),
                problems: problems(z),
              },
              'An HTTPRoute',
            ),
          ),
          pools: z.array(
            openOutput(
              z,
              {
                cluster: z.string(),
                namespace: z.string(),
                name: z.string(),
                apiVersion: z.string(),
                selector: z.record(z.string(), z.string()),
                targetPorts: z.array(z.number()),
                readyPods: z.number(),
                problems: problems(z),
              },
              'An InferencePool',
            ),
          ),
          objectives: z.array(
            openOutput(
              z,
              {
                cluster: z.string(),
                namespace: z.string(),
                name: z.string(),
                kind: z.enum(['InferenceObjective', 'InferenceModel']),
                priority: z.number().optional(),
                criticality: z.string().optional(),
              },
              'An InferenceObjective or InferenceModel',
            ),
          ),
        }),
    },
    examples: [
      { title: 'Every route and pool', input: {} },
      {
        title: 'Routing of the EU inference team in Frankfurt',
        input: { cluster: 'eu-sovereign-fra', namespace: 'eu-inference' },
      },
      {
        title: 'How requests reach the Mistral Small EU service',
        input: { service: 'mistral-small-eu' },
      },
    ],
    action: async ({ input }) => {
      const overview = serving.routing(input);
      return {
        output: {
          routes: overview.routes,
          pools: overview.pools,
          objectives: overview.objectives,
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'list-inference-services',
    title: 'List the inference services',
    description:
      'Every KServe InferenceService (v1beta1) and LLMInferenceService across clusters: the model address and the version it runs (registry, repository, digest, tags; or why it is not resolved), replicas desired and ready, the GPUs each replica asks for (device-plugin resources such as nvidia.com/gpu and DRA claims with their device class and count), the GPUs its pods hold now, and the HTTPRoutes in front of it. Problems are flagged: replicas not ready, an invalid model address, a DRA claim whose template is missing. Filter by cluster, namespace or service name.',
    visibilityPermission: aiPlatformModelsReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          cluster: z
            .string()
            .optional()
            .describe('Only this cluster (NotFound lists the valid names)'),
          namespace: z.string().optional().describe('Only this namespace'),
          service: z.string().optional().describe('Only services of this name'),
        }),
      output: z =>
        z.object({
          services: z.array(
            openOutput(
              z,
              {
                cluster: z.string(),
                namespace: z.string(),
                name: z.string(),
                kind: z.enum(['InferenceService', 'LLMInferenceService']),
                model: openOutput(
                  z,
                  {
                    uri: z.string().optional(),
                    digest: z.string().optional(),
                    tags: z.array(z.string()).optional(),
                    unresolved: z.string().optional(),
                  },
                  `The model address and the version it runs. ${UNTRUSTED_NOTE}`,
                ),
                replicas: openOutput(
                  z,
                  { desired: z.number(), ready: z.number() },
                  'Replicas desired and ready',
                ),
                gpusPerReplica: openOutput(
                  z,
                  { resources: z.record(z.string(), z.number()) },
                  'Device-plugin GPU resources and DRA claims per replica',
                ),
                gpusHeld: z.record(z.string(), z.number()),
                problems: problems(z),
              },
              'An inference service',
            ),
          ),
        }),
    },
    examples: [
      { title: 'Every inference service', input: {} },
      {
        title: 'The inference services in Frankfurt',
        input: { cluster: 'eu-sovereign-fra' },
      },
    ],
    action: async ({ input }) => {
      const inventory = await serving.inventory(input);
      return { output: { services: inventory.items } };
    },
  });
}
