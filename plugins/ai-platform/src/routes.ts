import { createRouteRef } from '@backstage/core-plugin-api';

export const clustersRouteRef = createRouteRef({ id: 'ai-platform:clusters' });

export const gpuRouteRef = createRouteRef({ id: 'ai-platform:gpu' });

export const sovereigntyRouteRef = createRouteRef({
  id: 'ai-platform:sovereignty',
});
export const agentsRouteRef = createRouteRef({ id: 'ai-platform:agents' });

export const modelsRouteRef = createRouteRef({ id: 'ai-platform:models' });

export const conformanceRouteRef = createRouteRef({
  id: 'ai-platform:conformance',
});

export const costRouteRef = createRouteRef({ id: 'ai-platform:cost' });

export const craRouteRef = createRouteRef({ id: 'ai-platform:cra' });
