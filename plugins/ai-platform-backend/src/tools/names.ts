import { NotFoundError } from '@backstage/errors';
import leven from 'leven';

/** The MCP actions backend names a tool `<pluginId>.<action name>`. */
export const TOOL_PREFIX = 'ai-platform.';

/** The name an MCP client sees for one of the plugin's actions. */
export function toolName(action: string): string {
  return `${TOOL_PREFIX}${action}`;
}

/** At most this many names are listed in one message. */
const MAX_LISTED = 12;

/**
 * The known names to show for a name that is not one of them: all of them
 * when they are few, otherwise the closest ones by edit distance.
 */
export function closestNames(
  value: string,
  known: readonly string[],
  max = MAX_LISTED,
): string[] {
  const names = [...new Set(known)].sort();
  if (names.length <= max) return names;
  const wanted = value.toLocaleLowerCase('en-US');
  return names
    .map(name => ({
      name,
      distance: name.toLocaleLowerCase('en-US').includes(wanted)
        ? 0
        : leven(wanted, name.toLocaleLowerCase('en-US')),
    }))
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, max)
    .map(n => n.name);
}

/**
 * A NotFoundError for a name that is not among the known ones, listing the
 * valid names (or the closest ones when there are many), so that a caller can
 * tell a typo from "nothing there".
 *
 * @param kind - what is named, e.g. `cluster`
 * @param hint - where the full list comes from, e.g. a tool name
 */
export function unknownName(
  kind: string,
  value: string,
  known: readonly string[],
  hint?: string,
): NotFoundError {
  const distinct = new Set(known).size;
  const listed = closestNames(value, known);
  let list = `the valid ${distinct === 1 ? 'one is' : 'ones are'} ${listed.join(
    ', ',
  )}`;
  if (distinct === 0) list = 'there is none at all';
  else if (listed.length < distinct) {
    list = `the closest of the ${distinct} valid ones are ${listed.join(', ')}`;
  }
  return new NotFoundError(
    `Unknown ${kind} '${value}'; ${list}${hint ? ` (${hint})` : ''}`,
  );
}

/** Throws {@link unknownName} unless `value` is empty or one of `known`. */
export function requireKnown(
  kind: string,
  value: string | undefined,
  known: readonly string[],
  hint?: string,
): void {
  if (value === undefined || value === '') return;
  if (!known.includes(value)) throw unknownName(kind, value, known, hint);
}
