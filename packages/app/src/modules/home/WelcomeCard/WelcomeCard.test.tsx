import { renderInTestApp } from '@backstage/frontend-test-utils';
import { screen } from '@testing-library/react';
import { WelcomeCard } from './WelcomeCard';

describe('WelcomeCard', () => {
  it('names the organisation and links to the catalog, Create and the teams', async () => {
    renderInTestApp(<WelcomeCard />, {
      config: { organization: { name: 'Meridian' } },
    });

    expect(
      await screen.findByText(/running AI on Kubernetes at Meridian/),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Browse the catalog' }),
    ).toHaveAttribute('href', '/catalog');
    expect(screen.getByRole('button', { name: 'Create' })).toHaveAttribute(
      'href',
      '/create',
    );
    expect(screen.getByRole('button', { name: 'Find a team' })).toHaveAttribute(
      'href',
      '/catalog?filters[kind]=group',
    );
  });

  it('reads well when no organisation name is configured', async () => {
    renderInTestApp(<WelcomeCard />);

    expect(
      await screen.findByText(/running AI on Kubernetes at your organisation/),
    ).toBeInTheDocument();
  });
});
