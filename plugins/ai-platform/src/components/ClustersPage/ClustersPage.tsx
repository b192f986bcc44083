import {
  CodeSnippet,
  EmptyState,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import Box from '@mui/material/Box';
import { useClusters } from '../../hooks/useClusters';
import { ClusterFigures } from '../ClusterFigures';
import { ClusterPermissions } from '../ClusterPermissions';
import { ClustersTable } from '../ClustersTable';
import { PluginPage } from '../PluginPage';

const SUBTITLE =
  'Kubernetes clusters the AI Platform watches: where they are, under which law, which AI APIs they serve and whether their data is fresh.';

const CONFIG_EXAMPLE = `aiPlatform:
  clusters:
    - name: eu-sovereign-fra
      title: EU sovereign, Frankfurt
      url: https://k8s.fra.example.com
      auth:
        type: serviceAccountToken
        token: \${FRA_CLUSTER_TOKEN}
      labels:
        ai-platform.io/jurisdiction: DE
        ai-platform.io/region: de-fra-1
        ai-platform.io/provider: eu-sovereign-cloud
        ai-platform.io/non-eu-law-exposure: none`;

function NoClusters() {
  return (
    <EmptyState
      missing="data"
      title="No clusters configured"
      description="The AI Platform backend watches the clusters listed under aiPlatform.clusters in app-config.yaml (or, by default, those of the Kubernetes plugin under kubernetes.clusterLocatorMethods). Add one, restart the backend, and it appears here."
      action={
        <CodeSnippet language="yaml" text={CONFIG_EXAMPLE} showCopyCodeButton />
      }
    />
  );
}

function ClustersContent() {
  const { clusters, loading, error } = useClusters();

  if (loading) {
    return <Progress />;
  }
  if (!clusters) {
    return <ResponseErrorPanel error={error ?? new Error('No answer')} />;
  }
  if (clusters.length === 0) {
    return <NoClusters />;
  }
  return (
    <>
      {error && (
        <Box mb={2}>
          <WarningPanel
            severity="warning"
            title="Could not refresh the clusters; showing the last answer"
            message={error.message}
          />
        </Box>
      )}
      <Box mb={3}>
        <ClusterFigures clusters={clusters} />
      </Box>
      <ClusterPermissions clusters={clusters} />
      <ClustersTable clusters={clusters} />
    </>
  );
}

/**
 * The clusters page: summary figures and the cluster inventory.
 *
 * In the new frontend system the app draws the page header, so the page
 * renders without its own (`header={false}`); legacy apps get the Backstage
 * header.
 *
 * @public
 */
export function ClustersPage(props: { header?: boolean }) {
  return (
    <PluginPage title="Clusters" subtitle={SUBTITLE} header={props.header}>
      <ClustersContent />
    </PluginPage>
  );
}
