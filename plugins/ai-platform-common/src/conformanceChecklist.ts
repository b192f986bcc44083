import { z } from 'zod';

/**
 * Statuses the CNCF checklist validator accepts (`scripts/validate.go`); an
 * empty status is allowed for a SHOULD left unanswered.
 *
 * @public
 */
export const CHECKLIST_STATUSES = [
  'Implemented',
  'Not Implemented',
  'Partially Implemented',
  'N/A',
  '',
] as const;

/**
 * One requirement of a Kubernetes AI Conformance checklist
 * (`Requirement{ id, description, level, status, evidence, notes }`).
 *
 * @public
 */
export const checklistRequirementSchema = z
  .object({
    id: z.string().min(1),
    description: z.string().min(1),
    level: z.enum(['MUST', 'SHOULD']),
    status: z.enum(CHECKLIST_STATUSES),
    evidence: z.array(z.string()),
    notes: z.string(),
  })
  .strict()
  .refine(r => r.status !== 'N/A' || r.notes.trim().length > 0, {
    message: 'N/A requires notes',
    path: ['notes'],
  });

/**
 * The shape of `AIConformance-1.NN.yaml` and of a product's self-assessment:
 * `metadata` (a map) and `spec.<category>[]`.
 *
 * @public
 */
export const conformanceChecklistSchema = z
  .object({
    metadata: z.record(z.string(), z.unknown()),
    spec: z
      .object({
        accelerators: z.array(checklistRequirementSchema).optional(),
        networking: z.array(checklistRequirementSchema).optional(),
        schedulingOrchestration: z.array(checklistRequirementSchema).optional(),
        observability: z.array(checklistRequirementSchema).optional(),
        security: z.array(checklistRequirementSchema).optional(),
        operator: z.array(checklistRequirementSchema).optional(),
      })
      .strict(),
  })
  .strict();

/**
 * A parsed conformance checklist.
 *
 * @public
 */
export type ConformanceChecklist = z.infer<typeof conformanceChecklistSchema>;

/**
 * A requirement in a parsed conformance checklist.
 *
 * @public
 */
export type ChecklistRequirement = z.infer<typeof checklistRequirementSchema>;
