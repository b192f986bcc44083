import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { HomePageWidgetBlueprint } from '@backstage/plugin-home-react/alpha';

const welcomeWidget = HomePageWidgetBlueprint.make({
  name: 'ai-platform-welcome',
  params: {
    name: 'AiPlatformWelcome',
    title: 'AI Platform',
    description: 'What the AI Platform portal is for and where to start',
    components: () =>
      import('./WelcomeCard').then(m => ({ Content: m.WelcomeCard })),
  },
});

/** The portal's home page widgets, added to the home plugin. */
export const homeModule = createFrontendModule({
  pluginId: 'home',
  extensions: [welcomeWidget],
});
