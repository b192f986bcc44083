import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { createScaffolderFieldExtension } from '@backstage/plugin-scaffolder-react';
import { AiPlatformClient, aiPlatformApiRef } from './api';
import {
  clusterPicker,
  gpuProfilePicker,
  modelVersionPicker,
} from './components/formFields';
import {
  agentsRouteRef,
  clustersRouteRef,
  gpuRouteRef,
  modelsRouteRef,
  sovereigntyRouteRef,
  conformanceRouteRef,
  costRouteRef,
  craRouteRef,
} from './routes';

/**
 * The AI Platform plugin for apps on the legacy frontend system.
 *
 * @public
 */
export const aiPlatformPlugin = createPlugin({
  id: 'ai-platform',
  apis: [
    createApiFactory({
      api: aiPlatformApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AiPlatformClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: {
    clusters: clustersRouteRef,
    gpu: gpuRouteRef,
    sovereignty: sovereigntyRouteRef,
    agents: agentsRouteRef,
    models: modelsRouteRef,
    conformance: conformanceRouteRef,
    cost: costRouteRef,
    cra: craRouteRef,
  },
});

/**
 * The clusters page, for a legacy app's routes:
 * `<Route path="/ai-platform/clusters" element={<AiPlatformClustersPage />} />`.
 *
 * @public
 */
export const AiPlatformClustersPage = aiPlatformPlugin.provide(
  createRoutableExtension({
    name: 'AiPlatformClustersPage',
    component: () =>
      import('./components/ClustersPage').then(m => m.ClustersPage),
    mountPoint: clustersRouteRef,
  }),
);

/**
 * The GPU page, for a legacy app's routes:
 * `<Route path="/ai-platform/gpu" element={<AiPlatformGpuPage />} />`.
 *
 * @public
 */
export const AiPlatformGpuPage = aiPlatformPlugin.provide(
  createRoutableExtension({
    name: 'AiPlatformGpuPage',
    component: () => import('./components/GpuPage').then(m => m.GpuPage),
    mountPoint: gpuRouteRef,
  }),
);

/**
 * The agent registry page, for a legacy app's routes:
 * `<Route path="/ai-platform/agents" element={<AiPlatformAgentsPage />} />`.
 * It reads the catalog too, for agents registered there.
 *
 * @public
 */
export const AiPlatformAgentsPage = aiPlatformPlugin.provide(
  createRoutableExtension({
    name: 'AiPlatformAgentsPage',
    component: () => import('./components/AgentsPage').then(m => m.AgentsPage),
    mountPoint: agentsRouteRef,
  }),
);

/**
 * The capacity finder card ("where can this run now?"), for any legacy page.
 *
 * @public
 */
export const AiPlatformCapacityFinder = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'AiPlatformCapacityFinder',
    component: {
      lazy: () =>
        import('./components/CapacityFinder').then(m => m.CapacityFinder),
    },
  }),
);

/**
 * The GPUs tab of a Group entity page (legacy frontend system). Show it for
 * groups: `<EntityLayout.Route path="/gpus" title="GPUs">`.
 *
 * @public
 */
export const EntityTeamGpuContent = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'EntityTeamGpuContent',
    component: {
      lazy: () =>
        import('./components/EntityTeamGpuContent').then(
          m => m.EntityTeamGpuContent,
        ),
    },
  }),
);

/**
 * The GPUs tab of an inference service (legacy frontend system); show it
 * where `isInferenceServiceEntity` holds.
 *
 * @public
 */
export const EntityInferenceServiceGpuContent = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'EntityInferenceServiceGpuContent',
    component: {
      lazy: () =>
        import('./components/EntityInferenceServiceGpuContent').then(
          m => m.EntityInferenceServiceGpuContent,
        ),
    },
  }),
);

