/** ISO 3166-1 alpha-2 codes of the EU member states. */
const EU_MEMBERS = new Set(
  'AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK'.split(
    ' ',
  ),
);

/** Whether a cluster's jurisdiction satisfies a wanted one; `EU` is any member state. */
export function jurisdictionMatches(
  actual: string | undefined,
  wanted: string,
): boolean {
  if (!actual) return false;
  const a = actual.toUpperCase();
  const w = wanted.toUpperCase();
  return a === w || (w === 'EU' && EU_MEMBERS.has(a));
}
