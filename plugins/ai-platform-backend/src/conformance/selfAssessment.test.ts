import { conformanceChecklistSchema } from '@ai-platform/backstage-plugin-ai-platform-common';
import { parse } from 'yaml';
import { exampleCluster } from '../__testUtils__/clusterViews';
import { evaluateCluster } from './evaluate';
import { selfAssessment, selfAssessmentYaml } from './selfAssessment';

describe('selfAssessment', () => {
  const result = evaluateCluster(exampleCluster('us-east-virginia'), {
    now: new Date('2026-11-22T10:00:00Z'),
  });

  it('writes the CNCF checklist shape, which the checklist schema accepts', () => {
    const parsed = parse(selfAssessmentYaml(result));
    expect(conformanceChecklistSchema.safeParse(parsed).success).toBe(true);
    expect(Object.keys(parsed.spec)).toEqual([
      'accelerators',
      'networking',
      'schedulingOrchestration',
      'observability',
      'security',
      'operator',
    ]);
  });

  it('reports a failed MUST as Not Implemented with evidence and what is still to prove', () => {
    const dra = selfAssessment(result).spec.accelerators!.find(
      r => r.id === 'dra_support',
    )!;
    expect(dra).toMatchObject({ level: 'MUST', status: 'Not Implemented' });
    expect(dra.notes).toContain('Still to prove');
  });

  it('never claims an unknown result: its status is left empty', () => {
    const autoscaling = selfAssessment(
      result,
    ).spec.schedulingOrchestration!.find(r => r.id === 'cluster_autoscaling')!;
    expect(autoscaling.status).toBe('');
  });

  it('keeps only the requirements of the cluster minor checklist (1.35)', () => {
    const ids = Object.values(selfAssessment(result).spec)
      .flat()
      .map(r => r!.id);
    expect(ids).toContain('gpu_sharing');
    expect(ids).not.toContain('advanced_inference_ingress');
  });

  it('is rejected by the schema when a status is outside the checklist vocabulary', () => {
    const doc = selfAssessment(result);
    (doc.spec.accelerators![0] as { status: string }).status = 'pass';
    expect(conformanceChecklistSchema.safeParse(doc).success).toBe(false);
  });
});
