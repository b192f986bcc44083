import {
  CONFORMANCE_REQUIREMENTS,
  ConformanceMatrix,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { ResponseError } from '@backstage/errors';
import { useEntity } from '@backstage/plugin-catalog-react';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { clusterNameOf } from '../../lib/entityGpuTargets';
import { ConformanceMatrixView } from '../ConformancePage';

/**
 * The Conformance tab of a `kubernetes-cluster` Resource: the cluster's AI
 * conformance checks, hygiene, trend and export.
 *
 * @public
 */
export function EntityClusterConformanceContent() {
  const { entity } = useEntity();
  const cluster = clusterNameOf(entity);
  const api = useApi(aiPlatformApiRef);
  const { value, loading, error } = useAsync(
    () => api.getClusterConformance(cluster),
    [api, cluster],
  );
  if (loading) return <Progress />;
  if (error instanceof ResponseError && error.statusCode === 404) {
    return (
      <EmptyState
        missing="data"
        title={`The AI Platform backend does not watch a cluster named ${cluster}`}
        description="The cluster is read from the backstage.io/kubernetes-id annotation, or else the entity name; it must match a name under aiPlatform.clusters in app-config.yaml."
      />
    );
  }
  if (error || !value) {
    return <ResponseErrorPanel error={error ?? new Error('No answer')} />;
  }
  const matrix: ConformanceMatrix = {
    generatedAt: value.evaluatedAt,
    requirements: CONFORMANCE_REQUIREMENTS.map(r => ({
      id: r.id,
      category: r.category,
      kar: r.kar,
      title: r.title,
    })),
    clusters: [value],
  };
  return <ConformanceMatrixView matrix={matrix} />;
}
