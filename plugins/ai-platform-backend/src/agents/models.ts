import {
  AgentModel,
  KubernetesObjectRef,
  SOVEREIGNTY_LABELS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ClusterAgents } from './clusterAgents';
import { canonicalUrl, findInferenceService } from './endpoints';
import {
  externalLocation,
  inClusterLocation,
  Location,
  ownSovereigntyLabels,
} from './locations';

/** A model an agent calls, and where that is for the sovereignty evaluator. */
export interface ResolvedModel {
  model: AgentModel;
  location: Location;
}

function ownerCluster(
  ref: KubernetesObjectRef,
  all: readonly ClusterAgents[],
): ClusterAgents | undefined {
  return all.find(c => c.view.name === ref.cluster);
}

/**
 * Resolves an agent's ModelConfig to the model, its provider and endpoint,
 * and the inference service behind the endpoint when it is one of ours. A
 * provider's own endpoint (no base URL) is located at that provider, which
 * by itself says nothing about jurisdiction, so it evaluates as unknown
 * unless the ModelConfig carries sovereignty labels.
 */
export function resolveModel(
  ref: { namespace: string; name: string },
  own: ClusterAgents,
  all: readonly ClusterAgents[],
): ResolvedModel {
  const id = `${ref.namespace}/${ref.name}`;
  const found = own.modelConfigs.get(id);
  if (!found) {
    return {
      model: { modelConfig: id, found: false, location: 'unknown' },
      location: externalLocation(
        `the ModelConfig ${id}, which is not in cluster ${own.view.name}`,
      ),
    };
  }
  const { config, object } = found;
  const base: AgentModel = {
    modelConfig: id,
    found: true,
    model: config.model,
    provider: config.provider,
    baseUrl: config.baseUrl,
    location: 'external',
  };
  const labels = ownSovereigntyLabels(object.metadata.labels);
  const url = config.baseUrl
    ? canonicalUrl(config.baseUrl, ref.namespace, own.namespaces)
    : undefined;
  if (!url) {
    return {
      model: base,
      location: externalLocation(`the ${config.provider} API`, {
        [SOVEREIGNTY_LABELS.provider]:
          config.provider.toLocaleLowerCase('en-US'),
        ...labels,
      }),
    };
  }
  const isvc = findInferenceService(
    url,
    own.index,
    all.map(c => c.index),
  );
  const served = isvc && ownerCluster(isvc, all);
  if (isvc && served) {
    return {
      model: { ...base, location: 'inference-service', inferenceService: isvc },
      location: inClusterLocation(
        served.view,
        isvc.namespace,
        served.namespaceLabels.get(isvc.namespace),
      ),
    };
  }
  if (url.inCluster && url.namespace) {
    return {
      model: { ...base, location: 'in-cluster' },
      location: inClusterLocation(
        own.view,
        url.namespace,
        own.namespaceLabels.get(url.namespace),
        labels,
      ),
    };
  }
  return {
    model: base,
    location: externalLocation(`the endpoint ${url.host}`, labels),
  };
}
