import { closestNames, requireKnown, unknownName } from './names';

describe('unknownName', () => {
  it('lists every valid name when there are few', () => {
    expect(unknownName('cluster', 'mars', ['b', 'a']).message).toBe(
      "Unknown cluster 'mars'; the valid ones are a, b",
    );
    expect(unknownName('registry', 'x', ['only']).message).toBe(
      "Unknown registry 'x'; the valid one is only",
    );
    expect(unknownName('team', 'x', []).message).toBe(
      "Unknown team 'x'; there is none at all",
    );
    expect(unknownName('cluster', 'x', ['a']).name).toBe('NotFoundError');
  });

  it('lists the closest names when there are many', () => {
    const known = Array.from({ length: 40 }, (_, i) => `cluster-${i}`);
    known.push('eu-sovereign-fra');
    const message = unknownName('cluster', 'eu-sovreign-fra', known).message;
    expect(message).toMatch(
      /^Unknown cluster 'eu-sovreign-fra'; the closest of the 41 valid ones are eu-sovereign-fra, /,
    );
    expect(closestNames('eu-sovreign-fra', known)).toHaveLength(12);
  });

  it('lets a known name or no name through', () => {
    expect(() => requireKnown('cluster', 'a', ['a'])).not.toThrow();
    expect(() => requireKnown('cluster', undefined, ['a'])).not.toThrow();
    expect(() => requireKnown('cluster', 'b', ['a'], 'hint')).toThrow(
      "Unknown cluster 'b'; the valid one is a (hint)",
    );
  });
});
