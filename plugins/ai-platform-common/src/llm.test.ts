import { classifyLlm } from './llm';

describe('classifyLlm', () => {
  it.each([
    [
      'a 24B safetensors transformer',
      {
        architecture: 'transformer',
        format: 'safetensors',
        parameterCount: 24e9,
        parameterSize: '24b',
      },
      true,
    ],
    [
      'a Kitfile 7.2B safetensors model (no architecture)',
      { format: 'safetensors', parameterCount: 7.2e9, parameterSize: '7.2b' },
      true,
    ],
    ['any gguf model', { format: 'GGUF' }, true],
    [
      'a large CNN',
      { architecture: 'cnn', format: 'safetensors', parameterCount: 2e9 },
      false,
    ],
    [
      'a small transformer',
      {
        architecture: 'transformer',
        format: 'safetensors',
        parameterCount: 1.1e8,
      },
      false,
    ],
    ['an onnx model', { format: 'onnx', parameterCount: 3e9 }, false],
    ['an unsized model', { format: 'safetensors' }, false],
  ])('%s: llm is %s', (_name, metadata, llm) => {
    const result = classifyLlm(metadata);
    expect(result.llm).toBe(llm);
    expect(result.reason).not.toBe('');
  });

  it('says why in a sentence', () => {
    expect(
      classifyLlm({
        architecture: 'transformer',
        format: 'safetensors',
        parameterCount: 24e9,
        parameterSize: '24b',
      }).reason,
    ).toBe('it has 24b parameters in safetensors (transformer)');
  });
});
