/**
 * What may leave the cluster layer: URLs and process arguments read from
 * tenant objects reach the catalog, the pages and agents over MCP, which
 * everybody signed in can read. Credentials in them are removed here, once,
 * for every reader.
 */

/**
 * The text that stands for a removed secret.
 *
 * @public
 */
export const REDACTED = '[redacted]';

/**
 * A URL without its userinfo (`user:password@`), query string and fragment,
 * where API keys and tokens travel (`?api_key=`), and what was removed.
 * A text that is not an absolute URL is returned unchanged.
 *
 * @public
 */
export function redactUrl(text: string): { url: string; removed: string[] } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { url: text, removed: [] };
  }
  const removed: string[] = [];
  if (url.username || url.password) {
    removed.push('userinfo');
    url.username = '';
    url.password = '';
  }
  if (url.search) {
    removed.push('query');
    url.search = '';
  }
  if (url.hash) {
    removed.push('fragment');
    url.hash = '';
  }
  return { url: removed.length ? url.toString() : text, removed };
}

// An option or variable whose name says it holds a credential.
const SECRET_NAME =
  /(pass(word|wd)?|secret|token|api[-_]?key|apikey|access[-_]?key|private[-_]?key|credential|auth(orization)?|bearer|session|cookie|signature)/i;
// A value that is a credential whatever its name: well-known token shapes.
const SECRET_VALUE = [
  /^gh[pousr]_[A-Za-z0-9]{20,}$/, // GitHub tokens
  /^github_pat_[A-Za-z0-9_]{20,}$/,
  /^sk-[A-Za-z0-9_-]{16,}$/, // OpenAI-style API keys
  /^xox[abprs]-[A-Za-z0-9-]{10,}$/, // Slack tokens
  /^AKIA[0-9A-Z]{16}$/, // AWS access key ids
  /^eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/, // JWTs
];

const looksSecret = (value: string) => SECRET_VALUE.some(re => re.test(value));

/**
 * Process arguments with the values of credential-looking options
 * (`--token=x`, `--api-key x`, `PASSWORD=x`, `X-Api-Key: x`, `Bearer x`),
 * well-known token
 * shapes and URL credentials replaced by {@link REDACTED}; how many values
 * were replaced.
 *
 * @public
 */
export function redactArgs(args: readonly string[]): {
  args: string[];
  redacted: number;
} {
  const out: string[] = [];
  let redacted = 0;
  let nextIsSecret = false;
  for (const arg of args) {
    if (nextIsSecret) {
      nextIsSecret = false;
      if (!arg.startsWith('-')) {
        out.push(REDACTED);
        redacted++;
        continue;
      }
    }
    const assignment = /^(-{0,2}[A-Za-z][\w.-]*)=(.*)$/s.exec(arg);
    if (assignment && SECRET_NAME.test(assignment[1]) && assignment[2]) {
      out.push(`${assignment[1]}=${REDACTED}`);
      redacted++;
      continue;
    }
    if (/^-{1,2}[A-Za-z][\w.-]*$/.test(arg) && SECRET_NAME.test(arg)) {
      out.push(arg);
      nextIsSecret = true;
      continue;
    }
    if (/^bearer$/i.test(arg)) {
      out.push(arg);
      nextIsSecret = true;
      continue;
    }
    const header = /^([A-Za-z][\w-]*):\s+\S/.exec(arg);
    if (header && SECRET_NAME.test(header[1])) {
      out.push(`${header[1]}: ${REDACTED}`);
      redacted++;
      continue;
    }
    const bearer = /^(.*\bbearer\s+)\S+$/i.exec(arg);
    if (bearer) {
      out.push(`${bearer[1]}${REDACTED}`);
      redacted++;
      continue;
    }
    if (looksSecret(arg)) {
      out.push(REDACTED);
      redacted++;
      continue;
    }
    const { url, removed } = redactUrl(arg);
    if (removed.includes('userinfo') || removed.includes('query')) {
      out.push(url);
      redacted++;
      continue;
    }
    out.push(arg);
  }
  return { args: out, redacted };
}
