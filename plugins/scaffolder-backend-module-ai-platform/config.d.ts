export interface Config {
  aiPlatform?: {
    /**
     * Where the templates of the AI Platform publish their GitOps changes.
     */
    gitops?: {
      /**
       * The local git repository that `ai-platform:git:publish` commits to,
       * one new branch per change. A path, relative to the backend's working
       * directory (like the catalog's `file` locations) or absolute. It comes
       * from configuration only, never from template input, so a template
       * cannot write outside it. Unset: the publish action refuses to run.
       * The embedded default (app-config.yaml) is `../../.tools/gitops`,
       * created by scripts/start.sh and scripts/e2e-portal.sh.
       */
      localRepository?: string;
      /**
       * Initialise the repository (`git init`, an empty first commit on the
       * base branch) when it does not exist yet. Default: false.
       */
      createRepository?: boolean;
      /**
       * The branch every change branch starts from. Default: `main`.
       */
      baseBranch?: string;
    };
  };
}
