import {
  ApiBlueprint,
  createFrontendPlugin,
  createRouteRef,
  discoveryApiRef,
  fetchApiRef,
  PageBlueprint,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import VerifiedUserIcon from '@mui/icons-material/VerifiedUser';
import { hasSovereignty } from '../components/EntitySovereigntyCard/EntitySovereigntyCard';
import EmojiObjectsIcon from '@mui/icons-material/EmojiObjects';
import MemoryIcon from '@mui/icons-material/Memory';
import StorageIcon from '@mui/icons-material/Storage';
import LayersIcon from '@mui/icons-material/Layers';
import { AiPlatformClient, aiPlatformApiRef } from '../api';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import MonetizationOnIcon from '@mui/icons-material/MonetizationOn';
import { hasGpuCost } from '../components/EntityGpuCostCard/EntityGpuCostCard';
import { hasCraReadiness } from '../components/EntityCraCard/EntityCraCard';
import { hasAgentReach } from '../components/EntityAgentReachCard/EntityAgentReachCard';

const clustersRouteRef = createRouteRef();
const gpuRouteRef = createRouteRef();
const sovereigntyRouteRef = createRouteRef();
const agentsRouteRef = createRouteRef();
const modelsRouteRef = createRouteRef();
const conformanceRouteRef = createRouteRef();
const costRouteRef = createRouteRef();
const craRouteRef = createRouteRef();

const aiPlatformApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: aiPlatformApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new AiPlatformClient({ discoveryApi, fetchApi }),
    }),
});

const clustersPage = PageBlueprint.make({
  name: 'clusters',
  params: {
    path: '/ai-platform/clusters',
    title: 'Clusters',
    icon: <StorageIcon />,
    routeRef: clustersRouteRef,
    loader: () =>
      import('../components/ClustersPage').then(m => (
        <m.ClustersPage header={false} />
      )),
  },
});

export const gpuPage = PageBlueprint.make({
  name: 'gpu',
  params: {
    path: '/ai-platform/gpu',
    title: 'GPUs',
    icon: <MemoryIcon />,
    routeRef: gpuRouteRef,
    loader: () =>
      import('../components/GpuPage').then(m => <m.GpuPage header={false} />),
  },
});

/** The agent registry: agents across clusters and the catalog, and the MCP servers. */
export const agentsPage = PageBlueprint.make({
  name: 'agents',
  params: {
    path: '/ai-platform/agents',
    title: 'Agents',
    icon: <EmojiObjectsIcon />,
    routeRef: agentsRouteRef,
    loader: () =>
      import('../components/AgentsPage').then(m => (
        <m.AgentsPage header={false} />
      )),
  },
});

/** The GPUs tab of a Group: its quotas, queues and the health of their clusters. */
export const teamGpuContent = EntityContentBlueprint.make({
  name: 'team-gpus',
  params: {
    path: '/gpus',
    title: 'GPUs',
    filter: { kind: 'group' },
    loader: () =>
      import('../components/EntityTeamGpuContent').then(m => (
        <m.EntityTeamGpuContent />
      )),
  },
});

/** The GPUs tab of an inference service: the GPUs its pods hold and wait for. */
export const inferenceServiceGpuContent = EntityContentBlueprint.make({
  name: 'inference-service-gpus',
  params: {
    path: '/gpus',
    title: 'GPUs',
    filter: { kind: 'component', 'spec.type': 'inference-service' },
    loader: () =>
      import('../components/EntityInferenceServiceGpuContent').then(m => (
        <m.EntityInferenceServiceGpuContent />
      )),
  },
});

/**
 * The Routing tab of an inference service: Gateway → HTTPRoute (weights) →
 * InferencePool → pods and what they run, with the problems on the way.
 */
export const inferenceServiceRoutingContent = EntityContentBlueprint.make({
  name: 'inference-service-routing',
  params: {
    path: '/routing',
    title: 'Routing',
    filter: { kind: 'component', 'spec.type': 'inference-service' },
    loader: () =>
      import('../components/EntityInferenceServiceRoutingContent').then(m => (
        <m.EntityInferenceServiceRoutingContent />
      )),
  },
});

/** The GPUs tab of a cluster Resource: its pools, quotas and queues. */
export const clusterGpuContent = EntityContentBlueprint.make({
  name: 'cluster-gpus',
  params: {
    path: '/gpus',
    title: 'GPUs',
    filter: { kind: 'resource', 'spec.type': 'kubernetes-cluster' },
    loader: () =>
      import('../components/EntityClusterGpuContent').then(m => (
        <m.EntityClusterGpuContent />
      )),
  },
});

export const sovereigntyPage = PageBlueprint.make({
  name: 'sovereignty',
  params: {
    path: '/ai-platform/sovereignty',
    title: 'Sovereignty',
    icon: <VerifiedUserIcon />,
    routeRef: sovereigntyRouteRef,
    loader: () =>
      import('../components/SovereigntyPage').then(m => (
        <m.SovereigntyPage header={false} />
      )),
  },
});

/** The sovereignty card on every entity that carries the labels or must. */
export const sovereigntyCard = EntityCardBlueprint.make({
  name: 'sovereignty',
  params: {
    filter: hasSovereignty,
    loader: () =>
      import('../components/EntitySovereigntyCard').then(m => (
        <m.EntitySovereigntyCard />
      )),
  },
});

