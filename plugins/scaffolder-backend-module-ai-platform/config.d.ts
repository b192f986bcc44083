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
       * The branch every change branch starts from; what is merged there is
       * live. Default: `main`.
       */
      baseBranch?: string;
      /**
       * Where the files of each unmerged change are written, one directory
       * per branch, outside the repository (its working tree is never
       * touched). The catalog reads a change's entities there as proposed:
       * lifecycle `experimental` and the `ai-platform.io/proposed-branch`
       * annotation, until the branch is merged into the base branch. Relative
       * to the backend's working directory or absolute. Default: the
       * repository's path followed by `-proposals`.
       */
      proposalsDirectory?: string;
      /**
       * With `NODE_ENV=production` the backend refuses to start with a local
       * repository unless this is true: production templates publish pull
       * requests. Default: false.
       */
      allowInProduction?: boolean;
    };
  };
}
