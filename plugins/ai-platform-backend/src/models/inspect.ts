import { readKServeModel } from '@ai-platform/backstage-plugin-ai-platform-common';
import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';

/**
 * What the model readers cannot use in a KServe object: a model address
 * KServe cannot fetch from (`javascript:`, `ftp://`, a number), a predictor
 * naming more than one implementation, fields of the wrong type. The cluster
 * layer logs each once per object version and lists it in the cluster's
 * health; model deployments, hygiene and cost read the same addresses
 * through readKServeModel and leave the invalid ones out.
 */
export const MODEL_INSPECTORS: Record<string, (o: CachedObject) => string[]> = {
  'serving.kserve.io/InferenceService': o => readKServeModel(o).problems,
  'serving.kserve.io/LLMInferenceService': o => readKServeModel(o).problems,
};
