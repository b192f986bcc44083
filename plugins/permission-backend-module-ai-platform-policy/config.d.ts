export interface Config {
  aiPlatform?: {
    /**
     * The suite's permission policy. Entity refs default to kind `group`
     * and namespace `default` (`platform-engineering` is
     * `group:default/platform-engineering`).
     */
    permissions?: {
      /**
       * `ai-platform` (default): the policy below. `allow-all`: every user
       * may do everything; development only, a backend started with
       * NODE_ENV=production refuses to start with it.
       */
      policy?: 'ai-platform' | 'allow-all';
      /** Users or groups that may do everything. */
      admins?: string[];
      /** Users or groups that may read every team's GPU cost (ai-platform.cost.read.all). */
      costReadAll?: string[];
      /**
       * Explicit write grants beyond a user's own teams: members of `to`
       * may create, promote or register for `teams`.
       */
      grants?: Array<{
        to: string[];
        teams: string[];
        permissions: Array<'create' | 'promote' | 'register'>;
      }>;
    };
  };
}
