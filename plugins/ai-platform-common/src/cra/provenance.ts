/**
 * Reads build provenance attestations: an in-toto statement with a SLSA
 * predicate, bare or in a DSSE envelope, or in a sigstore bundle (as
 * `cosign attest` and the SLSA generators write them), and checks that its
 * subject is the artifact it is attached to.
 */

import type { CraProvenanceFacts } from './types';

/**
 * SLSA provenance predicate types that are read.
 *
 * @public
 */
export const SLSA_PROVENANCE_PREDICATES = [
  'https://slsa.dev/provenance/v1',
  'https://slsa.dev/provenance/v0.2',
] as const;

const STATEMENT_TYPES = [
  'https://in-toto.io/Statement/v1',
  'https://in-toto.io/Statement/v0.1',
];
const IN_TOTO_PAYLOAD = 'application/vnd.in-toto+json';

/**
 * The answer of {@link parseProvenance}. `not-provenance` is an attestation
 * of another predicate (an SBOM, a vulnerability scan).
 *
 * @public
 */
export type ProvenanceParse =
  | { ok: true; facts: CraProvenanceFacts }
  | { ok: false; status: 'invalid'; reason: string; facts?: CraProvenanceFacts }
  | { ok: false; status: 'not-provenance'; predicateType: string };

type Json = Record<string, any>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;

function invalid(reason: string, facts?: CraProvenanceFacts): ProvenanceParse {
  return { ok: false, status: 'invalid', reason, facts };
}

/** Base64 to UTF-8 text, in browsers and Node.js alike. */
function decodeBase64(value: string): string {
  const binary = atob(value);
  const bytes = Uint8Array.from(binary, c => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}

/** The statement inside a bundle or envelope, or why there is none. */
function statementOf(doc: Json): Json | string {
  const envelope = isObject(doc.dsseEnvelope) ? doc.dsseEnvelope : doc;
  if (envelope._type !== undefined) return envelope;
  if (typeof envelope.payload !== 'string') {
    return 'it is neither an in-toto statement nor a DSSE envelope with a payload';
  }
  if (envelope.payloadType !== IN_TOTO_PAYLOAD) {
    return `the DSSE payloadType is ${JSON.stringify(
      envelope.payloadType,
    )}, not ${IN_TOTO_PAYLOAD}`;
  }
  const signatures = Array.isArray(envelope.signatures)
    ? envelope.signatures.filter((s: unknown) => isObject(s) && text(s.sig))
    : [];
  if (signatures.length === 0) {
    return 'the DSSE envelope carries no signature';
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(decodeBase64(envelope.payload));
  } catch (error) {
    return `the DSSE payload is not base64-encoded JSON (${
      (error as Error).message
    })`;
  }
  return isObject(decoded) ? decoded : 'the DSSE payload is not a JSON object';
}

/** `sha256:<hex>` of each subject digest, for the algorithms OCI uses. */
function subjectDigests(subjects: unknown): string[] {
  if (!Array.isArray(subjects)) return [];
  return subjects.flatMap(subject => {
    const digest = isObject(subject) ? subject.digest : undefined;
    if (!isObject(digest)) return [];
    return ['sha256', 'sha512']
      .filter(alg => typeof digest[alg] === 'string')
      .map(alg => `${alg}:${String(digest[alg]).toLowerCase()}`);
  });
}

/**
 * Parses a provenance attestation and checks it is about `expectedDigest`
 * (the manifest digest of the version it is attached to). A statement that
 * names other digests, names no builder, or cannot be decoded is invalid,
 * with the reason.
 *
 * @public
 */
export function parseProvenance(
  content: string,
  expectedDigest: string,
): ProvenanceParse {
  let doc: unknown;
  try {
    doc = JSON.parse(content);
  } catch (error) {
    return invalid(
      `the attestation is not valid JSON (${(error as Error).message})`,
    );
  }
  if (!isObject(doc)) return invalid('the attestation is not a JSON object');
  const statement = statementOf(doc);
  if (typeof statement === 'string') return invalid(statement);
  if (!STATEMENT_TYPES.includes(statement._type)) {
    return invalid(
      `the statement's _type is ${JSON.stringify(
        statement._type,
      )}, not an in-toto statement`,
    );
  }
  const predicateType = text(statement.predicateType) ?? '';
  if (
    !(SLSA_PROVENANCE_PREDICATES as readonly string[]).includes(predicateType)
  ) {
    return { ok: false, status: 'not-provenance', predicateType };
  }
  const predicate = isObject(statement.predicate) ? statement.predicate : {};
  const v1 = predicateType === SLSA_PROVENANCE_PREDICATES[0];
  const facts: CraProvenanceFacts = {
    predicateType,
    builder: text(
      v1 ? predicate.runDetails?.builder?.id : predicate.builder?.id,
    ),
    buildType: text(
      v1 ? predicate.buildDefinition?.buildType : predicate.buildType,
    ),
    subjectDigests: subjectDigests(statement.subject),
  };
  if (facts.subjectDigests.length === 0) {
    return invalid('the statement names no subject digest', facts);
  }
  if (!facts.subjectDigests.includes(expectedDigest.toLowerCase())) {
    return invalid(
      `the statement's subject is ${facts.subjectDigests.join(
        ', ',
      )}, not this version's manifest digest ${expectedDigest}`,
      facts,
    );
  }
  if (!facts.builder) {
    return invalid('the provenance names no builder id', facts);
  }
  return { ok: true, facts };
}