/**
 * The Routing tab of an inference service (legacy frontend system): how a
 * request reaches it, Gateway → HTTPRoute → InferencePool → pods. Show it
 * where `isInferenceServiceEntity` holds:
 * `<EntityLayout.Route path="/routing" title="Routing">`.
 *
 * @public
 */
export const EntityInferenceServiceRoutingContent = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'EntityInferenceServiceRoutingContent',
    component: {
      lazy: () =>
        import('./components/EntityInferenceServiceRoutingContent').then(
          m => m.EntityInferenceServiceRoutingContent,
        ),
    },
  }),
);

/**
 * The inference services of every cluster (model version, replicas, GPUs
 * per replica and held, routes in front), for any legacy page; the Models
 * page shows it too.
 *
 * @public
 */
export const AiPlatformInferenceServicesTable = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'AiPlatformInferenceServicesTable',
    component: {
      lazy: () =>
        import('./components/InferenceServicesTable').then(
          m => m.InferenceServicesTable,
        ),
    },
  }),
);

/**
 * The GPUs tab of a `kubernetes-cluster` Resource (legacy frontend system);
 * show it where `isKubernetesClusterEntity` holds.
 *
 * @public
 */
export const EntityClusterGpuContent = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'EntityClusterGpuContent',
    component: {
      lazy: () =>
        import('./components/EntityClusterGpuContent').then(
          m => m.EntityClusterGpuContent,
        ),
    },
  }),
);

/**
 * The Sovereignty page, for a legacy app's routes:
 * `<Route path="/ai-platform/sovereignty" element={<AiPlatformSovereigntyPage />} />`.
 *
 * @public
 */
export const AiPlatformSovereigntyPage = aiPlatformPlugin.provide(
  createRoutableExtension({
    name: 'AiPlatformSovereigntyPage',
    component: () =>
      import('./components/SovereigntyPage').then(m => m.SovereigntyPage),
    mountPoint: sovereigntyRouteRef,
  }),
);

/**
 * The sovereignty card for entity overview pages; show it where
 * `hasSovereignty(entity)` holds.
 *
 * @public
 */
export const EntitySovereigntyCard = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'EntitySovereigntyCard',
    component: {
      lazy: () =>
        import('./components/EntitySovereigntyCard').then(
          m => m.EntitySovereigntyCard,
        ),
    },
  }),
);

/**
 * The Models page, for a legacy app's routes:
 * `<Route path="/ai-platform/models" element={<AiPlatformModelsPage />} />`.
 *
 * @public
 */
export const AiPlatformModelsPage = aiPlatformPlugin.provide(
  createRoutableExtension({
    name: 'AiPlatformModelsPage',
    component: () => import('./components/ModelsPage').then(m => m.ModelsPage),
    mountPoint: modelsRouteRef,
  }),
);

/**
 * The Versions tab of an `ai-model` Resource (legacy frontend system); show
 * it where `isAiModelEntity` holds.
 *
 * @public
 */
export const EntityModelVersionsContent = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'EntityModelVersionsContent',
    component: {
      lazy: () =>
        import('./components/ModelVersionsContent').then(
          m => m.ModelVersionsContent,
        ),
    },
  }),
);

/**
 * The `AiPlatformModelVersionPicker` scaffolder field (legacy frontend
 * system): a model, then one of its versions. Value
 * `{ registry, repository, tag, digest }`. Put it inside
 * `<ScaffolderFieldExtensions>` of the scaffolder page.
 *
 * @public
 */
export const AiPlatformModelVersionPickerFieldExtension =
  aiPlatformPlugin.provide(createScaffolderFieldExtension(modelVersionPicker));

/**
 * The `AiPlatformClusterPicker` scaffolder field (legacy frontend system):
 * the clusters the form's data classification may run on. Value: the cluster
 * name. `ui:options.classificationField` names the classification field
 * (default `classification`).
 *
 * @public
 */
export const AiPlatformClusterPickerFieldExtension = aiPlatformPlugin.provide(
  createScaffolderFieldExtension(clusterPicker),
);

