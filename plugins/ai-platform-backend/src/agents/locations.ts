/**
 * Where agents, MCP servers and models run, as label sources for the
 * sovereignty evaluator.
 */

import {
  resolveSovereigntyLabels,
  SOVEREIGNTY_LABELS,
  SovereigntyLabelSources,
} from '@ai-platform/backstage-plugin-ai-platform-common';

const SOVEREIGNTY_KEYS: readonly string[] = Object.values(SOVEREIGNTY_LABELS);

/**
 * The sovereignty labels an object carries itself. A RemoteMCPServer or
 * ModelConfig that points outside the clusters can be labelled with where
 * its endpoint is; without such labels its location is unknown.
 */
export function ownSovereigntyLabels(
  labels: Record<string, string> | undefined,
): Record<string, string> | undefined {
  const own = Object.entries(labels ?? {}).filter(([key]) =>
    SOVEREIGNTY_KEYS.includes(key),
  );
  return own.length > 0 ? Object.fromEntries(own) : undefined;
}

/** The resolved sovereignty labels of a location, as a flat label map. */
export function resolvedLabels(
  sources: SovereigntyLabelSources,
): Record<string, string> {
  const { values } = resolveSovereigntyLabels(sources);
  return Object.fromEntries(Object.values(values).map(v => [v!.key, v!.value]));
}

/** A location with the words that name it in messages. */
export interface Location {
  sources: SovereigntyLabelSources;
  description: string;
}

/** A place in a watched cluster: the cluster's labels under the namespace's. */
export function inClusterLocation(
  cluster: { name: string; labels: Record<string, string> },
  namespace: string,
  namespaceLabels: Record<string, string> | undefined,
  own?: Record<string, string>,
): Location {
  const description = `cluster ${cluster.name}, namespace ${namespace}`;
  return {
    description,
    sources: {
      cluster: cluster.labels,
      namespace: namespaceLabels,
      entity: own,
      description,
    },
  };
}

/** A place outside the clusters, known only by its own labels. */
export function externalLocation(
  description: string,
  own?: Record<string, string>,
): Location {
  return { description, sources: { entity: own, description } };
}
