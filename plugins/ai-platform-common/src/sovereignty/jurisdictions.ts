/**
 * Jurisdiction codes: ISO 3166-1 alpha-2 country codes, plus `EU` for "any
 * member state of the European Union".
 */

/**
 * The ISO 3166-1 alpha-2 codes of the 27 member states of the European Union.
 *
 * @public
 */
export const EU_MEMBER_STATES: readonly string[] = Object.freeze([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
]);

/**
 * The jurisdiction value that stands for any EU member state.
 *
 * @public
 */
export const EU_JURISDICTION = 'EU';

const EU_MEMBER_SET = new Set(EU_MEMBER_STATES);

/**
 * Upper-cases and trims a jurisdiction code. The EU's own country code for
 * Greece, `EL`, is mapped to the ISO code `GR`, because EU documents (and
 * the people who copy from them into labels) use `EL`.
 *
 * @public
 */
export function normalizeJurisdiction(code: string): string {
  const upper = code.trim().toUpperCase();
  return upper === 'EL' ? 'GR' : upper;
}

/**
 * Whether a code is a well-formed jurisdiction value: two letters (ISO 3166-1
 * alpha-2) or `EU`. Whether the country exists is not checked.
 *
 * @public
 */
export function isJurisdictionCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(normalizeJurisdiction(code));
}

/**
 * Whether a code is an EU member state (or `EU` itself).
 *
 * @public
 */
export function isEuJurisdiction(code: string): boolean {
  const normalized = normalizeJurisdiction(code);
  return normalized === EU_JURISDICTION || EU_MEMBER_SET.has(normalized);
}

/**
 * Whether `actual` lies within `allowed`. `EU` in `allowed` covers every
 * member state and `EU` itself; a specific country in `allowed` does not
 * cover an `actual` of `EU`, because "somewhere in the EU" does not prove
 * "in that country".
 *
 * @public
 */
export function jurisdictionWithin(allowed: string, actual: string): boolean {
  const a = normalizeJurisdiction(allowed);
  const b = normalizeJurisdiction(actual);
  if (a === b) {
    return true;
  }
  return a === EU_JURISDICTION && EU_MEMBER_SET.has(b);
}

/**
 * The countries of a few well-known public cloud regions. Deliberately small:
 * it only lets the label resolution notice an obvious contradiction such as
 * jurisdiction `FR` with region `us-east-1`. Regions not listed here are
 * never reported as conflicting.
 *
 * @public
 */
export const WELL_KNOWN_REGION_COUNTRIES: Readonly<Record<string, string>> =
  Object.freeze({
    // AWS
    'us-east-1': 'US',
    'us-east-2': 'US',
    'us-west-2': 'US',
    'eu-central-1': 'DE',
    'eu-west-1': 'IE',
    'eu-west-2': 'GB',
    'eu-west-3': 'FR',
    'eu-north-1': 'SE',
    // Google Cloud
    'us-central1': 'US',
    'europe-west1': 'BE',
    'europe-west3': 'DE',
    'europe-west9': 'FR',
    // Azure
    eastus: 'US',
    westeurope: 'NL',
    francecentral: 'FR',
    germanywestcentral: 'DE',
  });

/**
 * The country of a well-known cloud region, or undefined when the region is
 * not in {@link WELL_KNOWN_REGION_COUNTRIES}.
 *
 * @public
 */
export function wellKnownRegionCountry(region: string): string | undefined {
  return WELL_KNOWN_REGION_COUNTRIES[region.trim().toLowerCase()];
}
