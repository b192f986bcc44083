import type {
  CraItem,
  CraItemStatus as Status,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import Chip from '@mui/material/Chip';
import Tooltip from '@mui/material/Tooltip';

const LOOK: Record<
  Status,
  { label: string; color: 'success' | 'warning' | 'error' | 'default' }
> = {
  pass: { label: 'pass', color: 'success' },
  missing: { label: 'missing', color: 'warning' },
  invalid: { label: 'invalid', color: 'error' },
  unknown: { label: 'unknown', color: 'default' },
};

/** One readiness item as a chip: its status in words, its reason on hover. */
export function CraItemStatus(props: { item: CraItem; compact?: boolean }) {
  const { item } = props;
  const look = LOOK[item.status];
  return (
    <Tooltip title={item.reason}>
      <Chip
        size="small"
        variant={item.status === 'pass' ? 'outlined' : 'filled'}
        color={look.color}
        label={props.compact ? look.label : `${item.title}: ${look.label}`}
        aria-label={`${item.title}: ${look.label}`}
      />
    </Tooltip>
  );
}
