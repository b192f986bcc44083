import { REDACTED, redactArgs, redactUrl } from './redaction';

describe('redactUrl', () => {
  it('removes userinfo, the query string and the fragment, and says what it removed', () => {
    expect(
      redactUrl('https://bot:s3cr3t@mcp.example.com/sse?api_key=abc123#x'),
    ).toEqual({
      url: 'https://mcp.example.com/sse',
      removed: ['userinfo', 'query', 'fragment'],
    });
  });

  it('leaves a clean URL exactly as written', () => {
    const url = 'https://api.githubcopilot.com/mcp/';
    expect(redactUrl(url)).toEqual({ url, removed: [] });
  });

  it('returns text that is not a URL unchanged', () => {
    expect(redactUrl('not a url')).toEqual({ url: 'not a url', removed: [] });
  });
});

describe('redactArgs', () => {
  it('redacts the values of credential options in both spellings and keeps the rest', () => {
    expect(
      redactArgs([
        'mcp-server-github',
        '--token',
        'abc',
        '--api-key=xyz',
        '--port',
        '8080',
        'GITHUB_PERSONAL_ACCESS_TOKEN=ghp_1234',
        '--verbose',
      ]),
    ).toEqual({
      args: [
        'mcp-server-github',
        '--token',
        REDACTED,
        `--api-key=${REDACTED}`,
        '--port',
        '8080',
        `GITHUB_PERSONAL_ACCESS_TOKEN=${REDACTED}`,
        '--verbose',
      ],
      redacted: 3,
    });
  });

  it('redacts bearer tokens, well-known token shapes and URL credentials', () => {
    const { args, redacted } = redactArgs([
      '-H',
      'Authorization: Bearer abc.def',
      'token is Bearer abc',
      'Bearer',
      'tok',
      `ghp_${'a'.repeat(36)}`,
      `sk-${'b'.repeat(40)}`,
      'https://u:p@db.example.com/x?key=1',
      'https://docs.example.com/',
    ]);
    expect(args).toEqual([
      '-H',
      `Authorization: ${REDACTED}`,
      `token is Bearer ${REDACTED}`,
      'Bearer',
      REDACTED,
      REDACTED,
      REDACTED,
      'https://db.example.com/x',
      'https://docs.example.com/',
    ]);
    expect(redacted).toBe(6);
  });

  it('does not take the next option for a secret value', () => {
    expect(redactArgs(['--password', '--port', '80']).args).toEqual([
      '--password',
      '--port',
      '80',
    ]);
  });
});
