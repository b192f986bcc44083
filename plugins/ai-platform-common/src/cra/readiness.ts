/**
 * The pure rules of CRA readiness: the items that come from catalog
 * metadata, the score, and the order of the report.
 */

import { CRA_ANNOTATIONS } from '../labels';
import type { SovereigntyEvaluation } from '../sovereignty';
import type { ProvenanceParse } from './provenance';
import type { SbomParse } from './sbom';
import type {
  CraEvidence,
  CraItem,
  CraItemId,
  CraItemStatus,
  CraReadiness,
  CraRow,
  CraRules,
} from './types';

/**
 * The rules used where `aiPlatform.cra` does not say otherwise: SBOM,
 * provenance, signature, security contact, support period, disclosure policy
 * and (for services) the versions run are required; sovereignty counts in
 * the score only.
 *
 * @public
 */
export const DEFAULT_CRA_RULES: CraRules = Object.freeze({
  minSupportYears: 5,
  items: Object.freeze({
    sbom: { weight: 3, required: true },
    provenance: { weight: 2, required: true },
    signature: { weight: 2, required: true },
    'security-contact': { weight: 1, required: true },
    'support-period': { weight: 1, required: true },
    'vulnerability-disclosure': { weight: 1, required: true },
    sovereignty: { weight: 1, required: false },
    'model-versions': { weight: 3, required: true },
  }),
}) as CraRules;

/**
 * Human titles of the items.
 *
 * @public
 */
export const CRA_ITEM_TITLES: Record<CraItemId, string> = {
  sbom: 'SBOM',
  provenance: 'Build provenance',
  signature: 'Signature',
  'security-contact': 'Security contact',
  'support-period': 'Support period',
  'vulnerability-disclosure': 'Vulnerability disclosure policy',
  sovereignty: 'Sovereignty',
  'model-versions': 'Model versions run',
};

/**
 * An item before the rules give it a weight.
 *
 * @public
 */
export type CraItemVerdict = Pick<CraItem, 'id' | 'status' | 'reason'> &
  Partial<Pick<CraItem, 'evidence' | 'sbom' | 'provenance'>>;

/**
 * Where a metadata annotation may come from, most specific first: a model
 * version's manifest, the entity, its owning Group.
 *
 * @public
 */
export interface CraAnnotationSource {
  /** e.g. `manifest sha256:…`, `resource:default/llama-3.1-8b-instruct`. */
  ref: string;
  annotations?: Record<string, string>;
}

/** The first source that sets `key`, with its value. */
function resolve(
  key: string,
  sources: readonly CraAnnotationSource[],
): { value: string; evidence: CraEvidence } | undefined {
  for (const source of sources) {
    const value = source.annotations?.[key]?.trim();
    if (value) {
      return {
        value,
        evidence: {
          kind: 'annotation',
          ref: `${key} on ${source.ref}`,
          detail: value,
        },
      };
    }
  }
  return undefined;
}

const where = (sources: readonly CraAnnotationSource[]) =>
  sources.map(s => s.ref).join(', ') || 'no entity';

function httpsUrl(value: string): URL | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The security-contact item: a `mailto:` URI, an e-mail address or an
 * https URL, from the most specific source that sets it.
 *
 * @public
 */
export function securityContactItem(
  sources: readonly CraAnnotationSource[],
): CraItemVerdict {
  const key = CRA_ANNOTATIONS.securityContact;
  const found = resolve(key, sources);
  if (!found) {
    return {
      id: 'security-contact',
      status: 'missing',
      reason: `No ${key} annotation on ${where(sources)}.`,
      evidence: [],
    };
  }
  const mail = found.value.replace(/^mailto:/i, '');
  const ok = EMAIL.test(mail) || httpsUrl(found.value) !== undefined;
  return {
    id: 'security-contact',
    status: ok ? 'pass' : 'invalid',
    reason: ok
      ? `Vulnerabilities are reported to ${found.value}.`
      : `'${found.value}' is neither an e-mail address nor an https URL.`,
    evidence: [found.evidence],
  };
}

/**
 * The vulnerability-disclosure item: an https URL of the coordinated
 * disclosure policy.
 *
 * @public
 */
export function vulnerabilityDisclosureItem(
  sources: readonly CraAnnotationSource[],
): CraItemVerdict {
  const key = CRA_ANNOTATIONS.vulnerabilityDisclosureUrl;
  const found = resolve(key, sources);
  if (!found) {
    return {
      id: 'vulnerability-disclosure',
      status: 'missing',
      reason: `No ${key} annotation on ${where(sources)}.`,
      evidence: [],
    };
  }
  const ok = httpsUrl(found.value) !== undefined;
  return {
    id: 'vulnerability-disclosure',
    status: ok ? 'pass' : 'invalid',
    reason: ok
      ? `The disclosure policy is published at ${found.value}.`
      : `'${found.value}' is not an https URL.`,
    evidence: [found.evidence],
  };
}

