import { formatBytes, parseModelRef, shortDigest } from './modelFormat';

describe('modelFormat', () => {
  it('shortens digests and formats sizes in binary units', () => {
    expect(shortDigest(`sha256:${'ab'.repeat(32)}`)).toBe(
      'sha256:abababababab',
    );
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.50 KiB');
    expect(formatBytes(-2048)).toBe('-2.00 KiB');
  });

  it('splits the repository annotation at the first slash', () => {
    expect(parseModelRef('local/models/llama')).toEqual({
      registry: 'local',
      repository: 'models/llama',
    });
    expect(parseModelRef('local')).toBeUndefined();
  });
});