export const modelsPage = PageBlueprint.make({
  name: 'models',
  params: {
    path: '/ai-platform/models',
    title: 'Models',
    icon: <LayersIcon />,
    routeRef: modelsRouteRef,
    loader: () =>
      import('../components/ModelsPage').then(m => (
        <m.ModelsPage header={false} />
      )),
  },
});

/** The Versions tab of an `ai-model` Resource. */
export const modelVersionsContent = EntityContentBlueprint.make({
  name: 'model-versions',
  params: {
    path: '/versions',
    title: 'Versions',
    filter: { kind: 'resource', 'spec.type': 'ai-model' },
    loader: () =>
      import('../components/ModelVersionsContent').then(m => (
        <m.ModelVersionsContent />
      )),
  },
});

/** Scaffolder field `AiPlatformModelVersionPicker`: a model, then one of its versions. */
export const modelVersionPickerField = FormFieldBlueprint.make({
  name: 'model-version-picker',
  params: {
    field: () => import('./formFields').then(m => m.modelVersionFormField),
  },
});

/** Scaffolder field `AiPlatformClusterPicker`: the clusters the classification may run on. */
export const clusterPickerField = FormFieldBlueprint.make({
  name: 'cluster-picker',
  params: {
    field: () => import('./formFields').then(m => m.clusterFormField),
  },
});

/** Scaffolder field `AiPlatformGpuProfilePicker`: a GPU profile of the cluster the model fits. */
export const gpuProfilePickerField = FormFieldBlueprint.make({
  name: 'gpu-profile-picker',
  params: {
    field: () => import('./formFields').then(m => m.gpuProfileFormField),
  },
});

/** Kubernetes AI Conformance matrix, platform hygiene and the score trend. */
export const conformancePage = PageBlueprint.make({
  name: 'conformance',
  params: {
    path: '/ai-platform/conformance',
    title: 'Conformance',
    icon: <PlaylistAddCheckIcon />,
    routeRef: conformanceRouteRef,
    loader: () =>
      import('../components/ConformancePage').then(m => (
        <m.ConformancePage header={false} />
      )),
  },
});

/** The Conformance tab of a cluster Resource. */
export const clusterConformanceContent = EntityContentBlueprint.make({
  name: 'cluster-conformance',
  params: {
    path: '/conformance',
    title: 'Conformance',
    filter: { kind: 'resource', 'spec.type': 'kubernetes-cluster' },
    loader: () =>
      import('../components/EntityClusterConformanceContent').then(m => (
        <m.EntityClusterConformanceContent />
      )),
  },
});

/** GPU cost by team, model, service, cluster or jurisdiction. */
export const costPage = PageBlueprint.make({
  name: 'cost',
  params: {
    path: '/ai-platform/cost',
    title: 'GPU cost',
    icon: <MonetizationOnIcon />,
    routeRef: costRouteRef,
    loader: () =>
      import('../components/CostPage').then(m => <m.CostPage header={false} />),
  },
});

/** "GPU cost (30 d)" on Groups and inference-service Components. */
export const gpuCostCard = EntityCardBlueprint.make({
  name: 'gpu-cost',
  params: {
    filter: hasGpuCost,
    loader: () =>
      import('../components/EntityGpuCostCard').then(m => (
        <m.EntityGpuCostCard />
      )),
  },
});

/** "Model version": the version an inference service's pods really run, and tag drift. */
export const modelVersionCard = EntityCardBlueprint.make({
  name: 'model-version',
  params: {
    filter: { kind: 'component', 'spec.type': 'inference-service' },
    loader: () =>
      import('../components/EntityModelVersionCard').then(m => (
        <m.EntityModelVersionCard />
      )),
  },
});

/**
 * The AI Platform plugin for the new frontend system.
 *
 * @alpha
 */
export const craPage = PageBlueprint.make({
  name: 'cra',
  params: {
    path: '/ai-platform/cra',
    title: 'CRA readiness',
    icon: <VerifiedUserIcon />,
    routeRef: craRouteRef,
    loader: () =>
      import('../components/CraPage').then(m => <m.CraPage header={false} />),
  },
});

export const craCard = EntityCardBlueprint.make({
  name: 'cra-readiness',
  params: {
    filter: hasCraReadiness,
    loader: () =>
      import('../components/EntityCraCard').then(m => <m.EntityCraCard />),
  },
});

export const agentReachCard = EntityCardBlueprint.make({
  name: 'agent-reach',
  params: {
    filter: hasAgentReach,
    loader: () =>
      import('../components/EntityAgentReachCard').then(m => (
        <m.EntityAgentReachCard />
      )),
  },
});

export default createFrontendPlugin({
  pluginId: 'ai-platform',
  title: 'AI Platform',
  icon: <StorageIcon />,
  extensions: [
    aiPlatformApi,
    clustersPage,
    gpuPage,
    agentsPage,
    teamGpuContent,
    inferenceServiceGpuContent,
    inferenceServiceRoutingContent,
    clusterGpuContent,
    sovereigntyPage,
    sovereigntyCard,
    modelsPage,
    modelVersionsContent,
    modelVersionPickerField,
    clusterPickerField,
    gpuProfilePickerField,
    conformancePage,
    clusterConformanceContent,
    costPage,
    gpuCostCard,
    modelVersionCard,
    craPage,
    craCard,
    agentReachCard,
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
