import {
  agentEntityName,
  mcpServerEntityName,
  SOVEREIGNTY_LABELS,
  type McpServer,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  StatusError,
  StatusOK,
  StatusPending,
  Table,
  type TableColumn,
} from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useMemo } from 'react';
import { jurisdictionOfCode } from '../../lib/clusterFacts';
import { ClusterHealthStatus } from '../ClusterHealthStatus';

const useStyles = makeStyles(theme => ({
  caption: { display: 'block', color: theme.palette.text.secondary },
  mono: {
    display: 'block',
    fontFamily: 'monospace',
    fontSize: '0.8rem',
    overflowWrap: 'anywhere',
  },
  tools: { margin: 0, paddingLeft: theme.spacing(2) },
  tool: { fontFamily: 'monospace', fontSize: '0.8rem' },
  agent: { marginBottom: theme.spacing(0.5) },
}));

const TRANSPORTS: Record<string, string> = {
  'streamable-http': 'Streamable HTTP',
  sse: 'SSE',
  stdio: 'stdio',
};

/** `<cluster>/<namespace>/<name>` of an agent id. */
function agentOfId(id: string) {
  const [cluster = '', namespace = '', ...rest] = id.split('/');
  return { cluster, namespace, name: rest.join('/') };
}

function useColumns(): TableColumn<McpServer>[] {
  const classes = useStyles();
  return useMemo(
    () => [
      {
        title: 'MCP server',
        field: 'id',
        highlight: true,
        cellStyle: { minWidth: 200, maxWidth: 280 },
        render: server => (
          <>
            <EntityRefLink
              entityRef={`api:default/${mcpServerEntityName(server.ref)}`}
              title={server.ref.name}
            />
            <Typography variant="caption" className={classes.caption}>
              {server.kind}
            </Typography>
            {server.description && (
              <Typography variant="caption" className={classes.caption}>
                {server.description}
              </Typography>
            )}
          </>
        ),
      },
      {
        title: 'Transport',
        sorting: false,
        cellStyle: { minWidth: 180, maxWidth: 300 },
        render: server => (
          <>
            <Chip
              size="small"
              variant="outlined"
              label={TRANSPORTS[server.transport] ?? server.transport}
            />
            {server.url && <span className={classes.mono}>{server.url}</span>}
            {server.image && (
              <Typography variant="caption" className={classes.caption}>
                runs {server.image}
                {server.command
                  ? `: ${[server.command, ...(server.args ?? [])].join(' ')}`
                  : ''}
                {server.processTransport ? ` (${server.processTransport})` : ''}
              </Typography>
            )}
          </>
        ),
      },
      {
        title: 'Runs in',
        sorting: false,
        cellStyle: { minWidth: 170, maxWidth: 240 },
        render: server => {
          const j = jurisdictionOfCode(
            server.locationLabels[SOVEREIGNTY_LABELS.jurisdiction],
          );
          return (
            <>
              <Typography variant="body2">{server.location}</Typography>
              <Typography variant="caption" className={classes.caption}>
                {j ? `${j.name} (${j.code})` : 'no jurisdiction label'}
              </Typography>
              <ClusterHealthStatus health={server.clusterHealth} />
            </>
          );
        },
      },
      {
        title: 'Tools',
        sorting: false,
        cellStyle: { minWidth: 260 },
        render: server =>
          server.tools.length === 0 ? (
            <Typography variant="caption" color="textSecondary">
              no tools reported yet
            </Typography>
          ) : (
            <ul
              className={classes.tools}
              aria-label={`Tools of ${server.ref.name}`}
            >
              {server.tools.map(tool => (
                <li key={tool.name}>
                  <span className={classes.tool}>{tool.name}</span>
                  {tool.description && (
                    <Typography variant="caption" className={classes.caption}>
                      {tool.description}
                    </Typography>
                  )}
                </li>
              ))}
            </ul>
          ),
      },
      {
        title: 'Used by',
        sorting: false,
        cellStyle: { minWidth: 180 },
        render: server =>
          server.usedBy.length === 0 ? (
            <Typography variant="caption" color="textSecondary">
              no agent
            </Typography>
          ) : (
            server.usedBy.map(use => {
              const agent = agentOfId(use.id);
              return (
                <div key={use.id} className={classes.agent}>
                  <EntityRefLink
                    entityRef={`component:default/${agentEntityName(agent)}`}
                    title={agent.name}
                  />
                  <Typography variant="caption" className={classes.caption}>
                    {use.toolNames.length === 0
                      ? 'all tools'
                      : use.toolNames.join(', ')}
                  </Typography>
                </div>
              );
            })
          ),
      },
      {
        title: 'Readiness',
        sorting: false,
        render: server => (
          <>
            {server.readiness.state === 'ready' && <StatusOK>Ready</StatusOK>}
            {server.readiness.state === 'not-ready' && (
              <StatusError>Not ready</StatusError>
            )}
            {server.readiness.state === 'unknown' && (
              <StatusPending>Unknown</StatusPending>
            )}
            {server.readiness.message && (
              <Typography variant="caption" className={classes.caption}>
                {server.readiness.message}
              </Typography>
            )}
          </>
        ),
      },
    ],
    [classes],
  );
}

/**
 * The MCP servers of every cluster: how they are reached, where they run,
 * their tools and the agents that use them.
 *
 * @public
 */
export function McpServersTable(props: { servers: McpServer[] }) {
  const columns = useColumns();
  const { servers } = props;
  return (
    <Table<McpServer>
      title={`MCP servers (${servers.length})`}
      columns={columns}
      data={servers}
      options={{
        paging: servers.length > 20,
        pageSize: 20,
        emptyRowsWhenPaging: false,
        search: false,
        padding: 'dense',
        rowStyle: (server: McpServer) =>
          server.clusterHealth.state === 'stale' ||
          server.clusterHealth.state === 'error'
            ? { backgroundColor: 'rgba(255, 152, 0, 0.08)' }
            : {},
      }}
      emptyContent={
        <Box p={2}>
          <Typography>
            No MCP servers found: kagent RemoteMCPServer and kmcp MCPServer
            objects in a watched cluster appear here.
          </Typography>
        </Box>
      }
    />
  );
}
