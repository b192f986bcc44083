import { SOVEREIGNTY_LABELS as L, TOPOLOGY_REGION_LABEL } from '../labels';
import {
  evaluateSovereignty,
  SovereigntyFinding,
  SovereigntyStatus,
  SovereigntySubject,
} from './evaluate';
import { DEFAULT_SOVEREIGNTY_RULES, SovereigntyRule } from './rules';

/** An EU sovereign provider in Frankfurt, as in the demo cluster. */
const sovereignFra = {
  [L.jurisdiction]: 'DE',
  [L.region]: 'eu-de-fra-1',
  [L.provider]: 'eu-sovereign-cloud',
  [L.residencyPolicy]: 'eu-only',
  [L.nonEuLawExposure]: 'none',
};

/** The Paris region of a US hyperscaler: in the EU, but under the CLOUD Act. */
const awsParis = {
  [L.jurisdiction]: 'FR',
  [L.region]: 'eu-west-3',
  [L.provider]: 'aws',
  [L.residencyPolicy]: 'eu-only',
  [L.nonEuLawExposure]: 'us-cloud-act',
};

const awsVirginia = {
  [L.jurisdiction]: 'US',
  [L.region]: 'us-east-1',
  [L.provider]: 'aws',
  [L.residencyPolicy]: 'us-only',
  [L.nonEuLawExposure]: 'us-cloud-act',
};

function workload(
  classification: string | undefined,
  cluster?: Record<string, string>,
  namespace?: Record<string, string>,
): SovereigntySubject {
  return {
    kind: 'workload',
    name: 'chat-api',
    classification,
    placement: { cluster, namespace },
  };
}

/** A rule set with one custom rule for confidential data. */
function withConfidential(rule: Omit<SovereigntyRule, 'classification'>) {
  return [{ classification: 'confidential' as const, ...rule }];
}

interface Expected extends Partial<Omit<SovereigntyFinding, 'message'>> {
  /** A piece of text the finding's message must contain. */
  message?: string;
}

interface Case {
  name: string;
  subject: SovereigntySubject;
  rules?: readonly SovereigntyRule[];
  status: SovereigntyStatus;
  /** Findings that must be present (matched on the given fields). */
  findings?: Expected[];
  /** How many findings are not compliant; checks that every reason is returned. */
  problems?: number;
}

