/**
 * Reads SBOM documents (SPDX 2.x JSON, CycloneDX 1.x JSON) far enough to
 * tell whether they are usable evidence: the format, its version, how many
 * components they list and under which licences.
 */

import type { CraSbomFacts } from './types';

/**
 * The answer of {@link parseSbom}: the facts, or why the document is not
 * usable (`invalid`) or could not be judged (`unknown`).
 *
 * @public
 */
export type SbomParse =
  | { ok: true; facts: CraSbomFacts }
  | { ok: false; status: 'invalid' | 'unknown'; reason: string };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.trim() : undefined;

/** Values SPDX uses for "no licence information". */
const NO_LICENSE = new Set(['NOASSERTION', 'NONE']);

function sorted(values: Iterable<string | undefined>): string[] {
  return [...new Set([...values].filter((v): v is string => !!v))].sort();
}

function spdxFacts(doc: Json): SbomParse {
  const version = text(doc.spdxVersion);
  if (!version || !/^SPDX-2\.\d+$/.test(version)) {
    return {
      ok: false,
      status: 'invalid',
      reason: `spdxVersion is ${JSON.stringify(
        doc.spdxVersion,
      )}, not SPDX-2.x (SPDX 3 JSON-LD is not read yet)`,
    };
  }
  if (doc.SPDXID !== 'SPDXRef-DOCUMENT') {
    return {
      ok: false,
      status: 'invalid',
      reason: `the document's SPDXID is ${JSON.stringify(
        doc.SPDXID,
      )}, not SPDXRef-DOCUMENT`,
    };
  }
  if (doc.packages !== undefined && !Array.isArray(doc.packages)) {
    return { ok: false, status: 'invalid', reason: 'packages is not a list' };
  }
  const packages = list(doc.packages).filter(isObject);
  const licenses = sorted(
    packages
      .flatMap(p => [text(p.licenseDeclared), text(p.licenseConcluded)])
      .filter(l => !l || !NO_LICENSE.has(l)),
  );
  return {
    ok: true,
    facts: {
      format: 'spdx',
      specVersion: version,
      componentCount: packages.length,
      licenses,
    },
  };
}

/** Every component of a CycloneDX BOM, nested ones included. */
function cdxComponents(components: unknown): Json[] {
  return list(components)
    .filter(isObject)
    .flatMap(c => [c, ...cdxComponents(c.components)]);
}

function cdxLicenses(component: Json): Array<string | undefined> {
  return list(component.licenses)
    .filter(isObject)
    .map(entry => {
      if (text(entry.expression)) return text(entry.expression);
      const license = isObject(entry.license) ? entry.license : {};
      return text(license.id) ?? text(license.name);
    });
}

function cycloneDxFacts(doc: Json): SbomParse {
  const version = text(doc.specVersion);
  if (!version || !/^1\.\d+$/.test(version)) {
    return {
      ok: false,
      status: 'invalid',
      reason: `specVersion is ${JSON.stringify(
        doc.specVersion,
      )}, not a CycloneDX 1.x version`,
    };
  }
  if (doc.components !== undefined && !Array.isArray(doc.components)) {
    return { ok: false, status: 'invalid', reason: 'components is not a list' };
  }
  const metadata = isObject(doc.metadata) ? doc.metadata : {};
  const all = [
    ...(isObject(metadata.component) ? [metadata.component] : []),
    ...cdxComponents(doc.components),
  ];
  return {
    ok: true,
    facts: {
      format: 'cyclonedx',
      specVersion: version,
      componentCount: all.length,
      licenses: sorted(all.flatMap(cdxLicenses)),
    },
  };
}

const FORMAT_NAMES = { spdx: 'SPDX', cyclonedx: 'CycloneDX' } as const;

/**
 * Parses an SBOM document. `declared` is the format its media type or
 * predicate type claims; a document of another format is invalid. An SBOM
 * that lists no component is invalid too: the CRA asks for at least the
 * top-level dependencies (Annex I Part II (1)).
 *
 * @public
 */
export function parseSbom(
  content: string,
  declared?: 'spdx' | 'cyclonedx',
): SbomParse {
  const trimmed = content.trim();
  if (trimmed.startsWith('<')) {
    return {
      ok: false,
      status: 'unknown',
      reason: 'the SBOM is XML, which is not read; publish it as JSON',
    };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(trimmed);
  } catch (error) {
    return {
      ok: false,
      status: 'invalid',
      reason: `the SBOM is not valid JSON (${(error as Error).message})`,
    };
  }
  if (!isObject(doc)) {
    return {
      ok: false,
      status: 'invalid',
      reason: 'the SBOM is not a JSON object',
    };
  }
  let format: 'spdx' | 'cyclonedx' | undefined;
  if (doc.spdxVersion !== undefined) format = 'spdx';
  else if (doc.bomFormat === 'CycloneDX') format = 'cyclonedx';
  if (!format) {
    return {
      ok: false,
      status: 'invalid',
      reason:
        'the document is neither SPDX (spdxVersion) nor CycloneDX (bomFormat)',
    };
  }
  if (declared && declared !== format) {
    return {
      ok: false,
      status: 'invalid',
      reason: `the artifact is declared ${FORMAT_NAMES[declared]} but the document is ${FORMAT_NAMES[format]}`,
    };
  }
  const parsed = format === 'spdx' ? spdxFacts(doc) : cycloneDxFacts(doc);
  if (parsed.ok && parsed.facts.componentCount === 0) {
    return {
      ok: false,
      status: 'invalid',
      reason: `the ${FORMAT_NAMES[format]} document lists no components`,
    };
  }
  return parsed;
}
