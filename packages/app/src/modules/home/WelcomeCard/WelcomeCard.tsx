import { LinkButton } from '@backstage/core-components';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { configApiRef, useApi } from '@backstage/frontend-plugin-api';

/**
 * The first thing a person reads on the portal: what it is for and where to
 * start. Links only to pages that exist in this portal.
 */
export const WelcomeCard = () => {
  const organization =
    useApi(configApiRef).getOptionalString('organization.name') ??
    'your organisation';
  return (
    <Box p={1}>
      <Typography variant="body1" paragraph>
        The developer portal for running AI on Kubernetes at {organization}: one
        place to find the models, inference services, agents and GPU clusters
        that exist, who owns them, what they cost and where they are allowed to
        run, and a governed self-service path to new ones.
      </Typography>
      <Typography variant="body1" paragraph>
        Start with the software catalog: every team, system and AI workload is
        an entity there, with its owner and the labels that say which
        jurisdiction its data belongs to. Software templates under Create
        produce reviewable changes instead of hand-written manifests.
      </Typography>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mt: 2 }}>
        <LinkButton variant="contained" color="primary" to="/catalog">
          Browse the catalog
        </LinkButton>
        <LinkButton variant="outlined" color="primary" to="/create">
          Create
        </LinkButton>
        <LinkButton
          variant="outlined"
          color="primary"
          to="/catalog?filters[kind]=group"
        >
          Find a team
        </LinkButton>
      </Box>
    </Box>
  );
};
