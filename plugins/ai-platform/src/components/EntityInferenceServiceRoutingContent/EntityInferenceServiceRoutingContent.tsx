import type {
  HttpRouteView,
  InferenceObjectiveView,
  InferencePoolView,
  InferenceServiceRow,
  RouteBackendView,
  RoutingOverview,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { aiPlatformApiRef } from '../../api';
import { shortDigest } from '../../lib/modelFormat';
import { replicasText, shareText, versionText } from '../../lib/servingFormat';
import { workloadOf } from '../EntityModelVersionCard';
import { Problems } from '../InferenceServicesTable';
import { SummaryFigure, SummaryFigures } from '../SummaryFigures';
import { Caption, Monospace } from '../Text';

/** One hop of the path: what it is, its name, its details and problems. */
function Hop(props: {
  kind: string;
  name: string;
  label: string;
  children?: ReactNode;
  problems?: HttpRouteView['problems'];
}) {
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-label={props.label}
      sx={{ p: 2 }}
    >
      <Typography variant="overline" color="text.secondary" component="p">
        {props.kind}
      </Typography>
      <Typography
        variant="subtitle1"
        component="h3"
        sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}
      >
        {props.name}
      </Typography>
      {props.children}
      {props.problems && props.problems.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Problems problems={props.problems} />
        </Box>
      )}
    </Paper>
  );
}

function Down() {
  return (
    <Box sx={{ display: 'flex', justifyContent: 'center' }} aria-hidden>
      <ArrowDownwardIcon color="action" />
    </Box>
  );
}

function acceptedLabel(accepted?: string, reason?: string): string {
  if (!accepted) return 'no verdict reported';
  const verdict = accepted === 'True' ? 'accepted' : 'not accepted';
  return reason ? `${verdict} (${reason})` : verdict;
}

function Gateways(props: { route: HttpRouteView }) {
  return (
    <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap">
      {props.route.parents.map(p => (
        <Hop
          key={`${p.namespace}/${p.name}`}
          kind={p.kind}
          name={`${p.namespace}/${p.name}`}
          label={`${p.kind} ${p.namespace}/${p.name}`}
        >
          <Caption>
            {p.exists === false ? 'does not exist · ' : ''}
            {acceptedLabel(p.accepted, p.reason)}
            {p.sectionName ? ` · listener ${p.sectionName}` : ''}
          </Caption>
        </Hop>
      ))}
    </Stack>
  );
}

function backendState(b: RouteBackendView): string {
  if (b.state === 'missing') return 'missing';
  if (b.state === 'unchecked') return 'not checked';
  return 'exists';
}

