import type { ClusterHealth } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import Typography from '@mui/material/Typography';
import { DateTime } from 'luxon';
import { formatDateTime } from '../../lib/dates';
import { NotUnderstoodObjects } from '../NotUnderstoodObjects';

const detailSx = {
  display: 'block',
  color: 'text.secondary',
  overflowWrap: 'anywhere',
} as const;

function relative(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const time = DateTime.fromISO(iso);
  return time.isValid ? time.toRelative() ?? undefined : undefined;
}

/** Time text with the exact time on hover; the relative text is what counts. */
function Since(props: { prefix: string; iso?: string }) {
  const text = relative(props.iso);
  if (!text) return null;
  return (
    <span title={formatDateTime(props.iso)}>
      {props.prefix} {text}
    </span>
  );
}

/**
 * The health of one cluster's watch caches. The error text is always shown
 * in the cell, never only in a tooltip: it is what the reader needs to act.
 *
 * @public
 */
export function ClusterHealthStatus(props: {
  health: ClusterHealth;
  /** Also list the objects the backend does not understand (the Clusters page). */
  showNotUnderstood?: boolean;
}) {
  return (
    <>
      <HealthState health={props.health} />
      {props.showNotUnderstood && (
        <NotUnderstoodObjects notUnderstood={props.health.notUnderstood} />
      )}
    </>
  );
}

function HealthState(props: { health: ClusterHealth }) {
  const { state, error, staleSince, lastEventAt, syncedAt } = props.health;

  const errorText = error ? (
    <Typography
      variant="body2"
      component="span"
      sx={{ display: 'block', overflowWrap: 'anywhere', mt: 0.5 }}
    >
      {error}
    </Typography>
  ) : null;

  switch (state) {
    case 'synced':
      return (
        <>
          <StatusOK>Synced</StatusOK>
          <Typography variant="caption" sx={detailSx}>
            <Since prefix="last event" iso={lastEventAt ?? syncedAt} />
          </Typography>
        </>
      );
    case 'syncing':
      return (
        <>
          <StatusPending>Syncing</StatusPending>
          <Typography variant="caption" sx={detailSx}>
            first list not complete yet
          </Typography>
          {errorText}
        </>
      );
    case 'stale':
      return (
        <>
          <StatusWarning>Stale</StatusWarning>
          <Typography variant="caption" sx={detailSx}>
            <Since prefix="stale since" iso={staleSince} />
            {staleSince ? '; ' : ''}serving cached data
          </Typography>
          {errorText}
        </>
      );
    case 'error':
    default:
      return (
        <>
          <StatusError>Error</StatusError>
          <Typography variant="caption" sx={detailSx}>
            nothing could be read
          </Typography>
          {errorText}
        </>
      );
  }
}
