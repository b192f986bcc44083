import type {
  AgentReach,
  AgentReachFlag,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';

/** A flag in a few words; the full sentence is its tooltip and accessible description. */
export function flagSummary(flag: AgentReachFlag): string {
  switch (flag.code) {
    case 'reaches-protected-data':
      return `${flag.viaName} reads ${flag.classification} data in ${(
        flag.namespaces ?? []
      ).join(', ')}`;
    case 'unauthenticated-mcp-server':
      return `${flag.viaName} is called without credentials`;
    default:
      return `${flag.viaName}: reach not known`;
  }
}

function namespaceCount(reach: AgentReach): number {
  return new Set(reach.grants.map(g => `${g.cluster}/${g.namespace}`)).size;
}

/**
 * What an agent and its MCP servers can read, in one cell: the status, how
 * many namespaces, and each flag in a few words (the full reason and fix on
 * hover and for screen readers).
 */
export function AgentReachSummary(props: { reach: AgentReach }) {
  const { reach } = props;
  const count = namespaceCount(reach);
  const text = `Reach: ${count} namespace${count === 1 ? '' : 's'}`;
  const violations = reach.flags.filter(f => f.status === 'violation').length;
  return (
    <Box aria-label={`What this agent can reach: ${reach.status}`} role="group">
      {reach.status === 'violation' && (
        <StatusError>
          {text}, {violations} flagged
        </StatusError>
      )}
      {reach.status === 'unknown' && (
        <StatusWarning>{text}, partly unknown</StatusWarning>
      )}
      {reach.status === 'compliant' && <StatusOK>{text}</StatusOK>}
      {reach.flags.map((flag, i) => (
        <Tooltip key={i} title={`${flag.message} ${flag.fix}`}>
          <Typography
            variant="caption"
            display="block"
            color={flag.status === 'violation' ? 'error' : 'text.secondary'}
          >
            {flagSummary(flag)}
          </Typography>
        </Tooltip>
      ))}
    </Box>
  );
}

/**
 * Every namespace the agent's identities may read, with the binding that
 * grants it and its data classification, and every flag with its fix.
 */
export function AgentReachDetail(props: { reach: AgentReach }) {
  const { reach } = props;
  return (
    <Box>
      {reach.flags.map((flag, i) => (
        <Box key={i} sx={{ mb: 1 }}>
          <Typography
            variant="body2"
            color={flag.status === 'violation' ? 'error' : 'text.primary'}
          >
            {flag.message}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            Fix: {flag.fix}
          </Typography>
        </Box>
      ))}
      {reach.grants.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No RBAC binding grants the agent or its MCP servers read access to a
          namespace.
        </Typography>
      ) : (
        <Table size="small" aria-label="Namespaces this agent can read">
          <TableHead>
            <TableRow>
              <TableCell>Through</TableCell>
              <TableCell>Cluster / namespace</TableCell>
              <TableCell>Classification</TableCell>
              <TableCell>Granted by</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {reach.grants.map(g => (
              <TableRow
                key={`${g.via}|${g.cluster}|${g.namespace}|${g.binding}`}
              >
                <TableCell>
                  {g.viaName}
                  <Typography
                    variant="caption"
                    display="block"
                    color="text.secondary"
                  >
                    {g.identity}
                  </Typography>
                </TableCell>
                <TableCell>
                  {g.cluster} / {g.namespace}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {g.classification ?? 'not labelled'}
                </TableCell>
                <TableCell>
                  {g.binding}
                  <Typography
                    variant="caption"
                    display="block"
                    color="text.secondary"
                  >
                    {g.access}
                  </Typography>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
}
