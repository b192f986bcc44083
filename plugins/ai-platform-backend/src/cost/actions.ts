import {
  aiPlatformCostReadPermission,
  COST_GROUP_BYS,
  COST_WINDOWS,
  CostWindow,
  DEFAULT_COST_GROUP_BY,
  DEFAULT_COST_WINDOW,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type {
  PermissionsService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import { teamRef } from '../gpu/teams';
import { unknownName } from '../tools/names';
import { openOutput, type Zod } from '../tools/strictRegistry';
import { costVisibility, requireTeamCost } from './access';
import { costReportCsv } from './csv';
import { CostService } from './CostService';

/** The window input both cost actions take. */
const windowInput = (z: Zod) =>
  z
    .enum(COST_WINDOWS)
    .default(DEFAULT_COST_WINDOW)
    .describe('The window, ending now');

/** One row of a cost report: a group and its GPU-hours and cost. */
const costRow = (z: Zod) =>
  z.object({
    key: z.string(),
    label: z.string(),
    gpuHours: z.number(),
    cost: z.number(),
  });

/** Utilisation of one cluster or GPU product over the window. */
const utilisationRow = (z: Zod) =>
  z.object({
    key: z.string(),
    allocatableGpuHours: z.number(),
    allocatedGpuHours: z.number(),
    idleGpuHours: z.number(),
    utilisation: z.number().optional(),
  });

/** Example inputs of `get-gpu-cost`, for agents and the docs. */
export const getGpuCostExamples = [
  {
    title: 'GPU cost per team over the last 30 days',
    input: { window: '30d' as const, groupBy: 'team' as const },
  },
  {
    title: 'What each model cost in the last 7 days',
    input: { window: '7d' as const, groupBy: 'model' as const },
  },
  {
    title: "EU Inference's services in the last 24 hours",
    input: {
      window: '24h' as const,
      groupBy: 'service' as const,
      team: 'group:default/eu-inference',
    },
  },
];

/** The cost action: the same answer as `GET /cost`, with the same access rules. */
export function registerCostActions(
  actionsRegistry: ActionsRegistryService,
  options: {
    cost: CostService;
    clusters: ClusterSource;
    permissions: PermissionsService;
    userInfo: UserInfoService;
  },
): void {
  const { cost, clusters, permissions, userInfo } = options;
  /** An empty drill-down answers NotFound when the team or service is not one the caller could see. */
  const requireKnownScope = async (
    input: { window: CostWindow; team?: string; service?: string },
    visibility: Awaited<ReturnType<typeof costVisibility>>,
  ) => {
    const views = clusters.clusters();
    const namespaces = views.flatMap(view =>
      view.list('core/Namespace').map(ns => ({
        cluster: view.name,
        namespace: ns.metadata.name,
        team: ns.metadata.labels?.['ai-platform.io/team'],
      })),
    );
    for (const groupBy of ['team', 'service'] as const) {
      const wanted = input[groupBy];
      if (!wanted) continue;
      const all = await cost.report({
        window: input.window,
        groupBy,
        visibility,
      });
      // Known: a row of the window, or a team owning a namespace, or a
      // service in a namespace that exists (it may have cost nothing yet).
      const known = new Set(all.rows.map(r => r.key));
      if (groupBy === 'team') {
        for (const ns of namespaces) if (ns.team) known.add(teamRef(ns.team));
      } else {
        const [cluster, namespace, name] = wanted.split('/');
        if (
          name &&
          namespaces.some(
            ns => ns.cluster === cluster && ns.namespace === namespace,
          )
        ) {
          known.add(wanted);
        }
      }
      if (!known.has(wanted)) {
        throw unknownName(groupBy, wanted, [...known]);
      }
    }
  };
  actionsRegistry.register({
    name: 'get-gpu-cost',
    title: 'GPU cost by team, model or service',
    description:
      'GPU cost over the last 24h, 7d or 30d: allocated GPU-hours × the configured price per GPU product and hour (MIG slices and time-sliced or MPS slots as their share of a GPU), grouped by team, model, service, workload, cluster, jurisdiction, namespace or GPU product, most expensive first, in the configured currency. Every price used is listed with where it came from (cluster, provider, global, default, or OpenCost). Idle GPUs are reported apart: allocatable minus allocated GPU-hours over the same window, with utilisation per cluster and product and from when idle is known. Rows of teams the caller may not see are left out and counted in hiddenRows. Drill down from a team to its services (team + groupBy service) and from a service to its workloads (service + groupBy workload).',
    visibilityPermission: aiPlatformCostReadPermission,
    attributes: { readOnly: true, idempotent: true },
    examples: getGpuCostExamples,
    schema: {
      input: z =>
        z.object({
          window: windowInput(z),
          groupBy: z
            .enum(COST_GROUP_BYS)
            .default(DEFAULT_COST_GROUP_BY)
            .describe('How rows are grouped'),
          team: z
            .string()
            .optional()
            .describe(
              'Only this team, as a Group entity ref, e.g. group:default/eu-inference',
            ),
          service: z
            .string()
            .optional()
            .describe(
              'Only this inference service, as <cluster>/<namespace>/<name> (a row key of groupBy service)',
            ),
        }),
      output: z =>
        z.object({
          window: z.string(),
          from: z.string(),
          to: z.string(),
          currency: z.string(),
          total: z.object({ gpuHours: z.number(), cost: z.number() }),
          idle: z.object({
            gpuHours: z.number(),
            cost: z.number(),
            knownFrom: z
              .string()
              .optional()
              .describe('From when in the window idle is known'),
            basis: z.string().describe('How idle is worked out'),
            rows: z.array(
              z.object({
                cluster: z.string(),
                product: z.string(),
                gpuHours: z.number(),
                cost: z.number(),
                allocatableGpuHours: z.number(),
                allocatedGpuHours: z.number(),
                utilisation: z.number().optional(),
                knownFrom: z.string(),
                price: z.number().optional(),
              }),
            ),
          }),
          utilisation: z.object({
            clusters: z.array(utilisationRow(z)),
            products: z.array(utilisationRow(z)),
          }),
          prices: z
            .array(
              z.object({
                cluster: z.string(),
                provider: z.string().optional(),
                product: z.string(),
                price: z.number().optional(),
                source: z.string(),
                setting: z.string().optional(),
              }),
            )
            .describe('Every price per GPU-hour used, and where it came from'),
          rows: z.array(costRow(z)),
          hiddenRows: z.number(),
        }),
    },
    action: async ({ input, credentials }) => {
      const visibility = await costVisibility({
        credentials,
        permissions,
        userInfo,
      });
      requireTeamCost(visibility, input.team);
      const report = await cost.report({
        window: input.window,
        groupBy: input.groupBy,
        visibility,
        filter: CostService.drillDown({
          team: input.team,
          service: input.service,
        }),
      });
      if (report.rows.length === 0) {
        await requireKnownScope(input, visibility);
      }
      return {
        output: {
          window: report.window,
          from: report.from,
          to: report.to,
          currency: report.currency,
          total: report.total,
          idle: report.idle,
          utilisation: report.utilisation,
          prices: report.prices,
          rows: report.rows,
          hiddenRows: report.hiddenRows,
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'get-entity-gpu-cost',
    title: "A catalog entity's GPU cost",
    description:
      "The GPU cost of one catalog entity over a window: a Group's (its team's services), an inference service's or an agent's (its workloads), a model's (its services) or a cluster's, with the same rows, idle GPUs and prices as ai-platform.get-gpu-cost. Use it when you start from an entity page or ref rather than a team name.",
    visibilityPermission: aiPlatformCostReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .min(1)
            .describe(
              'Entity ref, e.g. group:default/eu-inference or component:default/mistral-small-eu',
            ),
          window: windowInput(z),
        }),
      output: z =>
        openOutput(
          z,
          {
            window: z.string(),
            currency: z.string(),
            total: z.object({ gpuHours: z.number(), cost: z.number() }),
            rows: z.array(costRow(z)),
            hiddenRows: z.number(),
          },
          'The report as ai-platform.get-gpu-cost answers it, scoped to the entity',
        ),
    },
    examples: [
      {
        title: "EU Inference's GPU cost over 7 days",
        input: { entityRef: 'group:default/eu-inference', window: '7d' },
      },
    ],
    action: async ({ input, credentials }) => {
      const visibility = await costVisibility({
        credentials,
        permissions,
        userInfo,
      });
      requireTeamCost(visibility, input.entityRef);
      const { groupBy, filter } = await cost.entityScope(
        input.entityRef,
        credentials,
      );
      return {
        output: {
          ...(await cost.report({
            window: input.window,
            groupBy,
            filter,
            visibility,
          })),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'export-gpu-cost-csv',
    title: 'GPU cost as CSV',
    description:
      'The GPU cost report of ai-platform.get-gpu-cost as CSV text (rows, idle rows and prices, one record type per `record` column value), grouped by any of team, model, service, workload, cluster, jurisdiction, namespace or GPU product. Use it when a person wants a spreadsheet; to reason about cost call ai-platform.get-gpu-cost.',
    visibilityPermission: aiPlatformCostReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          window: windowInput(z),
          groupBy: z
            .enum(COST_GROUP_BYS)
            .default(DEFAULT_COST_GROUP_BY)
            .describe('How rows are grouped'),
        }),
      output: z =>
        z.object({
          filename: z.string(),
          csv: z.string().describe('The CSV document'),
        }),
    },
    examples: [
      {
        title: 'GPU cost per cluster over 30 days',
        input: { window: '30d' as const, groupBy: 'cluster' as const },
      },
    ],
    action: async ({ input, credentials }) => {
      const visibility = await costVisibility({
        credentials,
        permissions,
        userInfo,
      });
      const report = await cost.report({
        window: input.window,
        groupBy: input.groupBy,
        visibility,
      });
      return {
        output: {
          filename: `gpu-cost-${input.window}-by-${input.groupBy}.csv`,
          csv: costReportCsv(report),
        },
      };
    },
  });
}
