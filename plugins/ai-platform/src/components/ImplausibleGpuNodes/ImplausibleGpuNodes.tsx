import type { ClusterGpus } from '@ai-platform/backstage-plugin-ai-platform-common';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/**
 * Nodes whose advertised GPU counts are not believed, with the reason: their
 * GPUs are in no figure on the page and the finder never offers them.
 *
 * @public
 */
export function ImplausibleGpuNodes(props: { clusters: ClusterGpus[] }) {
  const nodes = props.clusters.flatMap(c =>
    (c.implausibleNodes ?? []).map(n => ({ ...n, cluster: c })),
  );
  if (nodes.length === 0) return null;
  return (
    <Alert
      severity="warning"
      variant="outlined"
      aria-label="Nodes with implausible GPU counts"
    >
      <AlertTitle>
        {nodes.length === 1
          ? '1 node has an implausible GPU count and is left out'
          : `${nodes.length} nodes have implausible GPU counts and are left out`}
      </AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        Their GPUs are not counted in capacity, free GPUs or the capacity finder
        until what the node advertises agrees with GPU Feature Discovery.
      </Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {nodes.map(n => (
          <li key={`${n.cluster.cluster}/${n.node}`}>
            <Typography variant="body2" component="span">
              <strong>{n.node}</strong> in{' '}
              {n.cluster.title ?? n.cluster.cluster}: {n.reason}
            </Typography>
          </li>
        ))}
      </Box>
    </Alert>
  );
}
