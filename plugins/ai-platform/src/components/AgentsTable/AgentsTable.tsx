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
  CopyTextButton,
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
import {
  type AgentRow,
  entityApis,
  entityJurisdiction,
  entityOwner,
} from '../../lib/agentRows';
import { jurisdictionOfCode } from '../../lib/clusterFacts';
import { ClusterHealthStatus } from '../ClusterHealthStatus';
import { SovereigntyStatusCell } from '../SovereigntyStatusCell';
import { TeamLink } from '../TeamLink';

const useStyles = makeStyles(theme => ({
  strong: { fontWeight: 600, overflowWrap: 'anywhere' },
  caption: { display: 'block', color: theme.palette.text.secondary },
  mono: {
    fontFamily: 'monospace',
    fontSize: '0.75rem',
    overflowWrap: 'anywhere',
  },
  identity: { display: 'flex', alignItems: 'center' },
  server: { marginBottom: theme.spacing(0.5) },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    listStyle: 'none',
    margin: theme.spacing(0.5, 0, 0),
    padding: 0,
  },
  warning: { display: 'block', color: theme.palette.warning.dark },
  registered: { marginTop: theme.spacing(0.5) },
  sovereignty: { marginTop: theme.spacing(1) },
  copy: { '& button': { padding: theme.spacing(0.5) } },
}));

const agentRef = (agent: AiAgent) =>
  `component:default/${agentEntityName(agent.ref)}`;

function jurisdictionText(code?: string): string {
  const j = jurisdictionOfCode(code);
  if (!j) return 'no jurisdiction label';
  return j.name !== j.code ? `${j.name} (${j.code})` : j.code;
}

function ReadinessStatus(props: { readiness: Readiness }) {
  const classes = useStyles();
  const { state, message } = props.readiness;
  return (
    <>
      {state === 'ready' && <StatusOK>Ready</StatusOK>}
      {state === 'not-ready' && <StatusError>Not ready</StatusError>}
      {state === 'unknown' && <StatusPending>Unknown</StatusPending>}
      {message && (
        <Typography variant="caption" className={classes.caption}>
          {message}
        </Typography>
      )}
    </>
  );
}

function ServerTools(props: { use: AgentMcpServerUse }) {
  const classes = useStyles();
  const { use } = props;
  return (
    <div
      className={classes.server}
      role="group"
      aria-label={`MCP server ${use.ref.name}`}
    >
      <EntityRefLink
        entityRef={`api:default/${mcpServerEntityName(use.ref)}`}
        title={use.ref.name}
      />
      {!use.found && (
        <Typography variant="caption" className={classes.warning}>
          not found in {use.ref.cluster}
        </Typography>
      )}
      <ul
        className={classes.chips}
        aria-label={`Tools ${use.ref.name} offers this agent`}
      >
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
      </ul>
    </div>
  );
}

function Identity(props: { spiffeId?: string; serviceAccount?: string }) {
  const classes = useStyles();
  if (!props.spiffeId) {
    return (
      <Typography variant="caption" color="textSecondary">
        no identity declared
      </Typography>
    );
  }
  return (
    <>
      <span className={classes.identity}>
        <span className={classes.mono}>{props.spiffeId}</span>
        <span className={classes.copy}>
          <CopyTextButton
            text={props.spiffeId}
            tooltipText="SPIFFE ID copied"
            aria-label={`Copy SPIFFE ID ${props.spiffeId}`}
          />
        </span>
      </span>
      {props.serviceAccount && (
        <Typography variant="caption" className={classes.caption}>
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

function NoServers() {
  return (
    <Typography variant="caption" color="textSecondary">
      no MCP servers
    </Typography>
  );
}

function useColumns(): TableColumn<AgentRow>[] {
  const classes = useStyles();
  return useMemo(
    () => [
      {
        title: 'Agent',
        field: 'searchText',
        highlight: true,
        cellStyle: { minWidth: 180, maxWidth: 240 },
        render: row => {
          if (row.kind === 'registered') {
            const e: Entity = row.entity;
            return (
              <>
                <EntityRefLink entityRef={e} title={e.metadata.name} />
                {e.metadata.description && (
                  <Typography variant="caption" className={classes.caption}>
                    {e.metadata.description}
                  </Typography>
                )}
                <Chip
                  className={classes.registered}
                  size="small"
                  variant="outlined"
                  label="Registered (not discovered)"
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
              <Typography variant="caption" className={classes.caption}>
                namespace {agent.ref.namespace} · {agent.type}
                {agent.runtime ? ` (${agent.runtime})` : ''}
              </Typography>
              {agent.description && (
                <Typography variant="caption" className={classes.caption}>
                  {agent.description}
                </Typography>
              )}
            </>
          );
        },
      },
      {
        title: 'Cluster',
        field: 'id',
        cellStyle: { minWidth: 170, maxWidth: 240 },
        render: row => {
          if (row.kind === 'registered') {
            return (
              <>
                <Typography variant="body2" color="textSecondary">
                  Not in a watched cluster
                </Typography>
                <Typography variant="caption" className={classes.caption}>
                  {jurisdictionText(entityJurisdiction(row.entity))}
                </Typography>
              </>
            );
          }
          const { agent } = row;
          return (
            <>
              <span className={classes.strong}>{agent.ref.cluster}</span>
              <Typography variant="caption" className={classes.caption}>
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
        title: 'Owner',
        sorting: false,
        cellStyle: { minWidth: 120 },
        render: row => (
          <TeamLink
            team={
              row.kind === 'registered'
                ? entityOwner(row.entity)
                : row.agent.owner
            }
          />
        ),
      },
      {
        title: 'Model',
        sorting: false,
        cellStyle: { minWidth: 160, maxWidth: 240 },
        render: row => {
          if (row.kind === 'registered') {
            return (
              <Typography variant="caption" color="textSecondary">
                see the entity
              </Typography>
            );
          }
          const { model } = row.agent;
          if (!model) {
            return (
              <Typography variant="caption" color="textSecondary">
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
                <span className={classes.strong}>{name}</span>
              )}
              <Typography variant="caption" className={classes.caption}>
                {[model.provider, LOCATION_TEXT[model.location]]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography>
              {!model.found && (
                <Typography variant="caption" className={classes.warning}>
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
        cellStyle: { minWidth: 200, maxWidth: 300 },
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
        title: 'Identity',
        sorting: false,
        cellStyle: { minWidth: 180, maxWidth: 240 },
        render: row =>
          row.kind === 'registered' ? (
            <Identity
              spiffeId={
                row.entity.metadata.annotations?.[
                  AI_PLATFORM_ANNOTATIONS.spiffeId
                ]
              }
            />
          ) : (
            <Identity
              spiffeId={row.agent.spiffeId}
              serviceAccount={row.agent.serviceAccount}
            />
          ),
      },
      {
        // Readiness and sovereignty share a column so the table fits a
        // laptop screen without scrolling sideways.
        title: 'Readiness and sovereignty',
        sorting: false,
        cellStyle: { minWidth: 150, maxWidth: 220 },
        render: row =>
          row.kind === 'registered' ? (
            <Typography variant="caption" color="textSecondary">
              Not watched and not evaluated here: the entity page shows its
              labels.
            </Typography>
          ) : (
            <>
              <ReadinessStatus readiness={row.agent.readiness} />
              <div className={classes.sovereignty}>
                <SovereigntyStatusCell evaluation={row.agent.sovereignty} />
              </div>
            </>
          ),
      },
    ],
    [classes],
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
