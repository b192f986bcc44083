import { render, screen } from '@testing-library/react';
import App from '../../App';

// Its own file: the app reads APP_CONFIG once per module registry, and
// App.test.tsx renders the development configuration.
describe('sign-in page', () => {
  it('offers GitHub sign-in, not guest, in production', async () => {
    process.env = {
      NODE_ENV: 'test',
      APP_CONFIG: [
        {
          data: {
            app: { title: 'AI Platform' },
            backend: { baseUrl: 'http://localhost:7007' },
            auth: { environment: 'production' },
          },
          context: 'test',
        },
      ] as any,
    };

    render(App.createRoot());

    expect(
      await screen.findByText('Sign in with your GitHub account', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enter' })).toBeNull();
  });
});
