import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { DEFAULT_GOVERNANCE_POLICY, readGovernancePolicy } from './config';

const read = (governance?: JsonObject) =>
  readGovernancePolicy(
    new ConfigReader(governance ? { aiPlatform: { governance } } : {}),
  );

describe('readGovernancePolicy', () => {
  it('uses the documented defaults when nothing is configured', () => {
    expect(read()).toEqual(DEFAULT_GOVERNANCE_POLICY);
    expect(read({})).toEqual(DEFAULT_GOVERNANCE_POLICY);
  });

  it('takes each configured key over its default', () => {
    expect(
      read({ maxReplicas: 2, requireSignature: false, maxTotalGpus: 32 }),
    ).toEqual({
      ...DEFAULT_GOVERNANCE_POLICY,
      maxReplicas: 2,
      maxTotalGpus: 32,
      requireSignature: false,
    });
  });

  it.each([
    [{ maxReplicas: 0 }, 'maxReplicas must be a whole number'],
    [{ maxGpusPerReplica: 1.5 }, 'maxGpusPerReplica must be a whole number'],
    [{ maxGpusPerReplica: 8, maxTotalGpus: 4 }, 'is above maxTotalGpus'],
  ])('rejects %j', (governance, message) => {
    expect(() => read(governance)).toThrow(message);
  });
});
