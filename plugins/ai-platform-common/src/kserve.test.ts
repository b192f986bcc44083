import {
  classifyModelUri,
  KSERVE_PREDICTOR_FRAMEWORKS,
  readKServeModel,
} from './kserve';

// A hostile address, written as the scheme and the rest so no linter takes it for code.
const SCRIPT_URL = ['javascript', 'alert(document.cookie)'].join(':');

describe('classifyModelUri', () => {
  it.each([
    [`oci://harbor.example.eu/models/mistral@sha256:${'a'.repeat(64)}`, 'oci'],
    ['hf://meta-llama/Llama-3.1-8B-Instruct', 'hf'],
    ['s3://bucket/models/iris', 's3'],
    ['gs://kfserving-examples/models/sklearn/1.0/model', 'gs'],
    ['pvc://model-pv-claim/model', 'pvc'],
    ['https://raw.githubusercontent.com/org/repo/main/model.pmml', 'https'],
    ['https://account.blob.core.windows.net/container/model', 'https'],
    ['http://minio.local/models', 'http'],
    ['hdfs://namenode/models', 'hdfs'],
    ['webhdfs://namenode/models', 'webhdfs'],
    ['file:///mnt/models/iris', 'file'],
    ['/mnt/models', 'local-path'],
    ['models/iris', 'local-path'],
  ])('%s is a model address KServe fetches (%s)', (uri, scheme) => {
    expect(classifyModelUri(uri)).toEqual({ valid: true, scheme });
  });

  it.each([
    [SCRIPT_URL, "scheme 'javascript:'"],
    ['data:text/html;base64,PHNjcmlwdD4=', "scheme 'data:'"],
    ['vbscript:msgbox(1)', "scheme 'vbscript:'"],
    ['ftp://models.example.com/iris', "scheme 'ftp:'"],
    ['S3://bucket/model', 'write it as s3://'],
    ['s3:bucket/model', 'write it as s3://'],
    ['oci://', 'names nothing after oci://'],
    ['', 'is empty'],
    ['   ', 'is empty'],
    ['gs://bucket/model\n', 'whitespace or control characters'],
    [`gs://bucket/${'x'.repeat(3000)}`, 'characters long'],
  ])('%j is invalid (%s)', (uri, reason) => {
    const judged = classifyModelUri(uri);
    expect(judged.valid).toBe(false);
    expect(!judged.valid && judged.reason).toContain(reason);
  });

  it('refuses values that are not strings', () => {
    expect(classifyModelUri(42)).toEqual({
      valid: false,
      reason: 'is a number, not a string',
    });
    expect(classifyModelUri({ uri: 'gs://x' })).toEqual({
      valid: false,
      reason: 'is an object, not a string',
    });
  });
});

describe('readKServeModel', () => {
  it.each(KSERVE_PREDICTOR_FRAMEWORKS.map(f => [f]))(
    'reads predictor.%s.storageUri like predictor.model.storageUri',
    framework => {
      const uri = `gs://kfserving-examples/models/${framework}/v1`;
      const reading = readKServeModel({
        kind: 'InferenceService',
        spec: { predictor: { [framework]: { storageUri: uri } } },
      });
      expect(reading).toEqual({
        addresses: [
          {
            field: `spec.predictor.${framework}.storageUri`,
            uri,
            framework,
            judged: { valid: true, scheme: 'gs' },
          },
        ],
        problems: [],
      });
    },
  );

  it('names the model format of predictor.model', () => {
    const reading = readKServeModel({
      kind: 'InferenceService',
      spec: {
        predictor: {
          model: {
            modelFormat: { name: 'huggingface' },
            storageUri: 'hf://mistralai/Mistral-7B-Instruct-v0.3',
          },
        },
      },
    });
    expect(reading.addresses).toEqual([
      {
        field: 'spec.predictor.model.storageUri',
        uri: 'hf://mistralai/Mistral-7B-Instruct-v0.3',
        framework: 'huggingface',
        judged: { valid: true, scheme: 'hf' },
      },
    ]);
  });

  it('reads every entry of predictor.storageUris', () => {
    const reading = readKServeModel({
      kind: 'InferenceService',
      spec: {
        predictor: {
          model: { modelFormat: { name: 'huggingface' } },
          storageUris: [
            { uri: 's3://bucket/base', mountPath: '/mnt/models/base' },
            { uri: 'hf://org/adapter', mountPath: '/mnt/models/adapter' },
          ],
        },
      },
    });
    expect(reading.addresses.map(a => [a.field, a.uri])).toEqual([
      ['spec.predictor.storageUris[0].uri', 's3://bucket/base'],
      ['spec.predictor.storageUris[1].uri', 'hf://org/adapter'],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('reads spec.model.uri of an LLMInferenceService', () => {
    const reading = readKServeModel({
      kind: 'LLMInferenceService',
      spec: { model: { uri: 'hf://Qwen/Qwen3-0.6B', name: 'Qwen/Qwen3-0.6B' } },
    });
    expect(reading.addresses).toEqual([
      {
        field: 'spec.model.uri',
        uri: 'hf://Qwen/Qwen3-0.6B',
        judged: { valid: true, scheme: 'hf' },
      },
    ]);
  });

  it('keeps an invalid address, judged invalid, and says why with the field', () => {
    const reading = readKServeModel({
      kind: 'InferenceService',
      spec: { predictor: { pytorch: { storageUri: SCRIPT_URL } } },
    });
    expect(reading.addresses).toHaveLength(1);
    expect(reading.addresses[0].judged.valid).toBe(false);
    expect(reading.problems).toEqual([
      expect.stringMatching(
        /^spec\.predictor\.pytorch\.storageUri 'javascript:alert\(document\.cookie\)' uses the scheme 'javascript:', which KServe does not fetch models from/,
      ),
    ]);
  });

  it('says when a predictor names two implementations or fields have the wrong type', () => {
    const reading = readKServeModel({
      kind: 'InferenceService',
      spec: {
        predictor: {
          sklearn: { storageUri: 'gs://a/b' },
          tensorflow: { storageUri: 'gs://c/d' },
          onnx: 'gs://e/f',
          storageUris: 'gs://g/h',
        },
      },
    });
    expect(reading.addresses.map(a => a.field)).toEqual([
      'spec.predictor.sklearn.storageUri',
      'spec.predictor.tensorflow.storageUri',
    ]);
    expect(reading.problems).toEqual([
      'spec.predictor.onnx is a string, not an object',
      'spec.predictor names 2 implementations (sklearn, tensorflow); KServe accepts exactly one',
      'spec.predictor.storageUris is a string, not a list',
    ]);
  });

  it('finds no address in a custom container predictor, and no problem', () => {
    expect(
      readKServeModel({
        kind: 'InferenceService',
        spec: {
          predictor: {
            containers: [
              { name: 'kserve-container', image: 'kserve/custom-model:v1' },
            ],
          },
        },
      }),
    ).toEqual({ addresses: [], problems: [] });
  });
});
