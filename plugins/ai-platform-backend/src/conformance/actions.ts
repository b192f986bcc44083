import { aiPlatformConformanceReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { ConformanceService } from './ConformanceService';

type Zod = Parameters<
  Parameters<ActionsRegistryService['register']>[0]['schema']['input']
>[0];

const evidence = (z: Zod) =>
  z.object({
    kind: z.string(),
    apiVersion: z.string().optional(),
    namespace: z.string().optional(),
    name: z.string(),
    note: z.string().optional(),
  });

const status = (z: Zod) => z.enum(['pass', 'fail', 'unknown']);

/** Example inputs of `get-cluster-conformance`, for agents and the docs. */
export const getClusterConformanceExamples = [
  {
    title: 'Conformance of the Virginia cluster',
    input: { cluster: 'us-east-virginia' },
  },
  {
    title: 'Only the failing checks of the Paris cluster',
    input: { cluster: 'eu-hyperscaler-par', onlyFailing: true },
  },
];

/** The conformance action: the same answer as `GET /conformance/clusters/{cluster}`. */
export function registerConformanceActions(
  actionsRegistry: ActionsRegistryService,
  conformance: ConformanceService,
): void {
  actionsRegistry.register({
    name: 'get-cluster-conformance',
    title: 'Kubernetes AI Conformance of a cluster',
    description:
      "Read-only Kubernetes AI Conformance checks of one cluster: per requirement (dra_support, ai_inference, gang_scheduling, …) its KAR, level (MUST/SHOULD) in the checklist of the cluster's Kubernetes minor, status pass/fail/unknown, the evidence (objects seen) and what an active test would still have to prove; plus platform hygiene (ingress-nginx end of life, Kyverno PolicyReport totals, unpinned or unsigned models) and a score. A stale cluster's results are as of its last read.",
    visibilityPermission: aiPlatformConformanceReadPermission,
    attributes: { readOnly: true, idempotent: true },
    examples: getClusterConformanceExamples,
    schema: {
      input: z =>
        z.object({
          cluster: z
            .string()
            .min(1)
            .describe('Cluster name, e.g. us-east-virginia'),
          onlyFailing: z
            .boolean()
            .optional()
            .describe('Only checks that did not pass (fail or unknown)'),
        }),
      output: z =>
        z.object({
          cluster: z.string(),
          kubernetesVersion: z.string().optional(),
          checklistVersion: z
            .string()
            .optional()
            .describe('The checklist the minor is assessed against, e.g. 1.35'),
          health: z.object({
            state: z.enum(['syncing', 'synced', 'stale', 'error']),
            staleSince: z.string().optional(),
            error: z.string().optional(),
          }),
          score: z.object({
            percent: z.number(),
            passed: z.number(),
            failed: z.number(),
            unknown: z.number(),
            applicable: z.number(),
            mustFailed: z.number(),
          }),
          checks: z.array(
            z.object({
              id: z.string(),
              kar: z.string().optional(),
              title: z.string(),
              level: z.enum(['MUST', 'SHOULD']).optional(),
              notApplicable: z.string().optional(),
              status: status(z),
              summary: z.string(),
              evidence: z.array(evidence(z)),
              signal: z.string().describe('What the read-only check reads'),
              stillToProve: z.string(),
            }),
          ),
          hygiene: z.array(
            z.object({
              id: z.string(),
              title: z.string(),
              status: z.enum(['pass', 'fail', 'warn', 'unknown']),
              summary: z.string(),
              evidence: z.array(evidence(z)),
              fix: z.string().optional(),
            }),
          ),
        }),
    },
    action: async ({ input }) => {
      const result = conformance.cluster(input.cluster);
      const keep = <T extends { status: string }>(items: T[]) =>
        input.onlyFailing ? items.filter(i => i.status !== 'pass') : items;
      return {
        output: {
          cluster: result.cluster,
          kubernetesVersion: result.kubernetesVersion,
          checklistVersion: result.checklistVersion,
          health: result.health,
          score: result.score,
          checks: keep(result.checks).map(c => ({
            id: c.id,
            kar: c.kar,
            title: c.title,
            level: c.level,
            notApplicable: c.notApplicable,
            status: c.status,
            summary: c.summary,
            evidence: c.evidence,
            signal: c.signal,
            stillToProve: c.stillToProve,
          })),
          hygiene: keep(result.hygiene).map(h => ({
            id: h.id,
            title: h.title,
            status: h.status,
            summary: h.summary,
            evidence: h.evidence,
            fix: h.fix,
          })),
        },
      };
    },
  });
}