const DAY = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * The support-period item: an ISO 8601 end date that has not passed and,
 * when the product's creation time is known, lies at least
 * `rules.minSupportYears` after it (CRA Art. 13(8): five years unless the
 * product is expected to be used for less).
 *
 * @public
 */
export function supportPeriodItem(
  sources: readonly CraAnnotationSource[],
  options: { rules: CraRules; now: Date; createdAt?: string },
): CraItemVerdict {
  const key = CRA_ANNOTATIONS.supportPeriodEnd;
  const found = resolve(key, sources);
  const id = 'support-period';
  if (!found) {
    return {
      id,
      status: 'missing',
      reason: `No ${key} annotation on ${where(sources)}.`,
      evidence: [],
    };
  }
  const end = ISO_DATE.test(found.value) ? Date.parse(found.value) : NaN;
  const evidence = [found.evidence];
  if (Number.isNaN(end)) {
    return {
      id,
      status: 'invalid',
      reason: `'${found.value}' is not an ISO 8601 date such as 2031-12-31.`,
      evidence,
    };
  }
  if (end < options.now.getTime()) {
    return {
      id,
      status: 'invalid',
      reason: `The support period ended on ${found.value}.`,
      evidence,
    };
  }
  const created = options.createdAt ? Date.parse(options.createdAt) : NaN;
  const years = options.rules.minSupportYears;
  if (!Number.isNaN(created) && years > 0) {
    const span = (end - created) / (365.25 * DAY);
    if (span < years) {
      return {
        id,
        status: 'invalid',
        reason: `Support ends ${found.value}, ${span.toFixed(
          1,
        )} years after the version was created (${
          options.createdAt
        }); the rules ask for at least ${years}.`,
        evidence,
      };
    }
  }
  return {
    id,
    status: 'pass',
    reason: `Supported until ${found.value}.`,
    evidence,
  };
}

/**
 * The sovereignty item from the one sovereignty evaluator's answer.
 *
 * @public
 */
export function sovereigntyItem(
  evaluation: SovereigntyEvaluation | undefined,
  what: string,
): CraItemVerdict {
  if (!evaluation) {
    return {
      id: 'sovereignty',
      status: 'unknown',
      reason: `The sovereignty of ${what} was not evaluated.`,
      evidence: [],
    };
  }
  const failing = evaluation.findings.filter(f => f.status !== 'compliant');
  const STATUS: Record<SovereigntyEvaluation['status'], CraItemStatus> = {
    compliant: 'pass',
    violation: 'invalid',
    unknown: 'unknown',
  };
  const status = STATUS[evaluation.status];
  return {
    id: 'sovereignty',
    status,
    reason:
      status === 'pass'
        ? `${what} is within the sovereignty rules${
            evaluation.classification
              ? ` for ${evaluation.classification} data`
              : ''
          }.`
        : failing.map(f => f.message).join(' '),
    evidence: failing.map(f => ({
      kind: 'sovereignty-finding',
      ref: f.target,
      detail: f.code,
    })),
  };
}

/**
 * Weighs the items with the rules: the score is the weight of passing items
 * over the weight of all items (0–100, rounded); ready when every required
 * item passes.
 *
 * @public
 */
export function scoreReadiness(
  verdicts: readonly CraItemVerdict[],
  rules: CraRules,
): CraReadiness {
  const items: CraItem[] = verdicts.map(v => ({
    title: CRA_ITEM_TITLES[v.id],
    evidence: [],
    ...v,
    weight: rules.items[v.id].weight,
    required: rules.items[v.id].required,
  }));
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  const passed = items
    .filter(i => i.status === 'pass')
    .reduce((sum, i) => sum + i.weight, 0);
  return {
    score: total > 0 ? Math.round((100 * passed) / total) : 0,
    ready: items.every(i => !i.required || i.status === 'pass'),
    gaps: items.filter(i => i.status !== 'pass').length,
    items,
  };
}

/**
 * Gaps first: rows that are not ready, lowest score first, then by id.
 *
 * @public
 */
export function sortCraRows<T extends CraRow>(rows: readonly T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      Number(a.readiness.ready) - Number(b.readiness.ready) ||
      a.readiness.score - b.readiness.score ||
      a.id.localeCompare(b.id),
  );
}

/**
 * An artifact that was read, with what parsing it gave.
 *
 * @public
 */
export interface CraArtifactRead<P> {
  evidence: CraEvidence;
  /** The parse, or why the artifact's content could not be fetched. */
  parse: P | { ok: false; status: 'unknown'; reason: string };
}

