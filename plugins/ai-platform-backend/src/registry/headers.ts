import { parse as parseAuthHeader } from 'auth-header';
import LinkHeader from 'http-link-header';

/** One authentication challenge of a `WWW-Authenticate` header. */
export interface Challenge {
  /** Lower case, e.g. `bearer` or `basic`. */
  scheme: string;
  params: Record<string, string>;
}

/**
 * Parses `WWW-Authenticate` header values, one challenge per value (as
 * registries send them). A value that does not parse is skipped: an odd
 * challenge must not hide a usable one.
 */
export function parseChallenges(values: string[]): Challenge[] {
  const challenges: Challenge[] = [];
  for (const value of values) {
    try {
      const { scheme, params } = parseAuthHeader(value.trim());
      const flat: Record<string, string> = {};
      for (const [key, param] of Object.entries(params)) {
        // A repeated parameter (several scopes) becomes one space-separated
        // value, which is how the token endpoint reads scopes anyway.
        flat[key.toLowerCase()] = Array.isArray(param)
          ? param.join(' ')
          : String(param);
      }
      challenges.push({ scheme: scheme.toLowerCase(), params: flat });
    } catch {
      // not a challenge we can read
    }
  }
  return challenges;
}

/**
 * The absolute URL of the `rel="next"` link of a `Link` header (RFC 8288),
 * resolved against the URL of the response; undefined when there is none.
 */
export function nextLink(
  header: string | null,
  responseUrl: string,
): string | undefined {
  if (!header) return undefined;
  try {
    const [next] = LinkHeader.parse(header).rel('next');
    return next ? new URL(next.uri, responseUrl).toString() : undefined;
  } catch {
    return undefined;
  }
}
