import type { ReactNode } from 'react';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { styled } from '@mui/material/styles';
import { warningTextColor } from '../Text';

const List = styled('ul')(({ theme }) => ({
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
  gap: theme.spacing(2),
  listStyle: 'none',
  margin: 0,
  padding: 0,
}));

/**
 * A row of headline figures (a list, named for screen readers) that wraps
 * into as many columns as fit.
 */
export function SummaryFigures(props: { label: string; children: ReactNode }) {
  return <List aria-label={props.label}>{props.children}</List>;
}

/**
 * One headline figure: the value large, what it counts under it, and an
 * optional detail line. `warn` colours the value amber.
 */
export function SummaryFigure(props: {
  label: string;
  value: string | number;
  detail?: string;
  warn?: boolean;
  size?: 'h4' | 'h5';
}) {
  return (
    <li aria-label={`${props.label}: ${props.value}`}>
      <Paper variant="outlined" sx={{ px: 2, py: 1.5, height: '100%' }}>
        <Typography
          variant={props.size ?? 'h5'}
          component="p"
          sx={{
            fontWeight: 600,
            lineHeight: 1.2,
            color: props.warn ? warningTextColor : undefined,
          }}
        >
          {props.value}
        </Typography>
        <Typography variant="body2" color="text.secondary">
          {props.label}
        </Typography>
        {props.detail && (
          <Typography
            variant="caption"
            color="text.secondary"
            sx={{ display: 'block', overflowWrap: 'anywhere' }}
          >
            {props.detail}
          </Typography>
        )}
      </Paper>
    </li>
  );
}
