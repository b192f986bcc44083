import { HumanDuration } from '@backstage/types';

export interface Config {
  /** Configuration of the AI Platform plugins. */
  aiPlatform?: {
    /**
     * The Kubernetes clusters to watch. Each gets one watch cache in the
     * backend; a cluster that is slow or down degrades only its own rows.
     */
    clusters?: Array<{
      /** Unique name of the cluster, used in URLs and catalog entity names. */
      name: string;
      /** Display name; defaults to the name. */
      title?: string;
      /** One sentence about the cluster. */
      description?: string;
      /**
       * URL of the Kubernetes API server. Required unless `auth.type` is
       * `kubeconfig` (the context's server is used) or `inCluster`.
       */
      url?: string;
      /** How the backend authenticates to this cluster. */
      auth?:
        | {
            type: 'serviceAccountToken';
            /**
             * A bearer token, e.g. a service account token with read access.
             * @visibility secret
             */
            token: string;
          }
        | {
            type: 'kubeconfig';
            /** Path of the kubeconfig file; defaults to $KUBECONFIG or ~/.kube/config. */
            path?: string;
            /** Context of the kubeconfig to use; defaults to its current context. */
            context?: string;
          }
        | {
            /** The service account of the pod the backend runs in. */
            type: 'inCluster';
          };
      /** Base64 PEM of the API server's CA. */
      caData?: string;
      /** Path of a PEM file with the API server's CA. */
      caFile?: string;
      /** Do not verify the API server's TLS certificate (development only). Default false. */
      skipTLSVerify?: boolean;
      /**
       * Labels of the cluster, in particular the sovereignty labels
       * (`ai-platform.io/jurisdiction`, `ai-platform.io/region`,
       * `ai-platform.io/provider`, `ai-platform.io/data-classification`,
       * `ai-platform.io/residency-policy`, `ai-platform.io/non-eu-law-exposure`).
       */
      labels?: { [key: string]: string };
    }>;

    /**
     * Also watch the clusters declared for the Backstage Kubernetes plugin
     * under `kubernetes.clusterLocatorMethods` with `type: config`
     * (service-account authentication). Clusters named in
     * `aiPlatform.clusters` take precedence. Default true.
     */
    reuseKubernetesPluginClusters?: boolean;

    /** Tuning of the watch caches. */
    watch?: {
      /** Objects per page when listing. Default 500. */
      pageSize?: number;
      /** Time limit of one list or discovery request. Default 10 seconds. */
      requestTimeout?: HumanDuration | string;
      /**
       * A watch that delivers nothing, not even a bookmark, for this long is
       * restarted. Default 2 minutes.
       */
      idleTimeout?: HumanDuration | string;
      /** First delay before reconnecting after a failure; doubles up to maxBackoff. Default 1 second. */
      initialBackoff?: HumanDuration | string;
      /** Longest delay between reconnection attempts. Default 30 seconds. */
      maxBackoff?: HumanDuration | string;
    };

    /** The agent and MCP server registry, read from kagent objects in the clusters. */
    agents?: {
      /**
       * SPIFFE trust domain of agent identities. An agent's identity is
       * `spiffe://<trustDomain>/ns/<namespace>/sa/<service account>`, the ID
       * SPIRE's Kubernetes workload attestor and Istio give its pods. Lower-case
       * letters, digits, dots, dashes and underscores. Default `cluster.local`.
       */
      trustDomain?: string;
      /**
       * Owner of agents and MCP servers when neither the object nor its
       * namespace carries the `ai-platform.io/team` label: a Group entity ref
       * or a group name in the default namespace. Default
       * `group:default/platform-engineering`.
       */
      defaultOwner?: string;
    };

    /**
     * Data sovereignty: where data of each classification may run, be stored
     * and be sent. The backend and the frontend evaluate these rules with the
     * same code against the sovereignty labels of clusters, namespaces and
     * catalog entities; a label a rule needs that is missing or contradictory
     * gives the answer "unknown", never "compliant".
     */
    sovereignty?: {
      /**
       * One rule per data classification. When set, these rules replace the
       * defaults entirely, and a classification without a rule is evaluated
       * as unknown. Default:
       *
       * - `public`: anywhere (`run`, `store` and `callOut` are `{}`);
       * - `internal`: anywhere;
       * - `confidential`: `jurisdictions: [EU]` and `nonEuLawExposure: [none]`
       *   for `run`, `store` and `callOut`;
       * - `restricted`: as `confidential`, plus `residencyPolicies: [eu-only]`.
       */
      rules?: Array<{
        /** The data classification the rule is for; each one at most once. */
        classification: 'public' | 'internal' | 'confidential' | 'restricted';
        /**
         * Where workloads that process the data may run (clusters and
         * namespaces). Required; `{}` means anywhere.
         */
        run: SovereigntyConstraintConfig;
        /**
         * Where the data and model weights may be stored (registries).
         * Required; `{}` means anywhere.
         */
        store: SovereigntyConstraintConfig;
        /**
         * Where the data may be sent (the MCP servers and models an agent
         * calls). Required; `{}` means anywhere.
         */
        callOut: SovereigntyConstraintConfig;
      }>;
    };
  };
}

/**
 * Allow-lists matched against the sovereignty labels of a location. An
 * omitted list puts no constraint on its label; an empty list is rejected
 * (omit the key instead).
 */
interface SovereigntyConstraintConfig {
  /**
   * Allowed jurisdictions: ISO 3166-1 alpha-2 codes, or `EU` for any EU
   * member state. Matched against `ai-platform.io/jurisdiction`. Default: any.
   */
  jurisdictions?: string[];
  /** Allowed regions, matched against `ai-platform.io/region`. Default: any. */
  regions?: string[];
  /** Allowed providers, matched against `ai-platform.io/provider`. Default: any. */
  providers?: string[];
  /**
   * Acceptable exposures to non-EU law, matched against
   * `ai-platform.io/non-eu-law-exposure`; `[none]` accepts no exposure (e.g.
   * not `us-cloud-act`). Default: any.
   */
  nonEuLawExposure?: string[];
  /**
   * Residency policies the location must declare, matched against
   * `ai-platform.io/residency-policy`, e.g. `[eu-only]`. Default: any.
   */
  residencyPolicies?: string[];
}
