import type {
  CostPriceSource,
  CostReport,
  CostUtilisation,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../lib/dates';
import { formatGpuHours, formatMoney } from '../CostPage/format';

const SOURCE_LABELS: Record<CostPriceSource, string> = {
  module: 'price source module',
  cluster: 'cluster override',
  provider: 'provider price',
  global: 'global price',
  default: 'global default',
  opencost: 'OpenCost',
  none: 'no price configured',
};

const percent = (u?: number) =>
  u === undefined ? '–' : `${(Math.round(u * 1000) / 10).toFixed(1)} %`;

const day = (iso: string) => formatDateTime(iso);

function UtilisationTable(props: {
  title: string;
  keyTitle: string;
  rows: CostUtilisation[];
}) {
  if (props.rows.length === 0) return null;
  return (
    <Box component="section" aria-label={props.title} sx={{ mb: 3 }}>
      <Typography variant="h6" component="h3" gutterBottom>
        {props.title}
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{props.keyTitle}</TableCell>
            <TableCell align="right">Allocatable</TableCell>
            <TableCell align="right">Allocated</TableCell>
            <TableCell align="right">Idle</TableCell>
            <TableCell align="right">Utilisation</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {props.rows.map(r => (
            <TableRow key={r.key}>
              <TableCell component="th" scope="row">
                {r.key}
              </TableCell>
              <TableCell align="right">
                {formatGpuHours(r.allocatableGpuHours)}
              </TableCell>
              <TableCell align="right">
                {formatGpuHours(r.allocatedGpuHours)}
              </TableCell>
              <TableCell align="right">
                {formatGpuHours(r.idleGpuHours)}
              </TableCell>
              <TableCell align="right">{percent(r.utilisation)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

/**
 * What the figures of a cost report rest on: every price used and where it
 * came from, from when idle is known on each cluster and how it is worked
 * out, and utilisation per cluster and GPU product.
 */
export function CostAssumptions(props: { report: CostReport }) {
  const { report } = props;
  const money = (v: number) => `${formatMoney(v, report.currency)}`;
  const known = report.sources.filter(s => s.idleKnownFrom);
  const unknown = report.sources.filter(s => !s.idleKnownFrom);
  return (
    <Box>
      <Box component="section" aria-label="Prices used" sx={{ mb: 3 }}>
        <Typography variant="h6" component="h3" gutterBottom>
          Prices used
        </Typography>
        {report.prices.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            No GPU was priced in this window.
          </Typography>
        ) : (
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>Cluster</TableCell>
                <TableCell>Provider</TableCell>
                <TableCell>GPU product</TableCell>
                <TableCell align="right">Per GPU-hour</TableCell>
                <TableCell>From</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.prices.map(p => (
                <TableRow key={`${p.cluster} ${p.product}`}>
                  <TableCell>{p.cluster}</TableCell>
                  <TableCell>{p.provider ?? '–'}</TableCell>
                  <TableCell>{p.product}</TableCell>
                  <TableCell align="right">
                    {p.price === undefined ? '–' : money(p.price)}
                  </TableCell>
                  <TableCell>
                    {SOURCE_LABELS[p.source]}
                    {p.setting && (
                      <Typography
                        variant="caption"
                        color="text.secondary"
                        display="block"
                        sx={{ fontFamily: 'monospace' }}
                      >
                        {p.setting}
                      </Typography>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </Box>
      <Box component="section" aria-label="Idle period" sx={{ mb: 3 }}>
        <Typography variant="h6" component="h3" gutterBottom>
          Idle: the period it covers
        </Typography>
        {known.map(s => (
          <Typography variant="body2" key={s.cluster}>
            {s.cluster}: idle known since {day(s.idleKnownFrom!)}
            {s.recordingSince
              ? ` (recorded since ${day(
                  s.recordingSince,
                )}; earlier capacity reconstructed from node creation times)`
              : ''}
          </Typography>
        ))}
        {unknown.map(s => (
          <Typography variant="body2" key={s.cluster}>
            {s.cluster}: idle not known yet (no capacity recorded)
          </Typography>
        ))}
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {report.idle.basis}
        </Typography>
      </Box>
      <UtilisationTable
        title="Utilisation by cluster"
        keyTitle="Cluster"
        rows={report.utilisation.clusters}
      />
      <UtilisationTable
        title="Utilisation by GPU product"
        keyTitle="GPU product"
        rows={report.utilisation.products}
      />
    </Box>
  );
}
