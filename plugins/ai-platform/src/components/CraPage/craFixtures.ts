import {
  DEFAULT_CRA_RULES,
  scoreReadiness,
  type CraItemVerdict,
  type CraModelVersionRow,
  type CraReport,
  type CraServiceRow,
} from '@ai-platform/backstage-plugin-ai-platform-common';

const DIGEST = `sha256:${'a'.repeat(64)}`;

const verdicts = (
  overrides: Partial<Record<CraItemVerdict['id'], CraItemVerdict>>,
): CraItemVerdict[] =>
  (
    [
      'sbom',
      'provenance',
      'signature',
      'security-contact',
      'support-period',
      'vulnerability-disclosure',
    ] as const
  ).map(
    id =>
      overrides[id] ?? {
        id,
        status: 'pass',
        reason: `${id} passes.`,
        evidence: [{ kind: 'annotation', ref: `evidence of ${id}` }],
      },
  );

/** A version with every item passing: ready. */
export const readyVersion: CraModelVersionRow = {
  kind: 'model-version',
  id: `demo/models/mistral-small@${DIGEST}`,
  registry: 'demo',
  repository: 'models/mistral-small',
  tags: ['3.2.0'],
  digest: DIGEST,
  title: 'models/mistral-small:3.2.0',
  entityRef: 'resource:default/mistral-small',
  owner: 'group:default/eu-inference',
  readiness: scoreReadiness(verdicts({}), DEFAULT_CRA_RULES),
};

/** A service whose SBOM is malformed and whose security contact is missing. */
export const serviceWithGaps: CraServiceRow = {
  kind: 'inference-service',
  id: 'component:default/llama-chat',
  entityRef: 'component:default/llama-chat',
  title: 'llama-chat',
  owner: 'group:default/us-applied-ml',
  versions: [
    {
      registry: 'demo',
      repository: 'models/llama',
      digest: DIGEST,
      tags: ['1.0.0'],
      workload: 'us-east-virginia/us-applied-ml/InferenceService/llama',
    },
  ],
  readiness: scoreReadiness(
    verdicts({
      sbom: {
        id: 'sbom',
        status: 'invalid',
        reason: 'The SBOM referrer is not valid SPDX or CycloneDX JSON.',
        evidence: [{ kind: 'oci-referrer', ref: `sha256:${'b'.repeat(64)}` }],
      },
      'security-contact': {
        id: 'security-contact',
        status: 'missing',
        reason:
          'No ai-platform.io/security-contact annotation on component:default/llama-chat.',
        evidence: [],
      },
    }),
    DEFAULT_CRA_RULES,
  ),
};

export const report: CraReport = {
  generatedAt: '2026-12-03T12:00:00Z',
  rules: DEFAULT_CRA_RULES,
  rows: [serviceWithGaps, readyVersion],
  errors: ['Registry eu-hub could not be read: connection refused.'],
};
