/**
 * Scaffolder module of the AI Platform plugins: actions to render catalog
 * entities, publish them to the local GitOps repository and register them.
 *
 * @packageDocumentation
 */

export { scaffolderModuleAiPlatform as default } from './module';
export { createAgentRenderAction } from './actions/agentRender';
export { createGitPublishAction } from './actions/gitPublish';
export { createCatalogRegisterFileAction } from './actions/catalogRegisterFile';
export { createGovernanceCheckAction } from './actions/governanceCheck';
export { createModelResolveAction } from './actions/modelResolve';
export { createInferenceServiceRenderAction } from './actions/inferenceServiceRender';
export { createInferenceServicePromoteAction } from './actions/inferenceServicePromote';
export { readGitopsSettings, type GitopsSettings } from './gitops/config';
