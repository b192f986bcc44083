import type {
  SovereigntyFinding,
  SovereigntyStatus as Status,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import {
  StatusError,
  StatusOK,
  StatusWarning,
} from '@backstage/core-components';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';

/**
 * A verdict as people read it: compliant, a violation, or unknown (labels
 * missing or contradicting each other, never shown as compliant).
 *
 * @public
 */
export function SovereigntyStatus(props: { status: Status }) {
  switch (props.status) {
    case 'compliant':
      return <StatusOK>Compliant</StatusOK>;
    case 'violation':
      return <StatusError>Violation</StatusError>;
    default:
      return <StatusWarning>Unknown</StatusWarning>;
  }
}

/** The findings that are not compliant, each with what to change. */
export function SovereigntyFindings(props: {
  findings: readonly SovereigntyFinding[];
}) {
  const problems = props.findings.filter(f => f.status !== 'compliant');
  if (problems.length === 0) return null;
  return (
    <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
      {problems.map((f, i) => (
        <Box component="li" key={`${f.code}|${f.target}|${i}`} sx={{ mb: 1 }}>
          <Typography variant="body2">{f.message}</Typography>
          {f.fix && (
            <Typography variant="caption" color="text.secondary">
              Fix: {f.fix}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}