/**
 * The `AiPlatformGpuProfilePicker` scaffolder field (legacy frontend
 * system): a GPU product, count or MIG profile of the chosen cluster, with
 * the fit of the chosen model version. Value `{ gpuProduct, gpus, migProfile? }`.
 * `ui:options.modelField` and `clusterField` name the other fields (defaults
 * `model` and `cluster`).
 *
 * @public
 */
export const AiPlatformGpuProfilePickerFieldExtension =
  aiPlatformPlugin.provide(createScaffolderFieldExtension(gpuProfilePicker));

/**
 * The Conformance page, for a legacy app's routes:
 * `<Route path="/ai-platform/conformance" element={<AiPlatformConformancePage />} />`.
 *
 * @public
 */
export const AiPlatformConformancePage = aiPlatformPlugin.provide(
  createRoutableExtension({
    name: 'AiPlatformConformancePage',
    component: () =>
      import('./components/ConformancePage').then(m => m.ConformancePage),
    mountPoint: conformanceRouteRef,
  }),
);

/**
 * The Conformance tab of a `kubernetes-cluster` Resource (legacy frontend
 * system); show it where `isKubernetesClusterEntity` holds.
 *
 * @public
 */
export const EntityClusterConformanceContent = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'EntityClusterConformanceContent',
    component: {
      lazy: () =>
        import('./components/EntityClusterConformanceContent').then(
          m => m.EntityClusterConformanceContent,
        ),
    },
  }),
);

/**
 * The GPU cost page, for a legacy app's routes:
 * `<Route path="/ai-platform/cost" element={<AiPlatformCostPage />} />`.
 *
 * @public
 */
export const AiPlatformCostPage = aiPlatformPlugin.provide(
  createRoutableExtension({
    name: 'AiPlatformCostPage',
    component: () => import('./components/CostPage').then(m => m.CostPage),
    mountPoint: costRouteRef,
  }),
);

/**
 * The "GPU cost (30 d)" card of a Group or an inference-service Component
 * (legacy frontend system); show it where `hasGpuCost` holds.
 *
 * @public
 */
export const EntityGpuCostCard = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'EntityGpuCostCard',
    component: {
      lazy: () =>
        import('./components/EntityGpuCostCard').then(m => m.EntityGpuCostCard),
    },
  }),
);

/**
 * "Model version" for inference-service Components: the version the
 * service's pods really run, and the drift of a tag reference.
 *
 * @public
 */
export const EntityModelVersionCard = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'EntityModelVersionCard',
    component: {
      lazy: () =>
        import('./components/EntityModelVersionCard').then(
          m => m.EntityModelVersionCard,
        ),
    },
  }),
);

/**
 * The CRA readiness page, for a legacy app's routes:
 * `<Route path="/ai-platform/cra" element={<AiPlatformCraPage />} />`.
 *
 * @public
 */
export const AiPlatformCraPage = aiPlatformPlugin.provide(
  createRoutableExtension({
    name: 'AiPlatformCraPage',
    component: () => import('./components/CraPage').then(m => m.CraPage),
    mountPoint: craRouteRef,
  }),
);

/**
 * The "CRA readiness" card of an ai-model Resource or an inference-service
 * Component (legacy frontend system); show it where `hasCraReadiness` holds.
 *
 * @public
 */
export const EntityCraCard = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'EntityCraCard',
    component: {
      lazy: () =>
        import('./components/EntityCraCard').then(m => m.EntityCraCard),
    },
  }),
);

/**
 * The "What this agent can reach" card of an ai-agent Component (legacy
 * frontend system); show it where `hasAgentReach` holds.
 *
 * @public
 */
export const EntityAgentReachCard = aiPlatformPlugin.provide(
  createComponentExtension({
    name: 'EntityAgentReachCard',
    component: {
      lazy: () =>
        import('./components/EntityAgentReachCard').then(
          m => m.EntityAgentReachCard,
        ),
    },
  }),
);
