/*
 * The AI Platform portal's backend: stock Backstage plugins, and the
 * AI Platform backend plugins and modules from plugins/ as they are built.
 */

import { createBackend } from '@backstage/backend-defaults';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));
backend.add(import('@backstage/plugin-proxy-backend'));

// scaffolder plugin
backend.add(import('@backstage/plugin-scaffolder-backend'));
backend.add(import('@backstage/plugin-scaffolder-backend-module-github'));
backend.add(
  import('@backstage/plugin-scaffolder-backend-module-notifications'),
);

// techdocs plugin
backend.add(import('@backstage/plugin-techdocs-backend'));

// auth plugin
backend.add(import('@backstage/plugin-auth-backend'));
// See https://backstage.io/docs/backend-system/building-backends/migrating#the-auth-plugin
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// See https://backstage.io/docs/auth/guest/provider
// GitHub sign-in, used in production (app-config.production.yaml); it stays
// idle while auth.providers.github is not configured.
backend.add(import('@backstage/plugin-auth-backend-module-github-provider'));

// catalog plugin
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(
  import('@backstage/plugin-catalog-backend-module-scaffolder-entity-model'),
);

// See https://backstage.io/docs/features/software-catalog/configuration#subscribing-to-catalog-errors
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// permission plugin
backend.add(import('@backstage/plugin-permission-backend'));
// The AI Platform suite's policy, configured by groups in
// aiPlatform.permissions (allow-all only in development: a backend started
// with NODE_ENV=production refuses to start with it).
backend.add(
  import(
    '@ai-platform/backstage-plugin-permission-backend-module-ai-platform-policy'
  ),
);

// search plugin
backend.add(import('@backstage/plugin-search-backend'));

// search engine
// See https://backstage.io/docs/features/search/search-engines
backend.add(import('@backstage/plugin-search-backend-module-pg'));

// search collators
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
backend.add(import('@backstage/plugin-search-backend-module-techdocs'));

// kubernetes plugin
backend.add(import('@backstage/plugin-kubernetes-backend'));

// user settings plugin
backend.add(import('@backstage/plugin-user-settings-backend'));

// notifications and signals plugins
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

// mcp actions plugin
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// AI Platform: the cluster layer, REST API and actions, and the catalog
// entity providers
backend.add(import('@ai-platform/backstage-plugin-ai-platform-backend'));
backend.add(
  import('@ai-platform/backstage-plugin-catalog-backend-module-ai-platform'),
);
// The actions of the AI Platform templates (render, publish, register)
backend.add(
  import('@ai-platform/backstage-plugin-scaffolder-backend-module-ai-platform'),
);

backend.start();
