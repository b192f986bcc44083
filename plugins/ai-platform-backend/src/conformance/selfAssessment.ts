import {
  ChecklistRequirement,
  ClusterConformance,
  ConformanceChecklist,
  ConformanceCheckResult,
  CONFORMANCE_REQUIREMENTS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import { stringify } from 'yaml';

const STATUS: Record<
  ConformanceCheckResult['status'],
  ChecklistRequirement['status']
> = {
  pass: 'Implemented',
  fail: 'Not Implemented',
  // Not judged read-only: left for a person to answer, never claimed.
  unknown: '',
};

function evidenceLines(check: ConformanceCheckResult): string[] {
  return check.evidence.map(e => {
    const where = e.namespace ? `${e.namespace}/${e.name}` : e.name;
    return `${e.kind} ${where}${e.note ? `: ${e.note}` : ''}`;
  });
}

/**
 * A cluster's self-assessment in the shape of the CNCF checklist
 * (`metadata` + `spec.<category>[]`), for the checklist of the cluster's
 * minor: requirements not in that checklist are left out.
 */
export function selfAssessment(
  result: ClusterConformance,
): ConformanceChecklist {
  const spec: Record<string, ChecklistRequirement[]> = {};
  for (const check of result.checks) {
    if (!check.level) continue;
    const requirement = CONFORMANCE_REQUIREMENTS.find(r => r.id === check.id)!;
    const notes = [
      `Automated read-only check (Backstage AI Platform): ${check.status}. ${check.summary}`,
      `Still to prove by an active test: ${check.stillToProve}`,
    ].join('\n');
    (spec[check.category] ??= []).push({
      id: check.id,
      description: requirement.description,
      level: check.level,
      status: STATUS[check.status],
      evidence: evidenceLines(check),
      notes,
    });
  }
  return {
    metadata: {
      kubernetesVersion: result.kubernetesVersion ?? 'unknown',
      checklistVersion: result.checklistVersion ?? 'none',
      platformName: result.title ?? result.cluster,
      cluster: result.cluster,
      generatedAt: result.evaluatedAt,
      generatedBy: 'Backstage AI Platform conformance checks (read-only)',
    },
    spec,
  };
}

/** The self-assessment as YAML. */
export function selfAssessmentYaml(result: ClusterConformance): string {
  return stringify(selfAssessment(result), { lineWidth: 0 });
}
