import { SignInPage } from '@backstage/core-components';
import {
  configApiRef,
  githubAuthApiRef,
  useApi,
} from '@backstage/core-plugin-api';
import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { SignInPageBlueprint } from '@backstage/plugin-app-react';
import type { ComponentProps } from 'react';

const githubProvider = {
  id: 'github-auth-provider',
  title: 'GitHub',
  message: 'Sign in with your GitHub account',
  apiRef: githubAuthApiRef,
};

type Props = Omit<ComponentProps<typeof SignInPage>, 'providers'>;

/**
 * Guest sign-in on a development machine (`auth.environment` unset or
 * `development`), GitHub everywhere else: the guest provider refuses to run
 * in production, and app-config.production.yaml configures GitHub.
 */
function PortalSignInPage(props: Props) {
  const config = useApi(configApiRef);
  const environment =
    config.getOptionalString('auth.environment') ?? 'development';
  return (
    <SignInPage
      {...props}
      providers={environment === 'development' ? ['guest'] : [githubProvider]}
    />
  );
}

/** Replaces the app's default (guest only) sign-in page. */
export const signInModule = createFrontendModule({
  pluginId: 'app',
  extensions: [
    SignInPageBlueprint.make({
      params: {
        loader: async () => props => <PortalSignInPage {...props} />,
      },
    }),
  ],
});
