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

    /**
     * The OCI registries that hold model artifacts (ModelPack, KitOps). This
     * list is also the allow-list of the registry client: it never sends a
     * request to a host that is not named here (see `tokenRealms` and
     * `blobRedirectHosts` for the only other hosts it may talk to).
     */
    registries?: Array<{
      /** Unique name of the registry, used in messages, URLs and entity names. */
      name: string;
      /**
       * Base URL of the registry, without `/v2/`, e.g. `https://ghcr.io`.
       * Must be https; http is accepted only for loopback hosts
       * (`localhost`, `127.0.0.1`, `::1`), for development. Give either
       * `url` or `layout`.
       */
      url?: string;
      /**
       * Absolute path of a folder of OCI image layouts (one layout per
       * repository, `<layout>/<repository>/index.json`), read instead of a
       * registry server where none can run. Read-only; tags are the
       * `org.opencontainers.image.ref.name` annotations of `index.json`.
       */
      layout?: string;
      /**
       * The references under which workloads name this registry, as
       * `host[:port]` or `host/path-prefix`, e.g. `ghcr.io/example-org`:
       * a model URI `oci://ghcr.io/example-org/models/llama@sha256:...` is
       * then repository `models/llama` of this registry. The host of `url`
       * is always one. Default none.
       */
      aliases?: string[];
      /**
       * Sovereignty labels of where this registry stores data (the
       * `ai-platform.io/*` keys, e.g. `ai-platform.io/jurisdiction: DE`);
       * each model version is checked against the `store` rule with them.
       */
      labels?: { [key: string]: string };
      /**
       * Default owner of this registry's models in the catalog, an entity
       * ref such as `group:default/ml-platform`. The `ai-platform.io/owner`
       * annotation of a model's manifest wins. Default: the owner of
       * `aiPlatform.catalog.models`.
       */
      owner?: string;
      /**
       * Push notifications from the registry (CNCF Distribution
       * `notifications.endpoints`, Harbor webhooks in the same envelope),
       * sent to `POST /api/ai-platform/registry-events/<name>` with
       * `Authorization: Bearer <token>`. With them a repository is rescanned
       * when it is pushed to, and otherwise only every `fullRescanInterval`;
       * without them every read older than 30 seconds sends one `HEAD` per tag.
       */
      events?: {
        /**
         * Shared secret the registry sends; at least 16 characters.
         * @visibility secret
         */
        token: string;
        /** How often every tag is checked anyway, for missed events. Default 1 hour. */
        fullRescanInterval?: HumanDuration | string;
      };
      /** How the backend authenticates to the registry. Default anonymous. */
      auth?:
        | {
            /**
             * No credentials. A bearer challenge is still answered with an
             * anonymous token from the realm, as for public repositories.
             */
            type: 'anonymous';
          }
        | {
            /**
             * A user name and password. Sent as HTTP basic credentials when
             * the registry asks for basic auth, and to the token realm when
             * it asks for a bearer token (the Docker token flow).
             */
            type: 'basic';
            /** The user name. */
            username: string;
            /**
             * The password or access token of the user.
             * @visibility secret
             */
            password: string;
          }
        | {
            /**
             * A ready bearer token sent as is on every request (e.g. a
             * registry-issued robot token); no token flow is run.
             */
            type: 'bearer';
            /**
             * The bearer token.
             * @visibility secret
             */
            token: string;
          };
      /**
       * Token endpoints on other hosts that this registry's bearer challenge
       * may name, as full URLs (e.g. `https://auth.docker.io/token`). A realm
       * on the registry's own origin is always allowed; any other realm is
       * refused unless listed here, so a registry cannot make the backend
       * call (and send credentials to) an arbitrary host. Default none.
       */
      tokenRealms?: string[];
      /**
       * Hosts that blob downloads may be redirected to (e.g. a CDN or object
       * store such as `pkg-containers.githubusercontent.com`). Redirects to
       * the registry's own origin are always followed; redirects elsewhere
       * only to hosts listed here, and never with the registry credentials.
       * Default none.
       */
      blobRedirectHosts?: string[];
      /**
       * Repositories to read, e.g. `models/llama-3-8b`. When only these are
       * set, `GET /v2/_catalog` is not asked (many registries, e.g. GHCR
       * and ECR, do not offer it). When neither this nor
       * `repositoryPrefixes` is set, every repository of `_catalog` is read.
       * Default none.
       */
      repositories?: string[];
      /**
       * Also read the repositories of `GET /v2/_catalog` whose name starts
       * with one of these prefixes, e.g. `models/`. Default none.
       */
      repositoryPrefixes?: string[];
      /** Most requests in flight to this registry at once. Default 4. */
      concurrency?: number;
      /** Time limit of one HTTP request to this registry. Default 30 seconds. */
      timeout?: HumanDuration | string;
      /**
       * Retries of a request that failed with 429, a 5xx status or a
       * network error (never other 4xx), with exponential backoff. Default 3.
       */
      retries?: number;
      /** Tags or repositories asked for per page when listing. Default 100. */
      pageSize?: number;
      /**
       * Bounds of one listing of tags or repositories (all its `Link`
       * pages): a registry that keeps linking to new pages, sends too many
       * names or takes too long fails that listing with the reason (logged,
       * and shown as the repository's error); the other registries are not
       * affected. Pages: default 1000; names: default 100000; time: default
       * 2 minutes.
       */
      maxPages?: number;
      maxItems?: number;
      listTimeout?: HumanDuration | string;
      /**
       * Largest config blob (ModelPack config, Kitfile) read, in bytes.
       * Default 4194304 (4 MiB).
       */
      maxBlobBytes?: number;
    }>;

    /** Tuning of the watch caches. */
    /** What the GPU views count as GPUs. */
    gpu?: {
      /**
       * DeviceClass names (or `*` patterns such as `gpu.*`) whose devices are
       * GPUs. A device counts when it matches every CEL selector of such a
       * class. Default: gpu.nvidia.com, gpu.amd.com and gpu.intel.com.
       */
      deviceClasses?: string[];
    };
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
      /**
       * Bounds of one list of one kind (all its pages): a cluster that keeps
       * sending `continue` tokens, too many objects or pages too large for
       * memory fails that kind with the reason (logged and in the cluster's
       * health) instead of the backend; the other kinds and clusters are
       * not affected. Pages: default 1000. Objects: default 200000.
       */
      maxPages?: number;
      maxItems?: number;
      /** Time limit of one whole list, all pages. Default 5 minutes. */
      listTimeout?: HumanDuration | string;
      /** Largest answer to one list request, in bytes. Default 64 MiB. */
      maxResponseBytes?: number;
      /**
       * Largest watch event (one line of the stream), in bytes. The API
       * server refuses objects above about 1.5 MiB, so a longer line is not
       * from a sound cluster; the watch is ended with the reason. Default 8 MiB.
       */
      maxEventBytes?: number;
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
     * The governance check of a new inference service (the
     * `check-inference-service` action and the `ai-platform:governance:check`
     * scaffolder action): what a service may ask for, and what its model
     * version must carry. Quota, sovereignty and fit are read from the
     * clusters, the sovereignty rules and the model, not from here.
     */
    governance?: {
      /** Most replicas one service may ask for. Default 4. */
      maxReplicas?: number;
      /** Most whole GPUs one replica may ask for. Default 8. */
      maxGpusPerReplica?: number;
      /**
       * Most whole GPUs of a service, replicas times GPUs per replica.
       * At least `maxGpusPerReplica`. Default 16.
       */
      maxTotalGpus?: number;
      /**
       * Whether the model version must have a signature (a sigstore bundle
       * referrer or a cosign signature tag). Default true.
       */
      requireSignature?: boolean;
      /** Whether the model version must have an SBOM (SPDX or CycloneDX). Default true. */
      requireSbom?: boolean;
      /**
       * The lowest Kubernetes AI Conformance score (% of the applicable
       * requirements passed) a target cluster may have; unset, the
       * `cluster-conformance` check reports the score without blocking.
       */
      minConformanceScore?: number;
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
    /**
     * Conformance checks (Kubernetes AI Conformance, platform hygiene): how
     * often every cluster's results are recorded for the score trend, and
     * how long they are kept.
     */
    conformance?: {
      /**
       * How often the results of every cluster are recorded (also once at
       * start-up). One backend replica does it (a global scheduled task).
       * Default 1 hour.
       */
      frequency?: HumanDuration | string;
      /** How long recorded results are kept. Default 90 days. */
      retention?: HumanDuration | string;
    };
    /**
     * GPU cost: allocated GPU-hours × price per GPU-hour of the GPU product.
     * A MIG slice costs its compute slices / 7 of the GPU, a time-sliced or
     * MPS slot 1 / the slots per GPU. Idle GPUs are priced apart.
     */
    cost?: {
      /** ISO 4217 currency of the prices, e.g. EUR. Default USD. */
      currency?: string;
      /**
       * Price per GPU-hour by GPU product as GPU Feature Discovery names it
       * (`nvidia.com/gpu.product`, e.g. NVIDIA-H100-80GB-HBM3), and
       * `default` for products not listed.
       */
      prices?: { [product: string]: number };
      /** Overrides per provider (the cluster's `ai-platform.io/provider` label). */
      providers?: {
        [provider: string]: { prices?: { [product: string]: number } };
      };
      /** Overrides per cluster name; they beat the provider's. */
      clusters?: {
        [cluster: string]: { prices?: { [product: string]: number } };
      };
      /**
       * OpenCost, used instead of the recorded allocation figures for these
       * clusters (idle stays recorded). Answers are cached for
       * `recordFrequency`.
       */
      opencost?: {
        clusters?: {
          [cluster: string]: {
            /**
             * The OpenCost API's base URL, e.g.
             * `http://opencost.opencost.svc:9003`. It must not carry
             * credentials (user info or query): put them in `headers`. It
             * is never shown to users.
             */
            baseUrl: string;
            /**
             * Headers sent with every OpenCost request, e.g.
             * `Authorization: Bearer <token>` for a proxy in front of it.
             * @visibility secret
             */
            headers?: { [name: string]: string };
          };
        };
      };
      /** How often allocations are recorded (one replica does it). Default 5 minutes. */
      recordFrequency?: HumanDuration | string;
    };
    /**
     * Cyber Resilience Act (Regulation (EU) 2024/2847) readiness of model
     * versions and inference services: which items count, how much, and
     * which must pass for a product to be "ready". The score is the weight
     * of passing items over the weight of all items (0–100).
     */
    cra?: {
      /**
       * Per item: its weight in the score and whether it must pass. Items:
       * `sbom`, `provenance`, `signature`, `security-contact`,
       * `support-period`, `vulnerability-disclosure`, `sovereignty`,
       * `model-versions` (services only). Defaults: sbom 3, provenance 2,
       * signature 2, model-versions 3, the others 1; all required except
       * sovereignty. A weight of 0 leaves an item out of the score.
       */
      items?: {
        [item: string]: {
          /** Weight in the score, 0 or more. */
          weight?: number;
          /** Whether the item must pass for the product to be ready. */
          required?: boolean;
        };
      };
      /**
       * A model version's support period (`ai-platform.io/support-period-end`)
       * must end at least this many years after the version was created
       * (CRA Art. 13(8) asks for five unless the expected use is shorter).
       * Default 5; 0 only asks that it has not ended.
       */
      minSupportYears?: number;
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
