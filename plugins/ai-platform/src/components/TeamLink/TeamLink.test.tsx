import { renderInTestApp } from '@backstage/frontend-test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { screen } from '@testing-library/react';
import { TeamLink } from './TeamLink';

const mountedRoutes = { '/catalog/:namespace/:kind/:name': entityRouteRef };

describe('TeamLink', () => {
  it('links a team to its Group entity page', async () => {
    await renderInTestApp(<TeamLink team="group:default/eu-inference" />, {
      mountedRoutes,
    });

    expect(screen.getByRole('link', { name: 'eu-inference' })).toHaveAttribute(
      'href',
      '/catalog/default/group/eu-inference',
    );
  });

  it('reads a bare group name as a Group in the default namespace', async () => {
    await renderInTestApp(<TeamLink team="platform-engineering" />, {
      mountedRoutes,
    });

    expect(
      screen.getByRole('link', { name: 'platform-engineering' }),
    ).toHaveAttribute('href', '/catalog/default/group/platform-engineering');
  });

  it('says so when there is no team label', async () => {
    await renderInTestApp(<TeamLink />);

    expect(screen.getByText('no team label')).toBeInTheDocument();
  });
});
