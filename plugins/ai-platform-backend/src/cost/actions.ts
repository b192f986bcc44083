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
import { unknownName } from '../tools/names';
import { costVisibility } from './access';
import { CostService } from './CostService';

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
    permissions: PermissionsService;
    userInfo: UserInfoService;
  },
): void {
  const { cost, permissions, userInfo } = options;
  /** An empty drill-down answers NotFound when the team or service is not one the caller could see. */
  const requireKnownScope = async (
    input: { window: CostWindow; team?: string; service?: string },
    visibility: Awaited<ReturnType<typeof costVisibility>>,
  ) => {
    for (const groupBy of ['team', 'service'] as const) {
      const wanted = input[groupBy];
      if (!wanted) continue;
      const all = await cost.report({
        window: input.window,
        groupBy,
        visibility,
      });
      const keys = all.rows.map(r => r.key);
      if (!keys.includes(wanted)) {
        throw unknownName(
          `${groupBy} with GPU cost in the last ${input.window}`,
          wanted,
          keys,
        );
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
          window: z
            .enum(COST_WINDOWS)
            .default(DEFAULT_COST_WINDOW)
            .describe('The window, ending now'),
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
            clusters: z.array(
              z.object({
                key: z.string(),
                allocatableGpuHours: z.number(),
                allocatedGpuHours: z.number(),
                idleGpuHours: z.number(),
                utilisation: z.number().optional(),
              }),
            ),
            products: z.array(
              z.object({
                key: z.string(),
                allocatableGpuHours: z.number(),
                allocatedGpuHours: z.number(),
                idleGpuHours: z.number(),
                utilisation: z.number().optional(),
              }),
            ),
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
          rows: z.array(
            z.object({
              key: z.string(),
              label: z.string(),
              gpuHours: z.number(),
              cost: z.number(),
            }),
          ),
          hiddenRows: z.number(),
        }),
    },
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
}
