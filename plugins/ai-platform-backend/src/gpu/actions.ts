import { aiPlatformGpuReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import { requireKnown, toolName, unknownName } from '../tools/names';
import type { GpuService } from './GpuService';
import { normalizeProduct } from './nodes';
import { teamRef } from './teams';
import { openOutput } from '../tools/strictRegistry';

type Zod = Parameters<
  Parameters<ActionsRegistryService['register']>[0]['schema']['input']
>[0];

const counts = (z: Zod) =>
  z.object({
    allocatable: z.number(),
    allocated: z.number(),
    free: z.number(),
  });

const totals = (z: Zod) =>
  z.object({
    physicalGpus: z.number().describe('Physical GPUs, each counted once'),
    wholeGpus: counts(z).describe(
      'Whole GPUs: device plugin without sharing, and DRA devices',
    ),
    migSlices: counts(z),
    sharedSlots: counts(z).describe('Time-sliced or MPS slots'),
    pendingRequests: z.number(),
    pendingPods: z.number(),
  });

const pool = (z: Zod) =>
  z.object({
    kind: z.enum(['whole', 'mig', 'shared', 'dra']),
    resource: z.string(),
    allocatable: z.number(),
    allocated: z.number(),
    free: z.number(),
    largestFreeOnNode: z.number(),
    capacity: z.number(),
    nodes: z.number(),
    unavailableNodes: z
      .number()
      .describe('Cordoned or NotReady nodes, left out of free'),
    memoryMiB: z.number().optional(),
    migProfile: z.string().optional(),
    sharingStrategy: z.string().optional(),
    replicasPerGpu: z.number().optional(),
    physicalGpus: z.number().optional(),
  });

const quotaRow = (z: Zod) =>
  z.object({
    cluster: z.string(),
    namespace: z.string(),
    team: z.string().optional(),
    quotas: z.array(
      z.object({
        name: z.string(),
        resources: z.array(
          z.object({
            key: z.string(),
            resource: z.string(),
            hard: z.number(),
            used: z.number(),
          }),
        ),
      }),
    ),
    quotasWithoutGpuKeys: z.array(z.string()),
    allocated: z.record(z.string(), z.number()),
    pending: z.record(z.string(), z.number()),
  });

const queue = (z: Zod) =>
  z.object({
    cluster: z.string(),
    scheduler: z.enum(['kueue', 'kai']),
    name: z.string(),
    team: z.string().optional(),
    quotas: z.array(z.object({ resource: z.string(), used: z.number() })),
  });

const health = (z: Zod) =>
  z.object({
    state: z.enum(['syncing', 'synced', 'stale', 'error']),
    staleSince: z.string().optional(),
    error: z.string().optional(),
  });

/**
 * The GPU actions, for agents over MCP and for templates: the same answers
 * as the `/gpu` routes, from the same service.
 */
export function registerGpuActions(
  actionsRegistry: ActionsRegistryService,
  gpu: GpuService,
  clusters: ClusterSource,
): void {
  const clusterNames = () => clusters.clusters().map(c => c.name);
  const listClusters = `${toolName('list-clusters')} lists them`;
  actionsRegistry.register({
    name: 'get-gpu-overview',
    title: 'GPU capacity and quota overview',
    description:
      "GPU capacity per cluster and GPU product: physical GPUs, and per pool (whole GPUs, MIG slices, time-sliced slots, DRA devices) allocatable, allocated and free; namespace GPU quotas with their owning team; Kueue and KAI queues. Each cluster carries its health: a stale cluster's figures are as of staleSince. Filter by cluster, jurisdiction (ISO code or EU), product or team.",
    visibilityPermission: aiPlatformGpuReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          cluster: z.string().optional().describe('Only this cluster'),
          jurisdiction: z
            .string()
            .optional()
            .describe(
              'ISO 3166-1 alpha-2 code such as DE, or EU for any EU member state',
            ),
          product: z
            .string()
            .optional()
            .describe('GPU product, e.g. NVIDIA-H100-80GB-HBM3'),
          team: z
            .string()
            .optional()
            .describe(
              'Group entity ref or name; limits quotas and queues to this team',
            ),
        }),
      output: z =>
        z.object({
          clusters: z.array(
            z.object({
              cluster: z.string(),
              health: health(z),
              labels: z.record(z.string(), z.string()),
              products: z.array(
                z.object({
                  product: z.string(),
                  physicalGpus: z.number(),
                  pools: z.array(pool(z)),
                }),
              ),
              totals: totals(z),
            }),
          ),
          quotas: z.array(quotaRow(z)),
          queues: z.array(queue(z)),
          totals: totals(z),
        }),
    },
    examples: [
      {
        title: 'H100s in the EU',
        input: { jurisdiction: 'EU', product: 'NVIDIA-H100-80GB-HBM3' },
      },
    ],
    action: async ({ input }) => {
      requireKnown('cluster', input.cluster, clusterNames(), listClusters);
      requireJurisdiction(input.jurisdiction);
      const answer = gpu.overview(input);
      const { filterOptions } = answer;
      if (
        input.product &&
        !filterOptions.products.some(p => sameProduct(p, input.product!))
      ) {
        throw unknownName('GPU product', input.product, filterOptions.products);
      }
      if (input.team && !filterOptions.teams.includes(teamRef(input.team))) {
        throw unknownName(
          'team with a GPU namespace or queue',
          teamRef(input.team),
          filterOptions.teams,
        );
      }
      const { clusters: rows, quotas, queues, totals: t } = answer;
      return { output: { clusters: rows, quotas, queues, totals: t } };
    },
  });

  actionsRegistry.register({
    name: 'get-team-gpu-quota',
    title: "A team's GPU quota and usage",
    description:
      "A team's GPU quotas (ResourceQuota hard and used per GPU key) in every cluster where it has a namespace, the GPUs its pods hold and wait for, and its Kueue/KAI queues (nominal quota, borrowing limit, usage). The team is a catalog Group entity ref or name.",
    visibilityPermission: aiPlatformGpuReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          team: z
            .string()
            .min(1)
            .describe(
              'Group entity ref (group:default/eu-inference) or name (eu-inference)',
            ),
        }),
      output: z =>
        z.object({
          team: z.string(),
          quotas: z.array(quotaRow(z)),
          queues: z.array(queue(z)),
          clusters: z.array(
            z.object({
              cluster: z.string(),
              title: z.string().optional(),
              health: health(z),
            }),
          ),
        }),
    },
    examples: [{ title: 'EU Inference', input: { team: 'eu-inference' } }],
    action: async ({ input }) => {
      const usage = gpu.teamUsage(input.team);
      if (usage.clusters.length === 0) {
        const { teams } = gpu.overview().filterOptions;
        throw unknownName(
          'team with a GPU namespace or queue',
          usage.team,
          teams,
        );
      }
      return { output: usage };
    },
  });

  actionsRegistry.register({
    name: 'find-gpu-capacity',
    title: 'Find where GPUs are free now',
    description:
      'Where a number of whole GPUs fits now: clusters (and, when a team is given, its namespaces with quota headroom) that have the GPUs free, on one node unless spreading is allowed, best first. Every cluster or namespace left out is listed with the reason (jurisdiction, product, memory, capacity, fragmentation, quota, stale data).',
    visibilityPermission: aiPlatformGpuReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          gpus: z.number().int().min(1).max(512).describe('Whole GPUs wanted'),
          product: z
            .string()
            .optional()
            .describe('GPU product, e.g. NVIDIA-H100-80GB-HBM3'),
          minMemoryGiB: z
            .number()
            .positive()
            .optional()
            .describe('Minimum memory per GPU in GiB'),
          jurisdiction: z
            .string()
            .optional()
            .describe('ISO 3166-1 alpha-2 code, or EU'),
          classification: z
            .string()
            .optional()
            .describe(
              'Data classification (public, internal, confidential, restricted)',
            ),
          team: z
            .string()
            .optional()
            .describe('Group entity ref or name whose quota applies'),
          placement: z
            .enum(['single-node', 'spread'])
            .optional()
            .describe('All GPUs on one node (default), or spread over nodes'),
        }),
      output: z =>
        z.object({
          candidates: z.array(
            z.object({
              cluster: z.string(),
              namespace: z.string().optional(),
              product: z.string(),
              freeGpus: z.number(),
              largestFreeOnNode: z.number(),
              quotaHeadroom: z.number().optional(),
              reasons: z.array(z.string()),
            }),
          ),
          excluded: z.array(
            z.object({
              cluster: z.string(),
              namespace: z.string().optional(),
              product: z.string().optional(),
              reason: z.string(),
              message: z.string(),
            }),
          ),
        }),
    },
    examples: [
      {
        title: '8 H100 in the EU for EU Inference',
        input: {
          gpus: 8,
          product: 'NVIDIA-H100-80GB-HBM3',
          jurisdiction: 'EU',
          team: 'eu-inference',
        },
      },
    ],
    action: async ({ input }) => {
      requireJurisdiction(input.jurisdiction);
      const { candidates, excluded } = gpu.findCapacity(input);
      return { output: { candidates, excluded } };
    },
  });

  actionsRegistry.register({
    name: 'get-gpu-workloads',
    title: 'GPUs held by the pods of a workload',
    description:
      'The GPU pods in every cluster matching a Kubernetes label selector (e.g. app=chat-api or serving.kserve.io/inferenceservice=mistral-small-eu): each pod with its cluster, namespace, node, GPU product and the GPU units it holds or waits for, and the totals held and pending per GPU resource. Use it to see what one service or team workload uses now.',
    visibilityPermission: aiPlatformGpuReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          labelSelector: z
            .string()
            .min(1)
            .describe(
              'A Kubernetes label selector: key=value, key!=value, key in (a,b), key, !key; comma-separated',
            ),
        }),
      output: z =>
        z.object({
          selector: z.string(),
          pods: z.array(
            openOutput(
              z,
              {
                cluster: z.string(),
                namespace: z.string(),
                name: z.string(),
                holding: z.boolean(),
                gpus: z.record(z.string(), z.number()),
              },
              'A GPU pod',
            ),
          ),
          held: z.record(z.string(), z.number()),
          pending: z.record(z.string(), z.number()),
          clusters: z.array(
            z.object({ cluster: z.string(), health: health(z) }),
          ),
        }),
    },
    examples: [
      {
        title: 'The pods of the Mistral Small EU service',
        input: {
          labelSelector: 'serving.kserve.io/inferenceservice=mistral-small-eu',
        },
      },
    ],
    action: async ({ input }) => {
      const {
        selector,
        pods,
        held,
        pending,
        clusters: rows,
      } = gpu.workloads(input.labelSelector);
      return {
        output: {
          selector,
          pods,
          held,
          pending,
          clusters: rows.map(r => ({
            cluster: r.cluster,
            health: {
              state: r.health.state,
              staleSince: r.health.staleSince,
              error: r.health.error,
            },
          })),
        },
      };
    },
  });
}

function sameProduct(known: string, wanted: string): boolean {
  return (
    known.toLocaleLowerCase('en-US') ===
    normalizeProduct(wanted).toLocaleLowerCase('en-US')
  );
}

/** A jurisdiction filter is an ISO 3166-1 alpha-2 code or EU, never free text. */
function requireJurisdiction(value: string | undefined): void {
  if (value !== undefined && !/^[A-Za-z]{2}$/.test(value.trim())) {
    throw new InputError(
      `Invalid jurisdiction '${value}': give an ISO 3166-1 alpha-2 code such as DE, or EU for any EU member state`,
    );
  }
}
