import type { ConformanceStatus } from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';

/** A status with an icon and its word: never colour alone. */
export function ConformanceStatusChip(props: {
  status: ConformanceStatus | 'warn';
}) {
  switch (props.status) {
    case 'pass':
      return <StatusOK>Pass</StatusOK>;
    case 'fail':
      return <StatusError>Fail</StatusError>;
    case 'warn':
      return <StatusWarning>Warn</StatusWarning>;
    default:
      return <StatusPending>Unknown</StatusPending>;
  }
}
