import {
  agentEntityName,
  AI_PLATFORM_ANNOTATIONS,
  mcpServerEntityName,
  SOVEREIGNTY_LABELS,
  type AgentMcpServerUse,
  type AiAgent,
  type Readiness,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { Entity } from '@backstage/catalog-model';
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
import {
  type AgentRow,
  entityApis,
  entityJurisdiction,
  entityOwner,
} from '../../lib/agentRows';
import { CopyButton } from '../CopyButton';
import { jurisdictionOfCode } from '../../lib/clusterFacts';
import { ClusterHealthStatus } from '../ClusterHealthStatus';
import { SovereigntyStatusCell } from '../SovereigntyStatusCell';
import { AgentReachSummary } from '../AgentReach';
import { TeamLink } from '../TeamLink';
import { warningTextColor } from '../Text';

const Strong = styled('span')({ fontWeight: 600, overflowWrap: 'anywhere' });

const ChipList = styled('ul')(({ theme }) => ({
  display: 'flex',
  flexWrap: 'wrap',
  gap: theme.spacing(0.5),
  listStyle: 'none',
  margin: theme.spacing(0.5, 0, 0),
  padding: 0,
}));

const agentRef = (agent: AiAgent) =>
  `component:default/${agentEntityName(agent.ref)}`;

function jurisdictionText(code?: string): string {
  const j = jurisdictionOfCode(code);
  if (!j) return 'no jurisdiction label';
  return j.name !== j.code ? `${j.name} (${j.code})` : j.code;
}

function ReadinessStatus(props: { readiness: Readiness }) {
  const { state, message } = props.readiness;
  return (
    <>
      {state === 'ready' && <StatusOK>Ready</StatusOK>}
      {state === 'not-ready' && <StatusError>Not ready</StatusError>}
      {state === 'unknown' && <StatusPending>Unknown</StatusPending>}
      {message && (
        <Typography variant="caption" display="block" color="text.secondary">
          {message}
        </Typography>
      )}
    </>
  );
}

function ServerTools(props: { use: AgentMcpServerUse }) {
  const { use } = props;
  return (
    <Box
      sx={{ mb: 0.5 }}
      role="group"
      aria-label={`MCP server ${use.ref.name}`}
    >
      <EntityRefLink
        entityRef={`api:default/${mcpServerEntityName(use.ref)}`}
        title={use.ref.name}
      />
      {!use.found && (
        <Typography
          variant="caption"
          display="block"
          sx={{ color: warningTextColor }}
        >
          not found in {use.ref.cluster}
        </Typography>
      )}
      <ChipList aria-label={`Tools ${use.ref.name} offers this agent`}>
        {use.toolNames.length === 0 ? (
          <li>
            <Chip size="small" variant="outlined" label="all tools" />
          </li>
        ) : (
          use.toolNames.map(tool => (
            <li key={tool}>
              <Chip size="small" label={tool} />
            </li>
          ))
        )}
      </ChipList>
    </Box>
  );
}

function Identity(props: { spiffeId?: string; serviceAccount?: string }) {
  if (!props.spiffeId) {
    return (
      <Typography variant="caption" display="block" color="text.secondary">
        no identity declared
      </Typography>
    );
  }
  return (
    <>
      <Box component="span" sx={{ display: 'flex', alignItems: 'center' }}>
        <Box
          component="span"
          sx={{
            fontFamily: 'monospace',
            fontSize: '0.75rem',
            overflowWrap: 'anywhere',
          }}
        >
          {props.spiffeId}
        </Box>
        <CopyButton
          text={props.spiffeId}
          label={`Copy SPIFFE ID ${props.spiffeId}`}
        />
      </Box>
      {props.serviceAccount && (
        <Typography variant="caption" display="block" color="text.secondary">
          service account {props.serviceAccount}
        </Typography>
      )}
    </>
  );
}

const LOCATION_TEXT = {
  'inference-service': 'our inference service',
  'in-cluster': 'in-cluster service',
  external: 'external endpoint',
  unknown: 'location unknown',
} as const;

function Owner(props: { team?: string }) {
  return (
    <Typography variant="caption" component="div">
      owner <TeamLink team={props.team} />
    </Typography>
  );
}

function NoServers() {
  return (
    <Typography variant="caption" color="text.secondary">
      no MCP servers
    </Typography>
  );
}

function useColumns(): TableColumn<AgentRow>[] {
  return useMemo(
    () => [
      {
        // Owner and identity are the agent's own facts: they sit under its
        // name, so the table fits a 1280 px screen without scrolling.
        title: 'Agent',
        field: 'searchText',
        highlight: true,
        cellStyle: { minWidth: 200, maxWidth: 300 },
        render: row => {
          if (row.kind === 'registered') {
            const e: Entity = row.entity;
            return (
              <>
                <EntityRefLink entityRef={e} title={e.metadata.name} />
                {e.metadata.description && (
                  <Typography
                    variant="caption"
                    display="block"
                    color="text.secondary"
                  >
                    {e.metadata.description}
                  </Typography>
                )}
                <Chip
                  sx={{ mt: 0.5 }}
                  size="small"
                  variant="outlined"
                  label="Registered (not discovered)"
                />
                <Owner team={entityOwner(e)} />
                <Identity
                  spiffeId={
                    e.metadata.annotations?.[AI_PLATFORM_ANNOTATIONS.spiffeId]
                  }
                />
              </>
            );
          }
          const { agent } = row;
          return (
            <>
              <EntityRefLink
                entityRef={agentRef(agent)}
                title={agent.ref.name}
              />
              <Typography
                variant="caption"
                display="block"
                color="text.secondary"
              >
                namespace {agent.ref.namespace} · {agent.type}
                {agent.runtime ? ` (${agent.runtime})` : ''}
              </Typography>
              {agent.description && (
                <Typography
                  variant="caption"
                  display="block"
                  color="text.secondary"
                >
                  {agent.description}
                </Typography>
              )}
              <Owner team={agent.owner} />
              <Identity
                spiffeId={agent.spiffeId}
                serviceAccount={agent.serviceAccount}
              />
            </>
          );
        },
      },
      {
        title: 'Cluster',
        field: 'id',
        cellStyle: { minWidth: 130, maxWidth: 220 },
        render: row => {
          if (row.kind === 'registered') {
            return (
              <>
                <Typography variant="body2" color="text.secondary">
                  Not in a watched cluster
                </Typography>
                <Typography
                  variant="caption"
                  display="block"
                  color="text.secondary"
                >
                  {jurisdictionText(entityJurisdiction(row.entity))}
                </Typography>
              </>
            );
          }
          const { agent } = row;
          return (
            <>
              <Strong>{agent.ref.cluster}</Strong>
              <Typography
                variant="caption"
                display="block"
                color="text.secondary"
              >
                {jurisdictionText(
                  agent.placementLabels[SOVEREIGNTY_LABELS.jurisdiction],
                )}
              </Typography>
              <ClusterHealthStatus health={agent.clusterHealth} />
            </>
          );
        },
      },
      {
        title: 'Model',
        sorting: false,
        cellStyle: { minWidth: 140, maxWidth: 220 },
        render: row => {
          if (row.kind === 'registered') {
            return (
              <Typography variant="caption" color="text.secondary">
                see the entity
              </Typography>
            );
          }
          const { model } = row.agent;
          if (!model) {
            return (
              <Typography variant="caption" color="text.secondary">
                no model config (BYO agent)
              </Typography>
            );
          }
          const name = model.model ?? model.modelConfig;
          return (
            <>
              {model.inferenceService ? (
                <EntityRefLink
                  entityRef={`component:default/${model.inferenceService.name}`}
                  title={name}
                />
              ) : (
                <Strong>{name}</Strong>
              )}
              <Typography
                variant="caption"
                display="block"
                color="text.secondary"
              >
                {[model.provider, LOCATION_TEXT[model.location]]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
              {!model.found && (
                <Typography
                  variant="caption"
                  display="block"
                  sx={{ color: warningTextColor }}
                >
                  ModelConfig {model.modelConfig} not found
                </Typography>
              )}
            </>
          );
        },
      },
      {
        title: 'MCP servers and tools',
        sorting: false,
        cellStyle: { minWidth: 170, maxWidth: 280 },
        render: row => {
          if (row.kind === 'registered') {
            const apis = entityApis(row.entity);
            if (apis.length === 0) return <NoServers />;
            return apis.map(api => (
              <div key={api}>
                <EntityRefLink entityRef={api} defaultKind="api" />
              </div>
            ));
          }
          if (row.agent.mcpServers.length === 0) return <NoServers />;
          return row.agent.mcpServers.map(use => (
            <ServerTools key={use.id} use={use} />
          ));
        },
      },
      {
        // Readiness and sovereignty share a column so the table fits a
        // laptop screen without scrolling sideways.
        title: 'Readiness, sovereignty and reach',
        sorting: false,
        cellStyle: { minWidth: 130, maxWidth: 220 },
        render: row =>
          row.kind === 'registered' ? (
            <Typography variant="caption" color="text.secondary">
              Not watched and not evaluated here: the entity page shows its
              labels.
            </Typography>
          ) : (
            <>
              <ReadinessStatus readiness={row.agent.readiness} />
              <Box sx={{ mt: 1 }}>
                <SovereigntyStatusCell evaluation={row.agent.sovereignty} />
              </Box>
              <Box sx={{ mt: 1 }}>
                <AgentReachSummary reach={row.agent.reach} />
              </Box>
            </>
          ),
      },
    ],
    [],
  );
}

/**
 * The agents of every cluster and the catalog's registered-only ones. A
 * stale cluster's agents keep their rows, tinted and marked stale.
 *
 * @public
 */
export function AgentsTable(props: { rows: AgentRow[] }) {
  const columns = useColumns();
  const { rows } = props;
  return (
    <Table<AgentRow>
      title={`Agents (${rows.length})`}
      columns={columns}
      data={rows}
      options={{
        // Dragging columns gives each header a second tab stop.
        draggable: false,
        paging: rows.length > 20,
        pageSize: 20,
        pageSizeOptions: [20, 50, 100],
        emptyRowsWhenPaging: false,
        search: false,
        padding: 'dense',
        rowStyle: (row: AgentRow) =>
          row.kind === 'discovered' &&
          (row.agent.clusterHealth.state === 'stale' ||
            row.agent.clusterHealth.state === 'error')
            ? { backgroundColor: 'rgba(255, 152, 0, 0.08)' }
            : {},
      }}
      emptyContent={
        <Box p={2}>
          <Typography>No agents match these filters.</Typography>
        </Box>
      }
    />
  );
}
