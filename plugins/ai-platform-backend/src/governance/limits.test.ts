import { DEFAULT_GOVERNANCE_POLICY } from './config';
import {
  checkLimits,
  checkName,
  dns1123LabelProblem,
  dns1123Suggestion,
} from './limits';

describe('DNS-1123 names', () => {
  it.each(['chat-api', 'a', 'x'.repeat(63)])('accepts %j', value => {
    expect(dns1123LabelProblem(value)).toBeUndefined();
  });

  it.each([
    ['', 'it is empty'],
    ['Chat', 'lower-case letters'],
    ['-chat', 'starting and ending'],
    ['chat.api', 'lower-case letters, digits and dashes'],
    ['x'.repeat(64), 'it has 64 characters, at most 63'],
  ])('rejects %j: %s', (value, problem) => {
    expect(dns1123LabelProblem(value)).toContain(problem);
  });

  it.each([
    ['Mistral_Chat!', 'mistral-chat'],
    ['--a--', 'a'],
    ['x'.repeat(70), 'x'.repeat(63)],
    // Cut at 63 characters it would end in a dash, which is dropped.
    [`${'a'.repeat(62)}-b`, 'a'.repeat(62)],
  ])('suggests %j as %j', (value, suggestion) => {
    expect(dns1123Suggestion(value)).toBe(suggestion);
  });

  it('says what to use when nothing of the name can be kept', () => {
    expect(checkName('___').fix).toContain('e.g. chat-api');
  });
});

describe('checkLimits', () => {
  const limits = (request: {
    replicas: number;
    gpus: number;
    migProfile?: string;
    gpuProduct?: string;
  }) =>
    Object.fromEntries(
      checkLimits(request, DEFAULT_GOVERNANCE_POLICY).map(c => [c.id, c]),
    );

  it('passes counts within the default policy', () => {
    const checks = limits({ replicas: 2, gpus: 8 });
    expect(checks.replicas.status).toBe('pass');
    expect(checks.gpus).toMatchObject({
      status: 'pass',
      message: '16 GPUs in all, within 8 per replica and 16 per service',
    });
  });

  it('fails more GPUs in all than the policy allows per service, with a count that fits', () => {
    expect(limits({ replicas: 3, gpus: 8 }).gpus).toMatchObject({
      status: 'fail',
      message:
        '24 GPUs in all (3 replicas x 8); the policy allows at most 16 per service',
      fix: 'Ask for at most 16 GPUs in all, e.g. 2 replicas of 8',
    });
  });

  it('counts MIG slices as their share of a GPU, as the GPU pages and cost do', () => {
    expect(
      limits({
        replicas: 7,
        gpus: 1,
        migProfile: '3g.40gb',
        gpuProduct: 'NVIDIA-H100-80GB-HBM3',
      }).gpus,
    ).toMatchObject({
      status: 'pass',
      message: expect.stringContaining(
        '3 GPUs in all (7 MIG 3g.40gb slices, 3/7 GPU (MIG 3g.40gb) each)',
      ),
    });
  });

  it.each([
    [{ replicas: 0, gpus: 1 }, 'replicas', 'at least 1'],
    [{ replicas: 1.5, gpus: 1 }, 'replicas', 'at least 1'],
    [{ replicas: 1, gpus: 0 }, 'gpus', 'at least 1'],
    [{ replicas: 1, gpus: 2, migProfile: '3g.40gb' }, 'gpus', 'one slice'],
  ])('fails %j on %s', (request, id, message) => {
    expect(limits(request)[id]).toMatchObject({
      status: 'fail',
      message: expect.stringContaining(message),
    });
  });
});
