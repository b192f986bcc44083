import {
  aiPlatformCraReadPermission,
  CRA_ITEM_IDS,
  CraRow,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import type { CraService } from './CraService';

type Zod = Parameters<
  Parameters<ActionsRegistryService['register']>[0]['schema']['input']
>[0];

const itemSchema = (z: Zod) =>
  z.object({
    id: z.enum(CRA_ITEM_IDS as [string, ...string[]]),
    title: z.string(),
    status: z.enum(['pass', 'missing', 'invalid', 'unknown']),
    reason: z.string(),
    required: z.boolean(),
    weight: z.number(),
    evidence: z.array(
      z.object({
        kind: z.string(),
        ref: z.string(),
        detail: z.string().optional(),
      }),
    ),
    sbom: z
      .object({
        format: z.enum(['spdx', 'cyclonedx']),
        specVersion: z.string(),
        componentCount: z.number(),
        licenses: z.array(z.string()),
      })
      .optional(),
    provenance: z
      .object({
        predicateType: z.string(),
        builder: z.string().optional(),
        buildType: z.string().optional(),
        subjectDigests: z.array(z.string()),
      })
      .optional(),
  });

/** Example inputs of `get-cra-readiness`, for agents and the docs. */
export const getCraReadinessExamples = [
  {
    title: 'Everything that is not CRA-ready yet',
    input: { onlyGaps: true },
  },
  {
    title: 'Readiness of the EU inference team',
    input: { team: 'eu-inference' },
  },
];

function toOutput(row: CraRow) {
  return {
    kind: row.kind,
    id: row.id,
    title: row.title,
    owner: row.owner,
    entityRef: row.entityRef,
    digest: row.kind === 'model-version' ? row.digest : undefined,
    tags: row.kind === 'model-version' ? row.tags : undefined,
    versions:
      row.kind === 'inference-service'
        ? row.versions.map(v => ({
            reference: `${v.registry}/${v.repository}@${v.digest}`,
            workload: v.workload,
            ready: v.ready,
            score: v.score,
          }))
        : undefined,
    score: row.readiness.score,
    ready: row.readiness.ready,
    items: row.readiness.items,
  };
}

/** The CRA action: the same answer as `GET /cra` (or `/cra/entity`). */
export function registerCraActions(
  actionsRegistry: ActionsRegistryService,
  cra: CraService,
): void {
  actionsRegistry.register({
    name: 'get-cra-readiness',
    title: 'EU Cyber Resilience Act readiness',
    description:
      "Read-only CRA readiness of model versions (one per manifest digest) and inference services: per item — SBOM (attached as OCI referrer or cosign tag and parsed: SPDX/CycloneDX, component count, licences), SLSA build provenance (its builder, and whether its subject is the version's manifest digest), signature (present; not verified), security contact, support period and vulnerability-disclosure policy (catalog annotations ai-platform.io/security-contact, support-period-end, vulnerability-disclosure-url on the entity, the manifest or the owning Group), sovereignty, and for services the versions they run — the status pass/missing/invalid/unknown, the reason and the evidence; plus a score and ready flag under the configured rules. Not ready first.",
    visibilityPermission: aiPlatformCraReadPermission,
    attributes: { readOnly: true, idempotent: true },
    examples: getCraReadinessExamples,
    schema: {
      input: z =>
        z.object({
          team: z
            .string()
            .optional()
            .describe('Only products owned by this Group, e.g. eu-inference'),
          entityRef: z
            .string()
            .optional()
            .describe(
              'One ai-model Resource or inference-service Component, e.g. component:default/mistral-small-eu',
            ),
          onlyGaps: z
            .boolean()
            .optional()
            .describe('Only products that are not ready'),
        }),
      output: z =>
        z.object({
          generatedAt: z.string(),
          rows: z.array(
            z.object({
              kind: z.enum(['model-version', 'inference-service']),
              id: z.string(),
              title: z.string(),
              owner: z.string().optional(),
              entityRef: z.string().optional(),
              digest: z.string().optional(),
              tags: z.array(z.string()).optional(),
              versions: z
                .array(
                  z.object({
                    reference: z.string(),
                    workload: z.string(),
                    ready: z.boolean().optional(),
                    score: z.number().optional(),
                  }),
                )
                .optional(),
              score: z.number(),
              ready: z.boolean(),
              items: z.array(itemSchema(z)),
            }),
          ),
          errors: z.array(z.string()),
        }),
    },
    action: async ({ input, credentials }) => {
      const report = input.entityRef
        ? {
            ...(await cra.entity(input.entityRef, credentials)),
            generatedAt: new Date().toISOString(),
          }
        : await cra.report({ credentials, team: input.team });
      const rows = report.rows.filter(
        r => !input.onlyGaps || !r.readiness.ready,
      );
      return {
        output: {
          generatedAt: report.generatedAt,
          rows: rows.map(toOutput),
          errors: report.errors,
        },
      };
    },
  });
}
