// The settings are read by the catalog module too; one reader in -node.
export {
  readGitopsSettings,
  type GitopsSettings,
} from '@ai-platform/backstage-plugin-ai-platform-node';
