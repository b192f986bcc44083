import {
  readHttpRoute,
  readInferenceObjective,
  readInferencePool,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { CachedObject } from '@ai-platform/backstage-plugin-ai-platform-node';
import { ROUTING_KINDS } from './routing';
import { readServingSpec } from './workload';

/**
 * What the routing views cannot read in a route, pool or objective: a
 * backend without a name, a weight that is negative or not a whole number, a
 * pool without a selector, a port out of range, a priority that is not a
 * number. The part is left out of the routing view; the cluster layer logs
 * it once per object version and lists it in the cluster's health.
 */
export const SERVING_INSPECTORS: Record<string, (o: CachedObject) => string[]> =
  {
    [ROUTING_KINDS.httpRoute]: o => readHttpRoute(o).problems,
    [ROUTING_KINDS.pool]: o => readInferencePool(o).problems,
    [ROUTING_KINDS.legacyPool]: o => readInferencePool(o).problems,
    [ROUTING_KINDS.objective]: o => readInferenceObjective(o).problems,
    [ROUTING_KINDS.legacyObjective]: o => readInferenceObjective(o).problems,
    [ROUTING_KINDS.inferenceModel]: o => readInferenceObjective(o).problems,
    // Replicas and managed DRA annotations the inventory cannot read.
    'serving.kserve.io/InferenceService': o => readServingSpec(o).problems,
    'serving.kserve.io/LLMInferenceService': o => readServingSpec(o).problems,
  };
