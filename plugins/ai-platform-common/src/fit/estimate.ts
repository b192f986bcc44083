import { bytesPerParameter } from './precision';
import { defaultGpuProfiles, GpuProfile } from './profiles';

const GIB = 1024 ** 3;

/**
 * What a memory estimate needs. Architecture figures are optional: without
 * them the KV cache cannot be sized and the 20 % rule stands in for it.
 *
 * @public
 */
export interface ModelFitInput {
  parameterCount: number;
  /** ModelPack precision, e.g. `bfloat16`, `float8_e4m3`, `int4`. */
  precision?: string;
  /** e.g. `q4_k_m`, `awq`, `fp8`: wins over precision when it implies a width. */
  quantization?: string;
  /** Tokens of context per sequence, e.g. 8192. */
  contextLength?: number;
  /** Sequences served at once. Default 1 when a context length is given. */
  concurrency?: number;
  /** Transformer shape, for the KV cache (HF `config.json` names in brackets). */
  architecture?: {
    /** `num_hidden_layers` */
    layers: number;
    /** `num_key_value_heads` (or `num_attention_heads` without GQA) */
    kvHeads: number;
    /** `head_dim` (or `hidden_size / num_attention_heads`) */
    headDim: number;
  };
  /** Bytes per KV cache element. Default 2 (fp16/bf16 cache). */
  kvCacheBytes?: number;
}

/**
 * The memory a model needs to serve, and how it was worked out.
 *
 * @public
 */
export interface ModelMemoryEstimate {
  bytesPerParameter: number;
  weightsGiB: number;
  /** KV cache for contextLength x concurrency; absent when it could not be sized. */
  kvCacheGiB?: number;
  /** Activations, CUDA context and runtime buffers (or, by the rule, KV cache too). */
  overheadGiB: number;
  totalGiB: number;
  /** `weights-x1.2` (AI Runway's rule) or `weights+kv-cache`. */
  method: 'weights-x1.2' | 'weights+kv-cache';
  /** Sentences saying what was assumed. */
  assumptions: string[];
}

/**
 * How well a model fits a profile: `comfortable` at most 80 % of its memory,
 * `tight` above 80 % and up to 100 %, `does-not-fit` beyond.
 *
 * @public
 */
export type FitTier = 'comfortable' | 'tight' | 'does-not-fit';

/**
 * One profile judged.
 *
 * @public
 */
export interface GpuProfileFit extends GpuProfile {
  /** Needed memory over the profile's memory, e.g. 0.62. */
  utilization: number;
  tier: FitTier;
}

/**
 * The answer of {@link fitModel}.
 *
 * @public
 */
export interface ModelFit {
  estimate: ModelMemoryEstimate;
  /** Every profile, those that fit first, smallest memory first. */
  profiles: GpuProfileFit[];
  /** The smallest profile it fits comfortably on, if any. */
  recommended?: GpuProfileFit;
}

/** Memory a runtime reserves beyond weights and KV cache, as a share of the weights. */
const RUNTIME_OVERHEAD = 0.1;
/** AI Runway's rule: "20% overhead for KV cache, activations". */
const RULE_OVERHEAD = 0.2;
const COMFORTABLE = 0.8;

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Estimates the GPU memory a model needs to serve.
 *
 * Weights are `parameterCount x bytesPerParameter(precision)`. With a context
 * length and the transformer shape, the KV cache is sized as AI Runway's
 * estimator does (`backend/src/services/gpuPerformance.ts`):
 * `contextLength x 2 (K and V) x layers x kvHeads x headDim x kvCacheBytes`
 * per sequence, times `concurrency`, plus 10 % of the weights for
 * activations and runtime buffers (our assumption). Without them the
 * estimate is AI Runway's rule (`gpuValidation.ts`): weights x 1.2, "20%
 * overhead for KV cache, activations". Sizes are GiB (1024^3 bytes), as
 * GPU memory is quoted.
 *
 * @throws Error when the parameter count is not positive or no byte width
 * can be told from the precision and quantization.
 * @public
 */
