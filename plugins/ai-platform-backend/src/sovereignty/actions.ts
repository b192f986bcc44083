import { aiPlatformSovereigntyReadPermission } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { openOutput, Zod } from '../tools/strictRegistry';
import type { SovereigntyService } from './SovereigntyService';

const status = (z: Zod) => z.enum(['compliant', 'violation', 'unknown']);

const finding = (z: Zod) =>
  z.object({
    aspect: z.string().describe('run, store, callOut or classification'),
    status: status(z),
    code: z.string(),
    target: z.string(),
    label: z.string().optional(),
    message: z.string(),
    fix: z.string().optional(),
  });

const reportItem = (z: Zod) =>
  z.object({
    subject: openOutput(
      z,
      { type: z.enum(['entity', 'namespace']) },
      'What was evaluated: a catalog entity (ref, kind, specType) or a namespace (cluster, namespace)',
    ),
    labels: z.record(z.string(), z.string()),
    evaluation: z.object({
      status: status(z),
      classification: z.string().optional(),
      findings: z.array(finding(z)),
    }),
  });

/**
 * The sovereignty actions: the same answers as the `/sovereignty` routes,
 * from the same service and with the caller's catalog access.
 */
export function registerSovereigntyActions(
  actionsRegistry: ActionsRegistryService,
  sovereignty: SovereigntyService,
): void {
  actionsRegistry.register({
    name: 'list-allowed-clusters',
    title: 'Which clusters may hold data of a classification',
    description:
      'Every configured cluster with its sovereignty labels, health and whether data of the given classification may run there (compliant, violation or unknown), with every finding and what to change. Call it first for "where may this data go"; then ai-platform.find-gpu-capacity with the same classification for where GPUs are free, and ai-platform.check-placement for one cluster and namespace.',
    visibilityPermission: aiPlatformSovereigntyReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          classification: z
            .string()
            .min(1)
            .describe(
              'Data classification: public, internal, confidential or restricted',
            ),
        }),
      output: z =>
        z.object({
          classification: z.string(),
          clusters: z.array(
            z.object({
              cluster: z.string(),
              title: z.string().optional(),
              labels: z.record(z.string(), z.string()),
              health: openOutput(
                z,
                { state: z.string() },
                "The cluster's watch-cache health",
              ),
              status: status(z),
              placement: z.string(),
              findings: z.array(finding(z)),
            }),
          ),
        }),
    },
    examples: [
      {
        title: 'Where may confidential data run?',
        input: { classification: 'confidential' },
      },
    ],
    action: async ({ input }) => {
      const list = sovereignty.clusterPlacements(input.classification);
      return {
        output: {
          classification: list.classification,
          clusters: list.items.map(item => ({
            cluster: item.cluster,
            title: item.title,
            labels: item.labels,
            health: item.health,
            status: item.status,
            placement: item.placement,
            findings: item.findings,
          })),
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'get-sovereignty-report',
    title: 'Sovereignty violations and unknowns',
    description:
      'Every catalog entity, agent, MCP server and model the caller may see that is not compliant with the sovereignty rules: the violations and the unknowns (labels missing or contradictory), each with its labels and every finding with what to change, and how many subjects were evaluated and compliant.',
    visibilityPermission: aiPlatformSovereigntyReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z => z.object({}),
      output: z =>
        z.object({
          generatedAt: z.string(),
          evaluated: z.number(),
          compliant: z.number(),
          violations: z.array(reportItem(z)),
          unknown: z.array(reportItem(z)),
        }),
    },
    examples: [{ title: 'Everything that is not compliant', input: {} }],
    action: async ({ credentials }) => {
      const report = await sovereignty.report(credentials);
      return {
        output: {
          generatedAt: report.generatedAt,
          evaluated: report.evaluated,
          compliant: report.compliant,
          violations: report.violations,
          unknown: report.unknown,
        },
      };
    },
  });

  actionsRegistry.register({
    name: 'get-entity-sovereignty',
    title: "A catalog entity's sovereignty verdict",
    description:
      'Evaluates one catalog entity (an inference service, agent, MCP server, model or cluster) against the sovereignty rules: its labels and whether it is compliant, a violation or unknown, with every finding and what to change. The entity must be visible to the caller.',
    visibilityPermission: aiPlatformSovereigntyReadPermission,
    attributes: { readOnly: true, idempotent: true },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .min(1)
            .describe('Entity ref, e.g. component:default/chat-api'),
        }),
      output: z => reportItem(z),
    },
    examples: [
      {
        title: 'The Frankfurt cluster',
        input: { entityRef: 'resource:default/eu-sovereign-fra' },
      },
    ],
    action: async ({ input, credentials }) => {
      const item = await sovereignty.entity(input.entityRef, credentials);
      return {
        output: {
          subject: item.subject,
          labels: item.labels,
          evaluation: item.evaluation,
        },
      };
    },
  });
}