const notRead = (
  id: CraItemId,
  what: string,
  error: string,
): CraItemVerdict => ({
  id,
  status: 'unknown',
  reason: `The referrers of this version could not be read, so its ${what} is unknown: ${error}`,
  evidence: [],
});

/**
 * The SBOM item: passes when one SBOM parses (its format, version,
 * component count and licences are the facts); invalid when every SBOM
 * found is malformed, with each reason; missing when none is attached.
 *
 * @public
 */
export function sbomItem(
  found: ReadonlyArray<CraArtifactRead<SbomParse>>,
  readError?: string,
): CraItemVerdict {
  if (readError) return notRead('sbom', 'SBOM', readError);
  const evidence = found.map(f => f.evidence);
  if (found.length === 0) {
    return {
      id: 'sbom',
      status: 'missing',
      reason:
        "No SBOM is attached: none among the referrers (API or sha256-<hex> fallback tag) or under cosign's .sbom tag.",
      evidence,
    };
  }
  const good = found.find(f => f.parse.ok);
  const problems = found
    .filter(f => !f.parse.ok)
    .map(f => `${f.evidence.ref}: ${(f.parse as { reason: string }).reason}`);
  if (good && good.parse.ok) {
    const { facts } = good.parse;
    return {
      id: 'sbom',
      status: 'pass',
      reason: `${facts.format === 'spdx' ? '' : 'CycloneDX '}${
        facts.specVersion
      } with ${facts.componentCount} components; licences ${
        facts.licenses.join(', ') || 'none stated'
      }.${
        problems.length
          ? ` Also attached and not usable: ${problems.join('; ')}.`
          : ''
      }`,
      evidence,
      sbom: facts,
    };
  }
  const invalid = found.some(
    f => !f.parse.ok && (f.parse as { status: string }).status === 'invalid',
  );
  return {
    id: 'sbom',
    status: invalid ? 'invalid' : 'unknown',
    reason: `The attached SBOM cannot be used: ${problems.join('; ')}.`,
    evidence,
  };
}

/**
 * The provenance item: passes when one SLSA provenance statement is about
 * this version's manifest digest and names its builder; invalid when the
 * only ones found name another digest or are malformed; missing when none.
 * Attestations of other predicates (SBOMs, scans) do not count.
 *
 * @public
 */
export function provenanceItem(
  found: ReadonlyArray<CraArtifactRead<ProvenanceParse>>,
  readError?: string,
): CraItemVerdict {
  if (readError) return notRead('provenance', 'provenance', readError);
  const relevant = found.filter(
    f => f.parse.ok || f.parse.status !== 'not-provenance',
  );
  const evidence = relevant.map(f => f.evidence);
  if (relevant.length === 0) {
    return {
      id: 'provenance',
      status: 'missing',
      reason:
        "No SLSA provenance is attached: no in-toto attestation with a provenance predicate among the referrers or under cosign's .att tag.",
      evidence,
    };
  }
  const good = relevant.find(f => f.parse.ok);
  if (good && good.parse.ok) {
    const { facts } = good.parse;
    return {
      id: 'provenance',
      status: 'pass',
      reason: `Built by ${facts.builder} (${facts.predicateType}); the statement's subject is this version's manifest digest.`,
      evidence,
      provenance: facts,
    };
  }
  const problems = relevant.map(
    f => `${f.evidence.ref}: ${(f.parse as { reason: string }).reason}`,
  );
  const first = relevant.find(f => !f.parse.ok && f.parse.status === 'invalid');
  return {
    id: 'provenance',
    status: first ? 'invalid' : 'unknown',
    reason: `The attached provenance cannot be used: ${problems.join('; ')}.`,
    evidence,
    provenance:
      first && !first.parse.ok && first.parse.status === 'invalid'
        ? first.parse.facts
        : undefined,
  };
}

/**
 * The signature item. A signature is counted when one is attached; the
 * portal does not verify it against a key or a transparency log, and says so.
 *
 * @public
 */
export function signatureItem(
  signatures: readonly CraEvidence[],
  readError?: string,
): CraItemVerdict {
  if (readError) return notRead('signature', 'signature', readError);
  if (signatures.length === 0) {
    return {
      id: 'signature',
      status: 'missing',
      reason:
        "No signature is attached: no sigstore bundle or cosign signature among the referrers or under cosign's .sig tag.",
      evidence: [],
    };
  }
  return {
    id: 'signature',
    status: 'pass',
    reason: `${signatures.length} signature${
      signatures.length > 1 ? 's are' : ' is'
    } attached (present; the portal does not verify it against a key or transparency log).`,
    evidence: [...signatures],
  };
}
