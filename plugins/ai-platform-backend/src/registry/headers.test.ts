import { nextLink, parseChallenges } from './headers';

describe('parseChallenges', () => {
  it('reads the bearer challenge of Docker Hub', () => {
    expect(
      parseChallenges([
        'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:library/ubuntu:pull"',
      ]),
    ).toEqual([
      {
        scheme: 'bearer',
        params: {
          realm: 'https://auth.docker.io/token',
          service: 'registry.docker.io',
          scope: 'repository:library/ubuntu:pull',
        },
      },
    ]);
  });

  it('reads a basic challenge and a scope with several actions', () => {
    expect(
      parseChallenges([
        'Basic realm="basic-realm"',
        'Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:org/model:pull,push"',
      ]),
    ).toEqual([
      { scheme: 'basic', params: { realm: 'basic-realm' } },
      {
        scheme: 'bearer',
        params: {
          realm: 'https://ghcr.io/token',
          service: 'ghcr.io',
          scope: 'repository:org/model:pull,push',
        },
      },
    ]);
  });

  it('skips a value that is not a challenge', () => {
    expect(parseChallenges(['', 'Basic realm="r"'])).toEqual([
      { scheme: 'basic', params: { realm: 'r' } },
    ]);
  });
});

describe('nextLink', () => {
  const base = 'http://127.0.0.1:5000/v2/models/x/tags/list?n=2';

  it('resolves a relative next link against the response URL', () => {
    expect(
      nextLink('</v2/models/x/tags/list?last=b&n=2>; rel="next"', base),
    ).toBe('http://127.0.0.1:5000/v2/models/x/tags/list?last=b&n=2');
  });

  it('finds next among other relations', () => {
    expect(
      nextLink(
        '<https://r.example/v2/a?p=1>; rel="prev", <https://r.example/v2/a?p=3>; rel="next"',
        base,
      ),
    ).toBe('https://r.example/v2/a?p=3');
  });

  it('answers undefined without a next link', () => {
    expect(nextLink(null, base)).toBeUndefined();
    expect(nextLink('<x>; rel="prev"', base)).toBeUndefined();
  });
});