function Backends(props: { rule: HttpRouteView['rules'][number] }) {
  return (
    <Table size="small" aria-label="Backends and weights">
      <TableHead>
        <TableRow>
          <TableCell>Backend</TableCell>
          <TableCell align="right">Weight</TableCell>
          <TableCell align="right">Share</TableCell>
          <TableCell>State</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {props.rule.backends.map(b => (
          <TableRow key={`${b.group}/${b.kind}/${b.namespace}/${b.name}`}>
            <TableCell>
              <Monospace>
                {b.kind} {b.name}
              </Monospace>
              {b.port !== undefined && <Caption>port {b.port}</Caption>}
            </TableCell>
            <TableCell align="right">{b.weight}</TableCell>
            <TableCell align="right">{shareText(b.sharePercent)}</TableCell>
            <TableCell>
              {b.state === 'missing' ? (
                <Typography variant="body2" color="error" component="span">
                  {backendState(b)}
                </Typography>
              ) : (
                backendState(b)
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Route(props: { route: HttpRouteView }) {
  const { route } = props;
  return (
    <Hop
      kind="HTTPRoute"
      name={`${route.namespace}/${route.name}`}
      label={`HTTPRoute ${route.namespace}/${route.name}`}
      problems={route.problems}
    >
      {route.hostnames.length > 0 && (
        <Caption>hosts {route.hostnames.join(', ')}</Caption>
      )}
      {route.rules.map((rule, i) => (
        <Box key={i} sx={{ mt: 1 }}>
          <Typography variant="body2">
            Rule {i + 1}: {rule.matches.join('; ')}
          </Typography>
          <Backends rule={rule} />
        </Box>
      ))}
    </Hop>
  );
}

function Pods(props: {
  pool: InferencePoolView;
  model?: InferenceServiceRow['model'];
}) {
  const { pods } = props.pool;
  const { model } = props;
  if (pods.length === 0) return <Caption>selects no pod</Caption>;
  return (
    <Table size="small" aria-label={`Pods of ${props.pool.name}`}>
      <TableHead>
        <TableRow>
          <TableCell>Pod</TableCell>
          <TableCell>Ready</TableCell>
          <TableCell>Runs</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {pods.map(pod => (
          <TableRow key={pod.name}>
            <TableCell>
              <Monospace>{pod.name}</Monospace>
              {pod.node && <Caption>on {pod.node}</Caption>}
            </TableCell>
            <TableCell>
              {pod.ready ? 'ready' : `not ready (${pod.phase ?? 'unknown'})`}
            </TableCell>
            <TableCell>
              {pod.images.map(image => (
                <Box key={image.container}>
                  <Monospace>{image.image}</Monospace>
                  <Caption title={image.digest}>
                    {image.container}
                    {image.digest ? ` · ${shortDigest(image.digest)}` : ''}
                    {model?.digest && image.digest === model.digest
                      ? ` · model ${model.tags?.join(', ') || 'version'}`
                      : ''}
                  </Caption>
                </Box>
              ))}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Objectives(props: { objectives: InferenceObjectiveView[] }) {
  if (props.objectives.length === 0) return null;
  return (
    <Box sx={{ mt: 1 }}>
      {props.objectives.map(o => (
        <Caption key={`${o.kind}/${o.name}`}>
          {o.kind} {o.name}
          {o.priority !== undefined ? ` · priority ${o.priority}` : ''}
          {o.criticality ? ` · ${o.criticality}` : ''}
          {o.modelName ? ` · model ${o.modelName}` : ''}
        </Caption>
      ))}
    </Box>
  );
}

function Pool(props: {
  pool: InferencePoolView;
  objectives: InferenceObjectiveView[];
  model?: InferenceServiceRow['model'];
}) {
  const { pool } = props;
  const epp = pool.endpointPicker;
  return (
    <Hop
      kind={`InferencePool (${pool.apiVersion})`}
      name={`${pool.namespace}/${pool.name}`}
      label={`InferencePool ${pool.namespace}/${pool.name}`}
      problems={pool.problems}
    >
      <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" my={1}>
        {Object.entries(pool.selector).map(([k, v]) => (
          <Chip key={k} size="small" variant="outlined" label={`${k}=${v}`} />
        ))}
      </Stack>
      <Caption>
        target port{pool.targetPorts.length === 1 ? '' : 's'}{' '}
        {pool.targetPorts.join(', ') || 'none'}
        {pool.appProtocol ? ` · ${pool.appProtocol}` : ''}
      </Caption>
      <Caption>
        {epp
          ? `endpoint picker ${epp.kind} ${epp.name}${
              epp.port ? `:${epp.port}` : ''
            } · ${epp.failureMode}${
              epp.exists === false ? ' · does not exist' : ''
            }`
          : 'no endpoint picker'}
      </Caption>
      {pool.parents.map(p => (
        <Caption key={`${p.parent.namespace}/${p.parent.name}`}>
          {p.parent.kind} {p.parent.namespace}/{p.parent.name}:{' '}
          {acceptedLabel(p.accepted, p.reason)}
        </Caption>
      ))}
      <Objectives
        objectives={props.objectives.filter(o =>
          pool.objectives.some(x => x.kind === o.kind && x.name === o.name),
        )}
      />
      <Box sx={{ mt: 1 }}>
        <Typography variant="body2">
          {pool.readyPods} of {pool.pods.length} pod
          {pool.pods.length === 1 ? '' : 's'} ready
        </Typography>
        <Pods pool={pool} model={props.model} />
      </Box>
    </Hop>
  );
}

/** The pools a route's backends name, in the order the route lists them. */
function poolsOf(route: HttpRouteView, pools: InferencePoolView[]) {
  return route.rules
    .flatMap(rule => rule.backends)
    .flatMap(b =>
      pools.filter(
        p =>
          b.kind === 'InferencePool' &&
          p.name === b.name &&
          p.namespace === b.namespace &&
          p.apiVersion.startsWith(`${b.group}/`),
      ),
    );
}

function Path(props: {
  routing: RoutingOverview;
  model?: InferenceServiceRow['model'];
}) {
  const { routes, pools, objectives } = props.routing;
  const { model } = props;
  const routed = new Set(routes.flatMap(r => poolsOf(r, pools)));
  const unrouted = pools.filter(p => !routed.has(p));
  return (
    <Stack spacing={2}>
      {routes.map(route => (
        <Stack
          key={`${route.cluster}/${route.namespace}/${route.name}`}
          spacing={1}
          component="section"
          aria-label={`Path through ${route.name}`}
        >
          <Gateways route={route} />
          <Down />
          <Route route={route} />
          <Down />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2}>
            {[...new Set(poolsOf(route, pools))].map(pool => (
              <Box key={`${pool.apiVersion}/${pool.name}`} sx={{ flex: 1 }}>
                <Pool pool={pool} objectives={objectives} model={model} />
              </Box>
            ))}
          </Stack>
        </Stack>
      ))}
      {unrouted.map(pool => (
        <Pool
          key={`${pool.apiVersion}/${pool.namespace}/${pool.name}`}
          pool={pool}
          objectives={objectives}
          model={model}
        />
      ))}
    </Stack>
  );
}

function ServiceFigures(props: { row: InferenceServiceRow }) {
  const { row } = props;
  return (
    <SummaryFigures label="Service summary">
      <SummaryFigure
        label="Model version running"
        value={versionText(row.model)}
        detail={row.model.repository ?? row.model.uri}
        size="h5"
      />
      <SummaryFigure
        label="Replicas"
        value={replicasText(row.replicas)}
        warn={row.replicas.ready < row.replicas.desired}
      />
      <SummaryFigure label="Routes in front" value={row.routes.length} />
    </SummaryFigures>
  );
}

/**
 * "Routing": the path a request takes to an inference service, Gateway →
 * HTTPRoute (weights per backend) → InferencePool (selector, target ports,
 * endpoint picker) → pods and what they run, with every problem on the way
 * (a backend that does not exist, a pool no Gateway accepted, a pool that
 * selects no ready pod, weights that do not add up).
 *
 * @public
 */
export function EntityInferenceServiceRoutingContent() {
  const { entity } = useEntity();
  const api = useApi(aiPlatformApiRef);
  const workload = workloadOf(entity);
  const { value, loading, error } = useAsync(async () => {
    if (!workload) return undefined;
    const filter = {
      cluster: workload.cluster,
      namespace: workload.namespace,
      service: workload.name,
    };
    const [routing, inventory] = await Promise.all([
      api.getInferenceRouting(filter),
      api.getInferenceServices(filter),
    ]);
    return { routing, inventory };
  }, [api, workload?.namespace, workload?.name, workload?.cluster]);

  if (!workload) {
    return (
      <EmptyState
        missing="field"
        title="This service names no Kubernetes workload"
        description="Set the annotation backstage.io/kubernetes-namespace (and backstage.io/kubernetes-id, or ai-platform.io/cluster) to see how requests reach it."
      />
    );
  }
  if (loading) return <Progress />;
  if (error) return <ResponseErrorPanel error={error} />;
  if (!value) return null;
  const { routing, inventory } = value;
  const stale = routing.clusters.filter(c => c.health.state !== 'synced');
  return (
    <Stack spacing={2}>
      {stale.map(c => (
        <Alert key={c.name} severity="warning">
          Cluster {c.name} is {c.health.state}
          {c.health.staleSince ? ` since ${c.health.staleSince}` : ''}: the path
          is shown as last read.
        </Alert>
      ))}
      {inventory.items.map(row => (
        <ServiceFigures key={`${row.cluster}/${row.kind}`} row={row} />
      ))}
      {inventory.items.length === 0 && (
        <Alert severity="warning">
          No InferenceService or LLMInferenceService named {workload.name} in
          namespace {workload.namespace}
          {workload.cluster ? ` on ${workload.cluster}` : ''}.
        </Alert>
      )}
      {routing.routes.length === 0 && routing.pools.length === 0 ? (
        <EmptyState
          missing="data"
          title="No route or pool in front of this service"
          description="No HTTPRoute sends traffic to it and it owns no InferencePool: requests reach it only inside the cluster (or through an Ingress the portal does not read)."
        />
      ) : (
        <Path routing={routing} model={inventory.items[0]?.model} />
      )}
    </Stack>
  );
}