export function estimateModelMemory(input: ModelFitInput): ModelMemoryEstimate {
  const { parameterCount } = input;
  if (!Number.isFinite(parameterCount) || parameterCount <= 0) {
    throw new Error(
      `the parameter count must be a positive number, got ${parameterCount}`,
    );
  }
  const bytes = bytesPerParameter(input.precision, input.quantization);
  if (bytes === undefined) {
    throw new Error(
      `the precision '${input.precision ?? ''}'${
        input.quantization ? ` and quantization '${input.quantization}'` : ''
      } give no known byte width; use e.g. float32, bfloat16, float8_e4m3, int8 or int4`,
    );
  }
  const weightsGiB = (parameterCount * bytes) / GIB;
  const assumptions: string[] = [];
  const { contextLength, architecture } = input;
  if (contextLength !== undefined && architecture) {
    const concurrency = input.concurrency ?? 1;
    for (const [name, value] of Object.entries({
      contextLength,
      concurrency,
      ...architecture,
    })) {
      if (!Number.isInteger(value) || value <= 0) {
        throw new Error(`${name} must be a positive integer, got ${value}`);
      }
    }
    const kvBytes = input.kvCacheBytes ?? 2;
    const perSequence =
      contextLength *
      2 *
      architecture.layers *
      architecture.kvHeads *
      architecture.headDim *
      kvBytes;
    const kvCacheGiB = (perSequence * concurrency) / GIB;
    const overheadGiB = weightsGiB * RUNTIME_OVERHEAD;
    assumptions.push(
      `KV cache for ${concurrency} x ${contextLength} tokens at ${kvBytes} bytes per element; 10 % of the weights for activations and runtime buffers`,
    );
    return {
      bytesPerParameter: bytes,
      weightsGiB: round(weightsGiB),
      kvCacheGiB: round(kvCacheGiB),
      overheadGiB: round(overheadGiB),
      totalGiB: round(weightsGiB + kvCacheGiB + overheadGiB),
      method: 'weights+kv-cache',
      assumptions,
    };
  }
  if (contextLength !== undefined) {
    assumptions.push(
      'the context length was given without the layer, KV head and head size figures, so the KV cache could not be sized; the 20 % rule covers it',
    );
  }
  assumptions.push(
    'weights x 1.2: 20 % for KV cache and activations (AI Runway rule)',
  );
  const overheadGiB = weightsGiB * RULE_OVERHEAD;
  return {
    bytesPerParameter: bytes,
    weightsGiB: round(weightsGiB),
    overheadGiB: round(overheadGiB),
    totalGiB: round(weightsGiB + overheadGiB),
    method: 'weights-x1.2',
    assumptions,
  };
}

/**
 * The tier of a utilization (needed / available).
 *
 * @public
 */
export function fitTier(utilization: number): FitTier {
  if (utilization <= COMFORTABLE) return 'comfortable';
  if (utilization <= 1) return 'tight';
  return 'does-not-fit';
}

const TIER_ORDER: Record<FitTier, number> = {
  comfortable: 0,
  tight: 1,
  'does-not-fit': 2,
};

/**
 * Which GPU profiles a model fits on, with tiers (tiers after AI Runway's
 * `GpuFitIndicator`, whose 60 % and 80 % steps are merged into one
 * `comfortable`). Multi-GPU profiles count their memory together, as tensor
 * parallelism splits the weights and the KV cache across GPUs.
 *
 * @public
 */
export function fitModel(
  input: ModelFitInput,
  profiles: readonly GpuProfile[] = defaultGpuProfiles(),
): ModelFit {
  const estimate = estimateModelMemory(input);
  const judged = profiles
    .map(profile => {
      const utilization = round(estimate.totalGiB / profile.memoryGiB);
      return { ...profile, utilization, tier: fitTier(utilization) };
    })
    .sort(
      (a, b) =>
        TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
        a.memoryGiB - b.memoryGiB ||
        // At equal memory a whole GPU before a full-size MIG slice, fewer GPUs first.
        Number(Boolean(a.migProfile)) - Number(Boolean(b.migProfile)) ||
        a.count - b.count,
    );
  const recommended = judged.find(p => p.tier === 'comfortable');
  return {
    estimate,
    profiles: judged,
    ...(recommended ? { recommended } : {}),
  };
}
