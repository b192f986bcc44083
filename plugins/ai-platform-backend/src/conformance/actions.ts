import { aiPlatformConformanceReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { openOutput } from '../tools/strictRegistry';
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

  actionsRegistry.register({
    name: 'get-conformance-matrix',
    title: 'AI conformance of every cluster',
    description:
      'The Kubernetes AI Conformance matrix: every requirement (id, category, KAR, title) and, per cluster, its status per requirement, score and hygiene findings. Use it to compare clusters or to find which cluster meets a requirement; for one cluster with evidence use ai-platform.get-cluster-conformance, for its history ai-platform.get-conformance-trend.',
    visibilityPermission: aiPlatformConformanceReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z => z.object({}),
      output: z =>
        z.object({
          generatedAt: z.string(),
          requirements: z.array(
            z.object({
              id: z.string(),
              category: z.string(),
              kar: z.string().optional(),
              title: z.string(),
            }),
          ),
          clusters: z.array(
            openOutput(
              z,
              { cluster: z.string() },
              "One cluster's checks, score and hygiene, as ai-platform.get-cluster-conformance answers them",
            ),
          ),
        }),
    },
    examples: [{ title: 'The whole matrix', input: {} }],
    action: async () => {
      const { generatedAt, requirements, clusters } = conformance.matrix();
      return { output: { generatedAt, requirements, clusters } };
    },
  });

  actionsRegistry.register({
    name: 'get-conformance-trend',
    title: "A cluster's conformance over time",
    description:
      'The recorded AI conformance evaluations of one cluster, oldest first: when, percent passed, passed/failed/unknown counts and failed MUSTs. Use it to see whether a cluster is getting better or worse; the backend records every cluster on a schedule.',
    visibilityPermission: aiPlatformConformanceReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          cluster: z
            .string()
            .min(1)
            .describe('A configured cluster (ai-platform.list-clusters)'),
          since: z
            .string()
            .datetime({ offset: true })
            .optional()
            .describe('Only evaluations from this time on (ISO 8601)'),
        }),
      output: z =>
        z.object({
          cluster: z.string(),
          points: z.array(
            z.object({
              recordedAt: z.string(),
              percent: z.number(),
              passed: z.number(),
              failed: z.number(),
              unknown: z.number(),
              mustFailed: z.number(),
            }),
          ),
        }),
    },
    examples: [
      {
        title: 'The Frankfurt cluster',
        input: { cluster: 'eu-sovereign-fra' },
      },
    ],
    action: async ({ input }) => {
      const trend = await conformance.trend(
        input.cluster,
        input.since ? new Date(input.since) : undefined,
      );
      return { output: { cluster: trend.cluster, points: trend.points } };
    },
  });

  actionsRegistry.register({
    name: 'get-conformance-self-assessment',
    title: "A cluster's AI conformance self-assessment",
    description:
      'The Kubernetes AI Conformance self-assessment of one cluster as the CNCF submission YAML (one entry per requirement with status and evidence), as text. Use it to prepare a conformance submission; to read results use ai-platform.get-cluster-conformance.',
    visibilityPermission: aiPlatformConformanceReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          cluster: z
            .string()
            .min(1)
            .describe('A configured cluster (ai-platform.list-clusters)'),
        }),
      output: z =>
        z.object({
          cluster: z.string(),
          yaml: z.string().describe('The self-assessment document'),
        }),
    },
    examples: [
      {
        title: 'The Frankfurt cluster',
        input: { cluster: 'eu-sovereign-fra' },
      },
    ],
    action: async ({ input }) => ({
      output: {
        cluster: input.cluster,
        yaml: conformance.selfAssessmentYaml(input.cluster),
      },
    }),
  });
}
