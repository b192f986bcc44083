import type { ClusterReadState } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import useDebounce from 'react-use/esm/useDebounce';
import { useAgentRegistry } from '../../hooks/useAgentRegistry';
import {
  entityOwner,
  isRegisteredOnly,
  toAgentRows,
} from '../../lib/agentRows';
import { teamName } from '../../lib/gpuFormat';
import { AgentsTable } from '../AgentsTable';
import { McpServersTable } from '../McpServersTable';
import { FilterBar, FilterSelect, filterFieldSx } from '../Filters';
import { PluginPage } from '../PluginPage';

const SUBTITLE =
  'AI agents across clusters and the catalog: who owns them, where they run, which model and MCP tools they use, their identity, readiness and sovereignty status.';

const FILTER_KEYS = ['cluster', 'owner', 'q'] as const;
const useFilterParams = () => useUrlFilters(FILTER_KEYS);

/** Choices stay those of the widest answer seen, so one filter does not hide the others' values. */
function useStableChoices(values: string[], current?: string): string[] {
  const seen = useRef<Set<string>>(new Set());
  values.forEach(v => seen.current.add(v));
  if (current) seen.current.add(current);
  return [...seen.current].sort((a, b) => a.localeCompare(b));
}

/** The search box writes `q` to the URL once typing pauses. */
function SearchField(props: {
  value?: string;
  onChange: (value: string) => void;
}) {
  const { value = '', onChange } = props;
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  useDebounce(
    () => {
      if (text.trim() !== value) onChange(text.trim());
    },
    400,
    [text],
  );
  return (
    <TextField
      sx={filterFieldSx}
      id="ai-platform-agents-q"
      label="Search"
      placeholder="name, model, MCP server or tool"
      size="small"
      type="search"
      value={text}
      onChange={e => setText(e.target.value)}
      InputLabelProps={{ shrink: true }}
    />
  );
}

function StaleClusters(props: { clusters: ClusterReadState[] }) {
  const stale = props.clusters.filter(
    c => c.health.state === 'stale' || c.health.state === 'error',
  );
  if (stale.length === 0) return null;
  return (
    <Box mb={2}>
      <WarningPanel
        severity="warning"
        title={`${stale.length} of ${props.clusters.length} clusters are stale or unreachable`}
        message={`Their agents and MCP servers are shown as last read (${stale
          .map(c => c.cluster)
          .join(', ')}); they may have changed since.`}
      />
    </Box>
  );
}

function AgentsContent() {
  const [filter, setFilter, clearFilters] = useFilterParams();
  const state = useAgentRegistry(filter);
  const { agents, catalogAgents } = state;
  const filtered = FILTER_KEYS.some(k => filter[k]);

  const registeredOwners = (catalogAgents ?? [])
    .filter(isRegisteredOnly)
    .map(entityOwner)
    .filter((o): o is string => Boolean(o));
  const clusterChoices = useStableChoices(
    (agents?.clusters ?? []).map(c => c.cluster),
    filter.cluster,
  );
  const ownerChoices = useStableChoices(
    [...(agents?.items ?? []).map(a => a.owner), ...registeredOwners],
    filter.owner,
  );
  const rows = useMemo(
    () => toAgentRows(agents?.items ?? [], catalogAgents ?? [], filter),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [agents, catalogAgents, filter.cluster, filter.owner, filter.q],
  );

  const filters = (
    <FilterBar>
      <FilterSelect
        id="ai-platform-agents-cluster"
        label="Cluster"
        allLabel="All clusters"
        value={filter.cluster}
        values={clusterChoices}
        onChange={v => setFilter('cluster', v)}
      />
      <FilterSelect
        id="ai-platform-agents-owner"
        label="Owner"
        allLabel="All owners"
        value={filter.owner}
        values={ownerChoices}
        labelOf={teamName}
        onChange={v => setFilter('owner', v)}
      />
      <SearchField value={filter.q} onChange={v => setFilter('q', v)} />
      {filtered && <Button onClick={clearFilters}>Clear filters</Button>}
    </FilterBar>
  );

  if (state.loading) {
    return (
      <>
        {filters}
        <Progress />
      </>
    );
  }
  if (!agents) {
    return (
      <>
        {filters}
        <ResponseErrorPanel error={state.error ?? new Error('No answer')} />
      </>
    );
  }

  const servers = state.mcpServers?.items ?? [];
  return (
    <>
      {filters}
      {state.error && (
        <Box mb={2}>
          <WarningPanel
            severity="warning"
            title="Could not refresh the agents; showing the last answer"
            message={state.error.message}
          />
        </Box>
      )}
      {state.catalogError && (
        <Box mb={2}>
          <WarningPanel
            severity="warning"
            title="Could not read the catalog: agents registered there but not running in a cluster are missing"
            message={state.catalogError.message}
          />
        </Box>
      )}
      <StaleClusters clusters={agents.clusters} />
      {rows.length === 0 ? (
        <EmptyState
          missing="data"
          title={filtered ? 'No agent matches these filters' : 'No agents yet'}
          description={
            filtered
              ? 'Clear a filter to see more agents.'
              : 'Agents appear here when a kagent Agent runs in a watched cluster, or when a Component of type ai-agent is registered in the catalog.'
          }
          action={
            filtered ? (
              <Button onClick={clearFilters}>Clear filters</Button>
            ) : undefined
          }
        />
      ) : (
        <section aria-label="Agents">
          <AgentsTable rows={rows} />
        </section>
      )}
      <Box component="section" sx={{ mt: 3 }} aria-label="MCP servers">
        {state.mcpServersError && !state.mcpServers ? (
          <ResponseErrorPanel
            title="Could not read the MCP servers"
            error={state.mcpServersError}
          />
        ) : null}
        {!state.mcpServers && !state.mcpServersError && <Progress />}
        {state.mcpServers && <McpServersTable servers={servers} />}
      </Box>
    </>
  );
}

/**
 * The agent registry: agents across clusters and the catalog's registered
 * ones, and the MCP servers with their tools. Filters live in the URL.
 *
 * In the new frontend system the app draws the header (`header={false}`);
 * legacy apps get the Backstage header.
 *
 * @public
 */
export function AgentsPage(props: { header?: boolean }) {
  return (
    <PluginPage title="Agents" subtitle={SUBTITLE} header={props.header}>
      <AgentsContent />
    </PluginPage>
  );
}