const cases: Case[] = [
  {
    name: 'allows public data anywhere, even under the CLOUD Act in the US',
    subject: workload('public', awsVirginia),
    status: 'compliant',
    problems: 0,
  },
  {
    name: 'allows public data on a location without any labels',
    subject: workload('public', {}),
    status: 'compliant',
    problems: 0,
  },
  {
    name: 'allows internal data in the US by default',
    subject: workload('internal', awsVirginia),
    status: 'compliant',
  },
  {
    name: 'allows confidential data on an EU sovereign provider and says why',
    subject: workload('confidential', sovereignFra),
    status: 'compliant',
    findings: [
      { code: 'allowed', label: 'jurisdiction', message: 'jurisdiction DE' },
      { code: 'allowed', label: 'nonEuLawExposure' },
    ],
  },
  {
    name: 'rejects confidential data in the EU region of a provider exposed to the US CLOUD Act',
    subject: workload('confidential', awsParis),
    status: 'violation',
    problems: 1,
    findings: [
      { code: 'allowed', label: 'jurisdiction' },
      {
        status: 'violation',
        code: 'not-allowed',
        label: 'nonEuLawExposure',
        aspect: 'run',
        target: 'workload chat-api',
        message: 'US CLOUD Act',
      },
    ],
  },
  {
    name: 'returns every reason for confidential data in the US, not only the first',
    subject: workload('confidential', awsVirginia),
    status: 'violation',
    problems: 2,
    findings: [
      {
        status: 'violation',
        label: 'jurisdiction',
        message: 'jurisdiction US',
      },
      { status: 'violation', label: 'nonEuLawExposure' },
    ],
  },
  {
    name: 'reports missing labels as unknown, never as compliant',
    subject: workload('confidential', {}),
    status: 'unknown',
    problems: 2,
    findings: [
      { status: 'unknown', code: 'missing-label', label: 'jurisdiction' },
      { status: 'unknown', code: 'missing-label', label: 'nonEuLawExposure' },
    ],
  },
  {
    name: 'is unknown when only the exposure label is missing',
    subject: workload('confidential', { [L.jurisdiction]: 'DE' }),
    status: 'unknown',
    findings: [
      { status: 'compliant', label: 'jurisdiction' },
      { status: 'unknown', code: 'missing-label', label: 'nonEuLawExposure' },
    ],
  },
  {
    name: 'matches the jurisdiction EU on a location against an EU rule',
    subject: workload('confidential', {
      [L.jurisdiction]: 'EU',
      [L.nonEuLawExposure]: 'none',
    }),
    status: 'compliant',
  },
  {
    name: 'matches any EU member state, in any case, against EU',
    subject: workload('confidential', {
      [L.jurisdiction]: 'pl',
      [L.nonEuLawExposure]: 'None',
    }),
    status: 'compliant',
  },
  {
    name: "treats the EU's code EL as Greece",
    subject: workload('confidential', {
      [L.jurisdiction]: 'EL',
      [L.nonEuLawExposure]: 'none',
    }),
    status: 'compliant',
  },
  {
    name: 'rejects a European country outside the EU for an EU rule',
    subject: workload('confidential', {
      [L.jurisdiction]: 'CH',
      [L.nonEuLawExposure]: 'none',
    }),
    status: 'violation',
    findings: [
      { status: 'violation', label: 'jurisdiction', message: 'only in EU' },
    ],
  },
  {
    name: 'does not accept the jurisdiction EU where a rule names one country',
    subject: workload('confidential', { [L.jurisdiction]: 'EU' }),
    rules: withConfidential({
      run: { jurisdictions: ['DE'] },
      store: {},
      callOut: {},
    }),
    status: 'violation',
    findings: [{ status: 'violation', label: 'jurisdiction' }],
  },
  {
    name: 'reports a namespace jurisdiction that contradicts its cluster as a conflict',
    subject: workload(
      'confidential',
      { ...awsVirginia, [L.nonEuLawExposure]: 'none' },
      { [L.jurisdiction]: 'DE' },
    ),
    status: 'unknown',
    findings: [
      {
        status: 'unknown',
        code: 'conflicting-labels',
        label: 'jurisdiction',
        message: 'DE on the namespace, US on the cluster',
      },
    ],
  },
  {
    name: 'reports a jurisdiction that contradicts a well-known region as a conflict',
    subject: workload('confidential', {
      [L.jurisdiction]: 'FR',
      [L.region]: 'us-east-1',
      [L.nonEuLawExposure]: 'none',
    }),
    status: 'unknown',
    findings: [
      {
        code: 'conflicting-labels',
        label: 'jurisdiction',
        message: 'which is in US',
      },
    ],
  },
  {
    name: 'keeps a violation when another label is in conflict',
    subject: workload('confidential', awsParis, { [L.jurisdiction]: 'US' }),
    status: 'violation',
    findings: [
      { status: 'unknown', code: 'conflicting-labels', label: 'jurisdiction' },
      { status: 'violation', label: 'nonEuLawExposure' },
    ],
  },
  {
    name: 'takes the region from the topology label and reports it as a default',
    subject: workload('confidential', {
      [L.jurisdiction]: 'FR',
      [L.nonEuLawExposure]: 'none',
      [TOPOLOGY_REGION_LABEL]: 'eu-west-3',
    }),
    rules: withConfidential({
      run: {
        jurisdictions: ['EU'],
        regions: ['eu-west-3'],
        nonEuLawExposure: ['none'],
      },
      store: {},
      callOut: {},
    }),
    status: 'compliant',
    findings: [
      { status: 'compliant', code: 'allowed', label: 'region' },
      {
        status: 'compliant',
        code: 'defaulted-label',
        label: 'region',
        message: `taken from ${TOPOLOGY_REGION_LABEL}`,
      },
    ],
  },
  {
    name: 'lets namespace labels override cluster labels for the residency policy',
    subject: workload('restricted', sovereignFra, {
      [L.residencyPolicy]: 'none',
    }),
    status: 'violation',
    problems: 1,
    findings: [
      {
        status: 'violation',
        label: 'residencyPolicy',
        message: 'residency-policy: none on the namespace',
      },
    ],
  },
  {
    name: 'allows restricted data on an EU sovereign provider under the eu-only policy',
    subject: workload('restricted', sovereignFra),
    status: 'compliant',
  },
  {
    name: 'takes the classification from the namespace label when none is stated',
    subject: workload(undefined, awsParis, {
      [L.dataClassification]: 'confidential',
    }),
    status: 'violation',
    findings: [
      { aspect: 'classification', code: 'classification-from-label' },
      { status: 'violation', label: 'nonEuLawExposure' },
    ],
  },
  {
    name: 'is unknown when no classification is stated or labelled',
    subject: workload(undefined, sovereignFra),
    status: 'unknown',
    findings: [{ code: 'missing-classification', status: 'unknown' }],
  },
  {
    name: 'is unknown for a classification that does not exist',
    subject: workload('secret', sovereignFra),
    status: 'unknown',
    findings: [{ code: 'unknown-classification', message: "'secret'" }],
  },
  {
    name: 'is unknown when the configured rules do not cover the classification',
    subject: workload('internal', sovereignFra),
    rules: withConfidential({ run: {}, store: {}, callOut: {} }),
    status: 'unknown',
    findings: [
      { code: 'no-rule', message: 'No sovereignty rule covers internal' },
    ],
  },
  {
    name: 'rejects a provider outside the allowed providers, ignoring case',
    subject: workload('confidential', awsParis),
    rules: withConfidential({
      run: { providers: ['OVHcloud', 'eu-sovereign-cloud'] },
      store: {},
      callOut: {},
    }),
    status: 'violation',
    findings: [
      {
        status: 'violation',
        label: 'provider',
        message: 'only by provider OVHcloud or eu-sovereign-cloud',
      },
    ],
  },
  {
    name: 'rejects a model version for restricted data stored in a US registry',
    subject: {
      kind: 'modelVersion',
      name: 'llama-3.1-8b-instruct:1.2.0',
      classification: 'restricted',
      registry: { entity: awsVirginia, description: 'registry ghcr.io' },
    },
    status: 'violation',
    problems: 3,
    findings: [
      {
        aspect: 'store',
        label: 'jurisdiction',
        status: 'violation',
        target: 'model version llama-3.1-8b-instruct:1.2.0',
        message: 'may be stored only in EU',
      },
      { aspect: 'store', label: 'residencyPolicy', status: 'violation' },
    ],
  },
  {
    name: 'allows a model version for confidential data in an EU sovereign registry',
    subject: {
      kind: 'modelVersion',
      name: 'mistral-7b:0.3',
      classification: 'confidential',
      registry: { cluster: sovereignFra },
    },
    status: 'compliant',
  },
  {
    name: 'checks where a model is stored with the store rule, not the run rule',
    subject: {
      kind: 'modelVersion',
      name: 'mistral-7b:0.3',
      classification: 'confidential',
      registry: { entity: awsVirginia },
    },
    rules: withConfidential({
      run: { jurisdictions: ['EU'] },
      store: {},
      callOut: {},
    }),
    status: 'compliant',
  },
  {
    name: 'rejects an agent that calls one MCP server outside the allowed jurisdictions, naming it',
    subject: {
      kind: 'agent',
      name: 'support-agent',
      classification: 'confidential',
      placement: { cluster: sovereignFra },
      mcpServers: [
        { name: 'tickets', labels: { entity: sovereignFra } },
        { name: 'github', labels: { entity: awsVirginia } },
      ],
    },
    status: 'violation',
    problems: 2,
    findings: [
      { aspect: 'run', target: 'agent support-agent', status: 'compliant' },
      { aspect: 'callOut', target: 'MCP server tickets', status: 'compliant' },
      {
        aspect: 'callOut',
        target: 'MCP server github',
        label: 'jurisdiction',
        status: 'violation',
        message: 'MCP server github is in jurisdiction US',
      },
    ],
  },
  {
    name: 'is unknown for an agent that calls a model whose location has no labels',
    subject: {
      kind: 'agent',
      name: 'support-agent',
      classification: 'confidential',
      placement: { cluster: sovereignFra },
      models: [{ name: 'gpt-proxy', labels: {} }],
    },
    status: 'unknown',
    findings: [
      {
        aspect: 'callOut',
        target: 'model gpt-proxy',
        code: 'missing-label',
        label: 'jurisdiction',
      },
    ],
  },
  {
    name: 'checks an agent run location and its call-outs with their own aspects',
    subject: {
      kind: 'agent',
      name: 'research-agent',
      classification: 'confidential',
      placement: { cluster: awsParis },
      models: [{ name: 'mistral-large', labels: { entity: awsParis } }],
    },
    rules: withConfidential({
      run: { jurisdictions: ['EU'] },
      store: {},
      callOut: { providers: ['mistral'] },
    }),
    status: 'violation',
    problems: 1,
    findings: [
      { aspect: 'run', label: 'jurisdiction', status: 'compliant' },
      {
        aspect: 'callOut',
        label: 'provider',
        status: 'violation',
        message: 'may be sent only by provider mistral',
      },
    ],
  },
];

