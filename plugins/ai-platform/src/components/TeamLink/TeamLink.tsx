import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Typography from '@mui/material/Typography';
import { teamName, teamRef } from '../../lib/gpuFormat';

/**
 * A link to the Group entity of a team, or a muted note when the namespace or
 * queue carries no team label.
 *
 * @public
 */
export function TeamLink(props: { team?: string }) {
  if (!props.team) {
    return (
      <Typography variant="body2" component="span" color="text.secondary">
        no team label
      </Typography>
    );
  }
  return (
    <EntityRefLink entityRef={teamRef(props.team)}>
      {teamName(props.team)}
    </EntityRefLink>
  );
}
