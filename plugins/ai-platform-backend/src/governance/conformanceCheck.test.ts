import { mockServices } from '@backstage/backend-test-utils';
import { readGovernancePolicy } from './config';
import { checkConformance } from './placementChecks';

const score = {
  percent: 50,
  passed: 6,
  failed: 5,
  unknown: 1,
  applicable: 12,
  mustFailed: 3,
};

describe('cluster-conformance governance check', () => {
  it('fails below the minimum, with the figures and what to do', () => {
    expect(checkConformance('eu-sovereign-fra', score, 60)).toEqual({
      id: 'cluster-conformance',
      status: 'fail',
      message:
        'eu-sovereign-fra passes 50% of its applicable Kubernetes AI Conformance requirements (6 of 12; 3 MUST not passed), below the minimum 60%',
      fix: "Choose a cluster that passes at least 60% (see the Conformance page), or ask the platform team to fix eu-sovereign-fra's failing requirements.",
    });
  });

  it('passes at or above the minimum', () => {
    expect(checkConformance('eu-sovereign-fra', score, 50).status).toBe('pass');
  });

  it('says it was not evaluated without a minimum or without a score, never passing silently', () => {
    const noMinimum = checkConformance('eu-sovereign-fra', score, undefined);
    expect(noMinimum.status).toBe('not-evaluated');
    expect(noMinimum.message).toContain(
      'no minimum is set (aiPlatform.governance.minConformanceScore)',
    );
    expect(checkConformance('mars', undefined, 60).status).toBe(
      'not-evaluated',
    );
  });

  it('reads the minimum from config and rejects one that is not a percentage', () => {
    const policy = (governance: object) =>
      readGovernancePolicy(
        mockServices.rootConfig({ data: { aiPlatform: { governance } } }),
      );
    expect(policy({ minConformanceScore: 70 }).minConformanceScore).toBe(70);
    expect(policy({}).minConformanceScore).toBeUndefined();
    expect(() => policy({ minConformanceScore: 120 })).toThrow(
      'aiPlatform.governance.minConformanceScore must be a percentage from 0 to 100, got 120',
    );
  });
});
