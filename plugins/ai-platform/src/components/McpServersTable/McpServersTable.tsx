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
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import { useMemo } from 'react';
import { jurisdictionOfCode } from '../../lib/clusterFacts';
import { ClusterHealthStatus } from '../ClusterHealthStatus';

const Url = styled('span')({
  display: 'block',
  fontFamily: 'monospace',
  fontSize: '0.8rem',
  overflowWrap: 'anywhere',
});

const ToolName = styled('span')({
  fontFamily: 'monospace',
  fontSize: '0.8rem',
});

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
  return useMemo(
    () => [
      {
        title: 'MCP server',
        field: 'id',
        highlight: true,
        cellStyle: { minWidth: 160, maxWidth: 260 },
        render: server => (
          <>
            <EntityRefLink
              entityRef={`api:default/${mcpServerEntityName(server.ref)}`}
              title={server.ref.name}
            />
            <Typography
              variant="caption"
              display="block"
              color="text.secondary"
            >
              {server.kind}
            </Typography>
            {server.description && (
              <Typography
                variant="caption"
                display="block"
                color="text.secondary"
              >
                {server.description}
              </Typography>
            )}
          </>
        ),
      },
      {
        title: 'Transport',
        sorting: false,
        cellStyle: { minWidth: 140, maxWidth: 260 },
        render: server => (
          <>
            <Chip
              size="small"
              variant="outlined"
              label={TRANSPORTS[server.transport] ?? server.transport}
            />
            {server.url && <Url>{server.url}</Url>}
            {server.image && (
              <Typography
                variant="caption"
                display="block"
                color="text.secondary"
              >
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
        // Readiness shares the column, so the table fits 1280 px.
        title: 'Runs in / readiness',
        sorting: false,
        cellStyle: { minWidth: 140, maxWidth: 220 },
        render: server => {
          const j = jurisdictionOfCode(
            server.locationLabels[SOVEREIGNTY_LABELS.jurisdiction],
          );
          return (
            <>
              <Typography variant="body2">{server.location}</Typography>
              <Typography
                variant="caption"
                display="block"
                color="text.secondary"
              >
                {j ? `${j.name} (${j.code})` : 'no jurisdiction label'}
              </Typography>
              <ClusterHealthStatus health={server.clusterHealth} />
              <Box sx={{ mt: 0.5 }}>
                {server.readiness.state === 'ready' && (
                  <StatusOK>Ready</StatusOK>
                )}
                {server.readiness.state === 'not-ready' && (
                  <StatusError>Not ready</StatusError>
                )}
                {server.readiness.state === 'unknown' && (
                  <StatusPending>Unknown</StatusPending>
                )}
                {server.readiness.message && (
                  <Typography
                    variant="caption"
                    display="block"
                    color="text.secondary"
                  >
                    {server.readiness.message}
                  </Typography>
                )}
              </Box>
            </>
          );
        },
      },
      {
        title: 'Tools',
        sorting: false,
        cellStyle: { minWidth: 200 },
        render: server =>
          server.tools.length === 0 ? (
            <Typography variant="caption" color="text.secondary">
              no tools reported yet
            </Typography>
          ) : (
            <Box
              component="ul"
              sx={{ m: 0, pl: 2 }}
              aria-label={`Tools of ${server.ref.name}`}
            >
              {server.tools.map(tool => (
                <li key={tool.name}>
                  <ToolName>{tool.name}</ToolName>
                  {tool.description && (
                    <Typography
                      variant="caption"
                      display="block"
                      color="text.secondary"
                    >
                      {tool.description}
                    </Typography>
                  )}
                </li>
              ))}
            </Box>
          ),
      },
      {
        title: 'Used by',
        sorting: false,
        cellStyle: { minWidth: 130 },
        render: server =>
          server.usedBy.length === 0 ? (
            <Typography variant="caption" color="text.secondary">
              no agent
            </Typography>
          ) : (
            server.usedBy.map(use => {
              const agent = agentOfId(use.id);
              return (
                <Box key={use.id} sx={{ mb: 0.5 }}>
                  <EntityRefLink
                    entityRef={`component:default/${agentEntityName(agent)}`}
                    title={agent.name}
                  />
                  <Typography
                    variant="caption"
                    display="block"
                    color="text.secondary"
                  >
                    {use.toolNames.length === 0
                      ? 'all tools'
                      : use.toolNames.join(', ')}
                  </Typography>
                </Box>
              );
            })
          ),
      },
    ],
    [],
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
        // Dragging columns gives each header a second tab stop.
        draggable: false,
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
            No MCP servers found: kagent RemoteMCPServer, kmcp MCPServer and
            legacy kagent ToolServer objects in a watched cluster appear here.
          </Typography>
        </Box>
      }
    />
  );
}
