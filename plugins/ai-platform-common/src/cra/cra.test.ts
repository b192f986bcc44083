import { parseProvenance } from './provenance';
import {
  DEFAULT_CRA_RULES,
  scoreReadiness,
  sortCraRows,
  supportPeriodItem,
  securityContactItem,
} from './readiness';
import { parseSbom } from './sbom';
import type { CraRow } from './types';

const DIGEST = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;

const statement = (digest: string) => ({
  _type: 'https://in-toto.io/Statement/v1',
  subject: [
    {
      name: 'ghcr.io/example-org/models/x',
      digest: { sha256: digest.slice(7) },
    },
  ],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: {
    buildDefinition: {
      buildType:
        'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1',
      externalParameters: {},
    },
    runDetails: {
      builder: {
        id: 'https://github.com/slsa-framework/slsa-github-generator/.github/workflows/generator_generic_slsa3.yml@refs/tags/v2.1.0',
      },
    },
  },
});

const bundle = (body: object, signed = true) =>
  JSON.stringify({
    mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
    dsseEnvelope: {
      payloadType: 'application/vnd.in-toto+json',
      payload: Buffer.from(JSON.stringify(body)).toString('base64'),
      signatures: signed ? [{ keyid: '', sig: 'MEUCIQ==' }] : [],
    },
  });

describe('parseSbom', () => {
  it('counts SPDX packages and their declared licences', () => {
    const parsed = parseSbom(
      JSON.stringify({
        spdxVersion: 'SPDX-2.3',
        SPDXID: 'SPDXRef-DOCUMENT',
        packages: [
          { SPDXID: 'SPDXRef-a', licenseDeclared: 'Apache-2.0' },
          {
            SPDXID: 'SPDXRef-b',
            licenseDeclared: 'NOASSERTION',
            licenseConcluded: 'MIT',
          },
        ],
      }),
      'spdx',
    );
    expect(parsed).toEqual({
      ok: true,
      facts: {
        format: 'spdx',
        specVersion: 'SPDX-2.3',
        componentCount: 2,
        licenses: ['Apache-2.0', 'MIT'],
      },
    });
  });

  it('counts the CycloneDX metadata component and nested components', () => {
    const parsed = parseSbom(
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        metadata: {
          component: {
            type: 'machine-learning-model',
            name: 'm',
            licenses: [{ license: { id: 'Apache-2.0' } }],
          },
        },
        components: [
          {
            type: 'library',
            name: 'a',
            licenses: [{ expression: 'MIT OR Apache-2.0' }],
            components: [{ type: 'file', name: 'b' }],
          },
        ],
      }),
    );
    expect(parsed.ok && parsed.facts).toEqual({
      format: 'cyclonedx',
      specVersion: '1.6',
      componentCount: 3,
      licenses: ['Apache-2.0', 'MIT OR Apache-2.0'],
    });
  });

  it('calls a truncated document invalid with the parser error', () => {
    const parsed = parseSbom(
      '{"spdxVersion": "SPDX-2.3", "packages": [',
      'spdx',
    );
    expect(parsed).toMatchObject({ ok: false, status: 'invalid' });
    expect(!parsed.ok && parsed.reason).toMatch(/^the SBOM is not valid JSON/);
  });

  it('calls a CycloneDX document under an SPDX media type invalid', () => {
    const parsed = parseSbom(
      JSON.stringify({ bomFormat: 'CycloneDX', specVersion: '1.6' }),
      'spdx',
    );
    expect(!parsed.ok && parsed.reason).toBe(
      'the artifact is declared SPDX but the document is CycloneDX',
    );
  });
});

describe('parseProvenance', () => {
  it('reads the builder of a statement about the expected digest', () => {
    const parsed = parseProvenance(bundle(statement(DIGEST)), DIGEST);
    expect(parsed.ok && parsed.facts.builder).toMatch(/slsa-github-generator/);
  });

  it('calls a statement about another digest invalid, naming both', () => {
    const parsed = parseProvenance(bundle(statement(OTHER)), DIGEST);
    expect(parsed).toMatchObject({ ok: false, status: 'invalid' });
    expect(!parsed.ok && parsed.status === 'invalid' && parsed.reason).toBe(
      `the statement's subject is ${OTHER}, not this version's manifest digest ${DIGEST}`,
    );
  });

  it('calls an envelope without a signature invalid', () => {
    const parsed = parseProvenance(bundle(statement(DIGEST), false), DIGEST);
    expect(!parsed.ok && parsed.status === 'invalid' && parsed.reason).toBe(
      'the DSSE envelope carries no signature',
    );
  });

  it('sets aside attestations of other predicates', () => {
    const parsed = parseProvenance(
      bundle({
        ...statement(DIGEST),
        predicateType: 'https://spdx.dev/Document',
      }),
      DIGEST,
    );
    expect(parsed).toEqual({
      ok: false,
      status: 'not-provenance',
      predicateType: 'https://spdx.dev/Document',
    });
  });
});

describe('readiness rules', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  const on = (annotations: Record<string, string>) => [
    { ref: 'group:default/t', annotations },
  ];

  it('asks for a support period of the configured years after creation', () => {
    const item = supportPeriodItem(
      on({ 'ai-platform.io/support-period-end': '2029-01-01' }),
      { rules: DEFAULT_CRA_RULES, now, createdAt: '2026-06-01T00:00:00Z' },
    );
    expect(item.status).toBe('invalid');
    expect(item.reason).toMatch(/2\.6 years after .* at least 5/);
    expect(
      supportPeriodItem(
        on({ 'ai-platform.io/support-period-end': '2026-01-01' }),
        {
          rules: DEFAULT_CRA_RULES,
          now,
        },
      ).reason,
    ).toBe('The support period ended on 2026-01-01.');
  });

  it('takes the most specific source of a contact', () => {
    const item = securityContactItem([
      { ref: 'resource:default/m' },
      {
        ref: 'group:default/t',
        annotations: {
          'ai-platform.io/security-contact': 'mailto:psirt@example.eu',
        },
      },
    ]);
    expect(item.status).toBe('pass');
    expect(item.evidence?.[0].ref).toBe(
      'ai-platform.io/security-contact on group:default/t',
    );
  });

  it('scores by weight and is ready only when every required item passes', () => {
    const readiness = scoreReadiness(
      [
        { id: 'sbom', status: 'pass', reason: '' },
        { id: 'provenance', status: 'invalid', reason: '' },
        { id: 'sovereignty', status: 'pass', reason: '' },
      ],
      DEFAULT_CRA_RULES,
    );
    expect(readiness).toMatchObject({ score: 67, ready: false, gaps: 1 });
  });

  it('sorts gaps first', () => {
    const row = (id: string, ready: boolean, score: number) =>
      ({ id, readiness: { ready, score } } as unknown as CraRow);
    expect(
      sortCraRows([
        row('a', true, 100),
        row('b', false, 80),
        row('c', false, 20),
      ]).map(r => r.id),
    ).toEqual(['c', 'b', 'a']);
  });
});