function matches(finding: SovereigntyFinding, expected: Expected): boolean {
  const { message, ...fields } = expected;
  const sameFields = Object.entries(fields).every(
    ([key, value]) => finding[key as keyof SovereigntyFinding] === value,
  );
  return sameFields && (!message || finding.message.includes(message));
}

describe('evaluateSovereignty', () => {
  it('has at least twenty cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
  });

  it.each(cases.map(c => [c.name, c] as const))('%s', (_name, c) => {
    const evaluation = evaluateSovereignty(
      c.subject,
      c.rules ?? DEFAULT_SOVEREIGNTY_RULES,
    );
    expect(evaluation.status).toBe(c.status);
    for (const expected of c.findings ?? []) {
      const found = evaluation.findings.some(f => matches(f, expected));
      if (!found) {
        throw new Error(
          `No finding matches ${JSON.stringify(expected)} in ${JSON.stringify(
            evaluation.findings,
            null,
            2,
          )}`,
        );
      }
    }
    // Cases without a count only check the findings they list.
    const problems = evaluation.findings.filter(
      f => f.status !== 'compliant',
    ).length;
    expect(problems).toBe(c.problems ?? problems);
  });

  it('gives every finding that is not compliant a sentence and a fix', () => {
    const all = cases.flatMap(
      c =>
        evaluateSovereignty(c.subject, c.rules ?? DEFAULT_SOVEREIGNTY_RULES)
          .findings,
    );
    for (const finding of all.filter(f => f.status !== 'compliant')) {
      expect(finding.message).toMatch(/^[A-Z].*\.$/);
      expect(finding.fix).toMatch(/^[A-Z].*\.$/);
    }
  });
});
