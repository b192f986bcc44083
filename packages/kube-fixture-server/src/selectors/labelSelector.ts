import { statusErrors } from '../errors';

/** Decides whether an object's labels (or fields) match a selector. */
export type Matcher = (values: Record<string, string | undefined>) => boolean;

const KEY =
  /^([a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?\/)?[a-z0-9A-Z]([-a-z0-9A-Z_.]*[a-z0-9A-Z])?$/;

/**
 * Parses a `labelSelector` query parameter with the operators kube-apiserver
 * accepts for equality and set-based requirements: `=`, `==`, `!=`, `in`,
 * `notin`, `key` (exists) and `!key` (does not exist). Requirements are
 * ANDed. Throws a 400 `StatusError` that says what could not be parsed.
 */
export function parseLabelSelector(selector: string | undefined): Matcher {
  const requirements = splitRequirements(selector ?? '').map(parseRequirement);
  return labels => requirements.every(matches => matches(labels));
}

function splitRequirements(selector: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of selector) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.map(p => p.trim()).filter(p => p !== '');
}

function parseRequirement(text: string): Matcher {
  const set = /^(\S+)\s+(in|notin)\s*\((.*)\)$/.exec(text);
  if (set) {
    const [, key, op, list] = set;
    const values = new Set(list.split(',').map(v => v.trim()));
    checkKey(key, text);
    return op === 'in'
      ? labels => labels[key] !== undefined && values.has(labels[key]!)
      : labels => labels[key] === undefined || !values.has(labels[key]!);
  }
  const equality = /^([^=!\s]+)\s*(==|=|!=)\s*(.*)$/.exec(text);
  if (equality) {
    const [, key, op, value] = equality;
    checkKey(key, text);
    return op === '!='
      ? labels => labels[key] !== value
      : labels => labels[key] === value;
  }
  const exists = /^(!?)\s*([^=!\s()]+)$/.exec(text);
  if (exists) {
    const [, not, key] = exists;
    checkKey(key, text);
    return not
      ? labels => labels[key] === undefined
      : labels => labels[key] !== undefined;
  }
  throw statusErrors.badRequest(
    `unable to parse requirement: found '${text}', expected: in, notin, =, ==, !=, exists or !exists`,
  );
}

function checkKey(key: string, text: string) {
  if (!KEY.test(key)) {
    throw statusErrors.badRequest(
      `unable to parse requirement: invalid label key "${key}" in '${text}'`,
    );
  }
}
