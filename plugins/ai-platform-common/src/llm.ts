import type { ModelMetadata } from './models';

/**
 * Whether a model version is served as a large language model, and why.
 *
 * @public
 */
export interface LlmClassification {
  llm: boolean;
  /** The rule that decided, as a sentence. */
  reason: string;
}

/** Weight formats a generative LLM runtime (vLLM, llama.cpp) loads. */
const LLM_WEIGHT_FORMATS = new Set(['safetensors', 'gguf', 'pt', 'pytorch']);

/**
 * From this many parameters on, a transformer is served as an LLM.
 *
 * @public
 */
export const LLM_MIN_PARAMETERS = 1e9;

/**
 * Decides from a version's ModelPack config or Kitfile whether it is an LLM
 * (served by KServe's `LLMInferenceService`) or a predictive model (served
 * by an `InferenceService` with a model format). The rule, in order:
 *
 * 1. format `gguf`: an LLM (the format exists for llama.cpp LLMs);
 * 2. an `architecture` other than `transformer` (cnn, rnn, ...): not an LLM;
 * 3. at least {@link LLM_MIN_PARAMETERS} parameters in a format an LLM
 *    runtime loads (safetensors, pt): an LLM. KitOps Kitfiles state no
 *    architecture, so for them this is the rule that decides;
 * 4. anything else (onnx, sklearn, small or unsized models): not an LLM.
 *
 * @public
 */
export function classifyLlm(
  metadata: Pick<
    ModelMetadata,
    'architecture' | 'format' | 'parameterCount' | 'parameterSize'
  >,
): LlmClassification {
  const format = metadata.format?.trim().toLowerCase();
  const architecture = metadata.architecture?.trim().toLowerCase();
  if (format === 'gguf') {
    return { llm: true, reason: 'its weights are in the gguf format' };
  }
  if (architecture && architecture !== 'transformer') {
    return {
      llm: false,
      reason: `its architecture is ${architecture}, not transformer`,
    };
  }
  const size = metadata.parameterSize ?? `${metadata.parameterCount}`;
  if (
    metadata.parameterCount !== undefined &&
    metadata.parameterCount >= LLM_MIN_PARAMETERS &&
    format &&
    LLM_WEIGHT_FORMATS.has(format)
  ) {
    return {
      llm: true,
      reason: `it has ${size} parameters in ${format}${
        architecture ? ` (${architecture})` : ''
      }`,
    };
  }
  return {
    llm: false,
    reason:
      metadata.parameterCount === undefined
        ? 'it states no parameter size'
        : `it has ${size} parameters in ${format ?? 'an unstated format'}`,
  };
}
