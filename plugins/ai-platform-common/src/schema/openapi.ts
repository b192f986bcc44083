// Generated from plugins/ai-platform-backend/src/schema/openapi.yaml by scripts/generate-openapi.js
// (`yarn openapi:generate`); edit the document, not this file.

/** @public */
export interface paths {
  '/clusters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Every configured cluster with its health, served AI APIs and cache sizes. */
    get: operations['ListClusters'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/clusters/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One configured cluster. */
    get: operations['GetCluster'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sovereignty/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Every catalog entity (inference services, agents, MCP servers, models, clusters) and labelled namespace that violates the sovereignty rules or cannot be judged, with every reason. */
    get: operations['GetSovereigntyReport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sovereignty/entity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One entity's sovereignty labels and verdict. */
    get: operations['GetEntitySovereignty'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/sovereignty/clusters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Every configured cluster judged for a data classification by the run rule: allowed or not, with the reason of each finding, and the health of each cluster. */
    get: operations['ListClusterPlacements'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/agents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The kagent agents of every cluster with identity, owner, model, MCP servers, readiness and sovereignty, and the health of each cluster read. */
    get: operations['ListAgents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/agents/{cluster}/{namespace}/{name}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One agent. */
    get: operations['GetAgent'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/mcp-servers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The MCP servers of every cluster (RemoteMCPServer, MCPServer, legacy ToolServer) with their tools and the agents that use them. */
    get: operations['ListMcpServers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/gpu/overview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description GPU pools per cluster and product (whole GPUs, MIG slices, shared slots, DRA devices), namespace quotas and Kueue/KAI queues. */
    get: operations['GetGpuOverview'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/gpu/teams/{team}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description A team's GPU quotas, queues and usage across clusters. */
    get: operations['GetTeamGpuUsage'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/gpu/workloads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The GPU pods matching a Kubernetes label selector, in every cluster. */
    get: operations['GetWorkloadGpus'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/gpu/capacity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Where the requested whole GPUs fit now, best first, and why every other cluster or namespace was excluded. */
    get: operations['FindGpuCapacity'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/models': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Every model repository of the configured registries, with its latest version, version and deployment counts, signed/SBOM counts and storage sovereignty status. */
    get: operations['ListModels'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/models/{registry}/{repository}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The versions (tags) of a model repository, newest first: digest, metadata, size, signed, SBOM, GPU fit and deployments. */
    get: operations['ListModelVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/models/{registry}/{repository}/versions/{tag}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One version with its manifest, layers and referrers (signatures, SBOMs, attestations). */
    get: operations['GetModelVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/models/{registry}/{repository}/compare': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description What differs between two versions: metadata, size, signature and SBOM, and layers. */
    get: operations['CompareModelVersions'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/models/{registry}/{repository}/deployments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The workloads across clusters that run a version of the repository, or of one tag. */
    get: operations['GetModelDeployments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conformance': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Every cluster against every Kubernetes AI Conformance requirement (status pass/fail/unknown, MUST/SHOULD for the cluster minor, evidence, what an active test would still prove), the platform hygiene checks and a score per cluster. */
    get: operations['GetConformanceMatrix'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conformance/clusters/{cluster}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description One cluster's conformance and hygiene checks. */
    get: operations['GetClusterConformance'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conformance/clusters/{cluster}/trend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The cluster's recorded conformance scores, oldest first (recorded by a scheduled task). */
    get: operations['GetConformanceTrend'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/conformance/clusters/{cluster}/self-assessment.yaml': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The cluster's self-assessment in the CNCF checklist shape (metadata, spec.<category>[] with id, description, level, status, evidence, notes) for the checklist of its Kubernetes minor. */
    get: operations['GetConformanceSelfAssessment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cost': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description GPU cost over a window ending now: allocated GPU-hours × price per GPU product (aiPlatform.cost.prices), grouped, with a time series, idle GPUs apart and rows of teams the caller may not see left out (ai-platform.cost.read.all). */
    get: operations['GetGpuCost'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cost/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The rows, idle rows and prices of `GET /cost` as CSV, one record type per `record` column value (row, idle, price). */
    get: operations['ExportGpuCost'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cost/entity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description GPU cost of one catalog entity: a Group (its team's workloads) or an inference-service Component (its pods). */
    get: operations['GetEntityGpuCost'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deployments/of-workload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The model references of one workload (KServe InferenceService, LLMInferenceService or pod), each with the digest its pods run ('unknown (tag reference)' when they do not say) and the drift of its tag. */
    get: operations['GetWorkloadDeployments'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/deployments/by-digest/{digest}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The model versions with a digest, and the workloads that run it. */
    get: operations['GetDeploymentsByDigest'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/serving/routing': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Every HTTPRoute (parents, backends with weight, share and existence), InferencePool (v1 and v1alpha2: selector, target ports, endpoint picker, selected pods, routes to it) and InferenceObjective / InferenceModel, with problems flagged. */
    get: operations['GetInferenceRouting'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/serving/inference-services': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Every KServe InferenceService and LLMInferenceService across clusters: model address and the version it runs, replicas desired and ready, GPUs asked per replica (device-plugin resources and DRA claims), GPUs held, and the HTTPRoutes in front of it. */
    get: operations['ListInferenceServices'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cra': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description Cyber Resilience Act readiness of every model version (by manifest digest) and inference service, gaps first: per item (SBOM, provenance, signature, security contact, support period, disclosure policy, sovereignty, versions run) pass/missing/invalid/unknown with its reason and evidence, and a score under the configured rules. */
    get: operations['GetCraReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cra/entity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description CRA readiness of one entity: an ai-model Resource's versions, or an inference-service Component. */
    get: operations['GetEntityCraReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cra/export.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The CRA report as CSV for an auditor: one line per product and item. */
    get: operations['ExportCraReadinessCsv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/cra/export.json': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** @description The CRA report as a JSON file (the answer of GET /cra, with the rules in force). */
    get: operations['ExportCraReadinessJson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
/** @public */
export type webhooks = Record<string, never>;
/** @public */
export interface components {
  schemas: {
    /** @description Another agent this agent calls as a tool. */
    AgentAgentUse: {
      /** @description Id of the called  {@link  AiAgent } . */
      id: string;
      namespace: string;
      name: string;
      found: boolean;
    };
    /** @description Answer of `GET /agents`. */
    AgentList: {
      items: components['schemas']['AiAgent'][];
      clusters: components['schemas']['ClusterReadState'][];
    };
    /** @description An MCP server an agent uses, with the tools it may call. */
    AgentMcpServerUse: {
      /** @description Id of the  {@link  McpServer } : `<cluster>/<namespace>/<kind>/<name>`. */
      id: string;
      ref: components['schemas']['KubernetesObjectRef'];
      /** @description The tools the agent may call; empty means all the server offers. */
      toolNames: string[];
      /** @description False when no such server is in the agent's cluster. */
      found: boolean;
    };
    /** @description The model an agent uses, resolved from its ModelConfig. */
    AgentModel: {
      /** @description The ModelConfig: `<namespace>/<name>`. */
      modelConfig: string;
      /** @description False when no such ModelConfig is in the agent's cluster. */
      found: boolean;
      model?: string;
      /** @description `OpenAI`, `Anthropic`, `Ollama`, ... as kagent names them. */
      provider?: string;
      /** @description The endpoint the agent sends prompts to, when the config names one. */
      baseUrl?: string;
      location: components['schemas']['ModelLocationKind'];
      /** @description The inference service behind `baseUrl`, when it is one of ours. */
      inferenceService?: components['schemas']['KubernetesObjectRef'];
    };
    /** @description One A2A skill an agent advertises. */
    AgentSkill: {
      id: string;
      name: string;
      description?: string;
      tags: string[];
    };
    /** @description An AI agent (kagent `Agent`) in one cluster. */
    AiAgent: {
      /** @description `<cluster>/<namespace>/<name>`; unique across clusters. */
      id: string;
      ref: components['schemas']['KubernetesObjectRef'];
      /**
       * @description `Declarative` (kagent runs the model loop) or `BYO` (own image).
       * @enum {string}
       */
      type: 'Declarative' | 'BYO';
      description?: string;
      /** @description ADK runtime of a declarative agent: `go` or `python`. */
      runtime?: string;
      /** @description The container image of a BYO agent. */
      image?: string;
      /** @description Owning Group entity ref, from the `ai-platform.io/team` label of the agent's namespace (set by the platform team), or the default owner. The agent's own label is not trusted: whoever may create it may set it. */
      owner: string;
      /**
       * @description Where the owner came from.
       * @enum {string}
       */
      ownerSource: 'namespace' | 'default';
      serviceAccount: string;
      /** @description The workload identity: `spiffe://<trustDomain>/ns/<namespace>/sa/<serviceAccount>`. */
      spiffeId: string;
      /** @description Label selector of the agent's pods, e.g. `app=kagent,kagent=<name>`. */
      podSelector: string;
      model?: components['schemas']['AgentModel'];
      mcpServers: components['schemas']['AgentMcpServerUse'][];
      agents: components['schemas']['AgentAgentUse'][];
      skills: components['schemas']['AgentSkill'][];
      readiness: components['schemas']['Readiness'];
      /** @description Sovereignty labels of where the agent runs (namespace over cluster). */
      placementLabels: {
        [key: string]: string;
      };
      /** @description The agent, the MCP servers and the models it calls, against the rules. */
      sovereignty: components['schemas']['SovereigntyEvaluation'];
      /** @description What the agent and its MCP servers can read, from the clusters' RBAC, with each namespace's data classification and what is flagged. */
      reach: components['schemas']['AgentReach'];
      /** @description Health of the agent's cluster: a stale cluster's agents are as of `staleSince`. */
      clusterHealth: components['schemas']['ClusterHealth'];
      createdAt?: string;
    };
    /** @description An agent's reach: every grant, the flags, and the worst status. */
    AgentReach: {
      status: components['schemas']['SovereigntyStatus'];
      grants: components['schemas']['AgentReachGrant'][];
      flags: components['schemas']['AgentReachFlag'][];
    };
    /** @description One namespace an identity of the agent may read, and why. */
    AgentReachGrant: {
      /** @description `agent` for the agent's own ServiceAccount, else the MCP server's id. */
      via: string;
      viaName: string;
      /** @description The Kubernetes user, `system:serviceaccount:<ns>:<name>`. */
      identity: string;
      cluster: string;
      namespace: string;
      /** @description The binding and role that grant it. */
      binding: string;
      /** @description What it may do there, e.g. `get, list, watch pods`. */
      access: string;
      classification?: string;
    };
    /** @description Why part of an agent's reach could not be worked out, or a risk in how it reaches something. */
    AgentReachFlag: {
      /** @enum {string} */
      code:
        | 'reaches-protected-data'
        | 'unauthenticated-mcp-server'
        | 'identity-unknown';
      status: components['schemas']['SovereigntyStatus'];
      via: string;
      viaName: string;
      namespaces?: string[];
      cluster?: string;
      classification?: string;
      message: string;
      fix: string;
    };
    /** @description A place where the request fits now. */
    CapacityCandidate: {
      cluster: string;
      clusterTitle?: string;
      jurisdiction?: string;
      /** @description The team namespace whose quota was checked, when a team was given. */
      namespace?: string;
      product: string;
      memoryMiB?: number;
      /** @description `whole` or `dra`. */
      kind: components['schemas']['GpuPoolKind'];
      resource: string;
      /** @description Free GPUs of the product in the cluster. */
      freeGpus: number;
      /** @description The most free GPUs on one node. */
      largestFreeOnNode: number;
      /** @description Quota headroom in the namespace; absent when no quota limits GPUs there. */
      quotaHeadroom?: number;
      /** @description Sentences saying why it fits. */
      reasons: string[];
    };
    /** @description A place the finder looked at and rejected. */
    CapacityExclusion: {
      cluster: string;
      namespace?: string;
      product?: string;
      reason: components['schemas']['CapacityExclusionReason'];
      /** @description A sentence with the figures that rule it out. */
      message: string;
    };
    /**
     * @description Why a cluster or namespace is not a candidate.
     * @enum {string}
     */
    CapacityExclusionReason:
      | 'stale'
      | 'jurisdiction'
      | 'sovereignty'
      | 'product'
      | 'memory'
      | 'capacity'
      | 'fragmented'
      | 'no-namespace'
      | 'quota';
    /** @description A question to the capacity finder: where can this run now? */
    CapacityRequest: {
      /** @description Whole GPUs wanted (1 to 512). */
      gpus: number;
      /** @description A GPU product, e.g. `NVIDIA-H100-80GB-HBM3`; matched case-insensitively, spaces or dashes. */
      product?: string;
      /** @description Minimum memory per GPU in GiB. */
      minMemoryGiB?: number;
      /** @description ISO 3166-1 alpha-2 code, or `EU` for any EU member state. */
      jurisdiction?: string;
      /** @description Data classification the workload handles, checked with the sovereignty rules. */
      classification?: string;
      /** @description Group entity ref or name: quota headroom is read in this team's namespaces. */
      team?: string;
      /**
       * @description Whether all GPUs must be on one node (default), or may be spread over nodes.
       * @enum {string}
       */
      placement?: 'single-node' | 'spread';
    };
    /** @description The answer of the capacity finder: candidates best first, and every exclusion with its reason. */
    CapacityResult: {
      request: components['schemas']['CapacityRequest'];
      candidates: components['schemas']['CapacityCandidate'][];
      excluded: components['schemas']['CapacityExclusion'][];
    };
    /** @description Every check of one cluster. */
    ClusterConformance: {
      cluster: string;
      title?: string;
      kubernetesVersion?: string;
      minor?: number;
      /** @description The checklist version used, e.g. `1.35`. */
      checklistVersion?: string;
      health: components['schemas']['ClusterHealth'];
      checks: components['schemas']['ConformanceCheckResult'][];
      hygiene: components['schemas']['HygieneCheckResult'][];
      score: components['schemas']['ConformanceScore'];
      evaluatedAt: string;
    };
    /** @description The GPUs of one cluster. */
    ClusterGpus: {
      cluster: string;
      title?: string;
      /** @description Sovereignty and other labels of the cluster. */
      labels: {
        [key: string]: string;
      };
      health: components['schemas']['ClusterHealth'];
      products: components['schemas']['GpuProductSummary'][];
      totals: components['schemas']['GpuTotals'];
      /** @description Nodes whose advertised GPU counts are not believed (they disagree with GPU Feature Discovery, or no node holds that many): left out of products, totals and the capacity finder. Absent when there are none. */
      implausibleNodes?: components['schemas']['ImplausibleGpuNode'][];
    };
    /** @description Health of one cluster as seen by the backend. */
    ClusterHealth: {
      state: components['schemas']['ClusterHealthState'];
      /** @description When every watched kind was first fully listed (ISO 8601). */
      syncedAt?: string;
      /** @description The last time any watch event or list answer arrived (ISO 8601). */
      lastEventAt?: string;
      /** @description Since when the data is stale, if it is (ISO 8601). */
      staleSince?: string;
      /** @description The last error, as a sentence that says what failed and where. */
      error?: string;
      /** @description Watched kinds the cluster refuses to show the portal (403 Forbidden). The other kinds sync; each entry names the RBAC rule that would fix it. */
      notPermitted?: components['schemas']['NotPermittedKind'][];
      /** @description Objects the backend skipped, could not read or judged implausible, so their figures are left out; absent when there are none. */
      notUnderstood?: components['schemas']['NotUnderstoodObjects'];
    };
    /**
     * @description The health of the watch caches of one cluster.
     *
     *     - `syncing`: the first list of at least one kind has not completed yet.
     *     - `synced`: every watched kind is listed and its watch is running.
     *     - `stale`: the cluster stopped answering or a watch failed; the cached   objects are served as they were at `staleSince`.
     *     - `error`: nothing could ever be read (wrong URL, credentials or TLS).
     * @enum {string}
     */
    ClusterHealthState: 'syncing' | 'synced' | 'stale' | 'error';
    /** @description Every configured cluster. */
    ClusterList: {
      items: components['schemas']['ClusterSummary'][];
    };
    /** @description One cluster judged for a data classification: its placement check with the cluster's name, title, labels and health. */
    ClusterPlacement: {
      status: components['schemas']['SovereigntyStatus'];
      classification?: string;
      /** @description The place that was judged, in words. */
      placement: string;
      findings: components['schemas']['SovereigntyFinding'][];
      cluster: string;
      title?: string;
      labels: {
        [key: string]: string;
      };
      health: components['schemas']['ClusterHealth'];
    };
    /** @description The answer of `GET /sovereignty/clusters?classification=`: every configured cluster, allowed or not for the classification, with the evaluator's reasons. */
    ClusterPlacementList: {
      classification: string;
      items: components['schemas']['ClusterPlacement'][];
    };
    /** @description The health of each cluster an answer was read from. */
    ClusterReadState: {
      cluster: string;
      health: components['schemas']['ClusterHealth'];
    };
    /** @description One cluster in the inventory answered by `GET /clusters`. */
    ClusterSummary: {
      name: string;
      title?: string;
      description?: string;
      /** @description Sovereignty and other labels from configuration. */
      labels: {
        [key: string]: string;
      };
      /** @description e.g. `v1.35.2`, when the cluster answered `/version`. */
      kubernetesVersion?: string;
      /** @description The AI-relevant APIs this cluster serves. */
      servedApis: components['schemas']['ServedApi'][];
      /** @description How many objects of each watched kind are cached, by kind. */
      objectCounts: {
        [key: string]: number;
      };
      health: components['schemas']['ClusterHealth'];
    };
    /**
     * @description Categories of the Kubernetes AI Conformance checklist (`spec.<category>`).
     * @enum {string}
     */
    ConformanceCategory:
      | 'accelerators'
      | 'networking'
      | 'schedulingOrchestration'
      | 'observability'
      | 'security'
      | 'operator';
    /** @description One requirement checked on one cluster. */
    ConformanceCheckResult: {
      id: string;
      category: components['schemas']['ConformanceCategory'];
      kar?: string;
      title: string;
      /** @description Level in the checklist of the cluster's minor; undefined when not in it. */
      level?: components['schemas']['ConformanceLevel'];
      /** @description Set when the requirement is not in the checklist of the cluster's minor. */
      notApplicable?: string;
      status: components['schemas']['ConformanceStatus'];
      /** @description Why this status, in a sentence. */
      summary: string;
      evidence: components['schemas']['ConformanceEvidence'][];
      /** @description The read-only signal the check reads. */
      signal: string;
      /** @description What only an active test (writing to the cluster) could prove. */
      stillToProve: string;
    };
    /** @description An object a check looked at. */
    ConformanceEvidence: {
      kind: string;
      /** @description `group/version`, as the cluster serves it, when known. */
      apiVersion?: string;
      namespace?: string;
      name: string;
      /** @description What this object showed, in a sentence. */
      note?: string;
    };
    /**
     * @description The checklist's requirement levels.
     * @enum {string}
     */
    ConformanceLevel: 'MUST' | 'SHOULD';
    /** @description Answer of `GET /conformance`: clusters × requirements. */
    ConformanceMatrix: {
      generatedAt: string;
      requirements: {
        id: string;
        category: components['schemas']['ConformanceCategory'];
        kar?: string;
        title: string;
      }[];
      clusters: components['schemas']['ClusterConformance'][];
    };
    /** @description Score: passed requirements over applicable ones, as a percentage. */
    ConformanceScore: {
      percent: number;
      passed: number;
      failed: number;
      unknown: number;
      applicable: number;
      /** @description Applicable MUSTs that did not pass. */
      mustFailed: number;
    };
    /**
     * @description Result of one automated read-only check.
     * @enum {string}
     */
    ConformanceStatus: 'pass' | 'fail' | 'unknown';
    /** @description Answer of `GET /conformance/clusters/{cluster}/trend`. */
    ConformanceTrend: {
      cluster: string;
      points: components['schemas']['ConformanceTrendPoint'][];
    };
    /** @description One stored evaluation of a cluster. */
    ConformanceTrendPoint: {
      recordedAt: string;
      percent: number;
      passed: number;
      failed: number;
      unknown: number;
      mustFailed: number;
    };
    /** @enum {string} */
    CostGroupBy:
      | 'team'
      | 'model'
      | 'service'
      | 'workload'
      | 'cluster'
      | 'jurisdiction'
      | 'namespace'
      | 'product';
    /** @description The price used for one GPU product on one cluster, and where it came from. */
    CostPrice: {
      cluster: string;
      /** @description The cluster's provider label, when it has one. */
      provider?: string;
      product: string;
      /** @description Per GPU-hour in the report's currency; absent when nothing prices it. */
      price?: number;
      source: components['schemas']['CostPriceSource'];
      /** @description The setting the price was read from, e.g. `aiPlatform.cost.providers.ovh.prices.default`. */
      setting?: string;
    };
    /**
     * @description Where a price per GPU-hour came from: a price source another backend module added (`module`, named in `setting`), a cluster's or a provider's override, the global table, its `default`, OpenCost (its own prices for a cluster it reports), or nowhere.
     * @enum {string}
     */
    CostPriceSource:
      | 'module'
      | 'cluster'
      | 'provider'
      | 'global'
      | 'default'
      | 'opencost'
      | 'none';
    /** @description A cost report over one window. */
    CostReport: {
      window: components['schemas']['CostWindow'];
      /** @description ISO 8601 start and end of the window. */
      from: string;
      to: string;
      /** @description ISO 4217, e.g. `EUR`. */
      currency: string;
      groupBy: components['schemas']['CostGroupBy'];
      /** @description Allocated GPUs only (idle apart). */
      total: {
        gpuHours: number;
        cost: number;
      };
      /** @description Idle GPU-hours and their cost over the known part of the window, per cluster and product. `knownFrom` is the earliest time any cluster's capacity is known in the window; `basis` says how it was reconstructed. */
      idle: {
        gpuHours: number;
        cost: number;
        rows: components['schemas']['IdleCostRow'][];
        knownFrom?: string;
        basis: string;
      };
      /** @description Allocated / allocatable GPU-hours per cluster and per product. */
      utilisation: {
        clusters: components['schemas']['CostUtilisation'][];
        products: components['schemas']['CostUtilisation'][];
      };
      /** @description Every price used in the report, with where it came from. */
      prices: components['schemas']['CostPrice'][];
      /** @description Most expensive first. */
      rows: components['schemas']['CostRow'][];
      /** @description Cost per time bucket (hourly for 24 h, daily otherwise) and row key, oldest first, for the chart. */
      series: {
        start: string;
        values: {
          [key: string]: number;
        };
      }[];
      /** @description Rows of teams the caller may not see (`ai-platform.cost.read.all`), left out. */
      hiddenRows: number;
      /** @description Per cluster: where its figures come from, a read error if any, and since when its capacity (so idle) is known and recorded: before `recordingSince` it is reconstructed from the creation times of the nodes present then. */
      sources: {
        cluster: string;
        source: components['schemas']['CostSource'];
        error?: string;
        idleKnownFrom?: string;
        recordingSince?: string;
      }[];
    };
    /** @description One group of a report. */
    CostRow: {
      /** @description The group's key: a team's entity ref, a model repository, a service `namespace/name`, a cluster name, ... */
      key: string;
      /** @description What people read, e.g. the team's or cluster's title. */
      label: string;
      /** @description Allocated GPU-hours (a MIG slice or shared slot counts its fraction). */
      gpuHours: number;
      /** @description In the report's currency. */
      cost: number;
    };
    /**
     * @description Where a cluster's figures come from.
     * @enum {string}
     */
    CostSource: 'recorded' | 'opencost';
    /** @description Allocated against allocatable GPU-hours of a cluster or a product over the known part of the window. */
    CostUtilisation: {
      /** @description A cluster name or a GPU product. */
      key: string;
      allocatableGpuHours: number;
      allocatedGpuHours: number;
      idleGpuHours: number;
      /** @description 0 to 1; absent when nothing was allocatable. */
      utilisation?: number;
    };
    /** @enum {string} */
    CostWindow: '24h' | '7d' | '30d';
    /** @description Answer of `GET /cra/entity`: the rows of one `ai-model` Resource (its versions) or `inference-service` Component. */
    CraEntityReadiness: {
      entityRef: string;
      rows: components['schemas']['CraRow'][];
      errors: string[];
    };
    /** @description One piece of evidence an item rests on: an OCI artifact, a catalog annotation, a workload. */
    CraEvidence: {
      /** @description e.g. `oci-referrer`, `cosign-tag`, `annotation`, `deployment`, `model-version`. */
      kind: string;
      /** @description The digest, annotation key and entity, or object the evidence is. */
      ref: string;
      /** @description What it says, e.g. `SPDX-2.3, 4 components`. */
      detail?: string;
    };
    /** @description One readiness item with its verdict, reason and evidence. */
    CraItem: {
      id: components['schemas']['CraItemId'];
      title: string;
      status: components['schemas']['CraItemStatus'];
      /** @description A sentence: why this status. */
      reason: string;
      evidence: components['schemas']['CraEvidence'][];
      /** @description Whether the rules require it for `ready`. */
      required: boolean;
      /** @description Its weight in the score. */
      weight: number;
      sbom?: components['schemas']['CraSbomFacts'];
      provenance?: components['schemas']['CraProvenanceFacts'];
    };
    /**
     * @description The items a product is checked for.
     * @enum {string}
     */
    CraItemId:
      | 'sbom'
      | 'provenance'
      | 'signature'
      | 'security-contact'
      | 'support-period'
      | 'vulnerability-disclosure'
      | 'sovereignty'
      | 'model-versions';
    /** @description How one item counts. */
    CraItemRule: {
      weight: number;
      required: boolean;
    };
    /**
     * @description The state of one readiness item. `invalid` means evidence exists but does not hold (a malformed SBOM, a provenance naming another digest, a support period that has ended); `unknown` means it could not be read.
     * @enum {string}
     */
    CraItemStatus: 'pass' | 'missing' | 'invalid' | 'unknown';
    /** @description A model version (one manifest digest) and its readiness. */
    CraModelVersionRow: {
      /** @constant */
      kind: 'model-version';
      /** @description `<registry>/<repository>@<digest>`. */
      id: string;
      registry: string;
      repository: string;
      /** @description Tags that point at the digest. */
      tags: string[];
      digest: string;
      title: string;
      /** @description The `ai-model` Resource, when the catalog has one. */
      entityRef?: string;
      /** @description Owning Group ref, when known. */
      owner?: string;
      readiness: components['schemas']['CraReadiness'];
    };
    /** @description What a parsed provenance attestation says. */
    CraProvenanceFacts: {
      predicateType: string;
      /** @description `runDetails.builder.id` (SLSA v1) or `builder.id` (v0.2). */
      builder?: string;
      buildType?: string;
      /** @description Digests the statement's subjects name, as `sha256:<hex>`. */
      subjectDigests: string[];
    };
    /** @description Readiness of one product: its items and their score. */
    CraReadiness: {
      /** @description 0–100: the weights of passing items over all weights. */
      score: number;
      /** @description True when every required item passes. */
      ready: boolean;
      /** @description Items that do not pass. */
      gaps: number;
      items: components['schemas']['CraItem'][];
    };
    /** @description Answer of `GET /cra`. */
    CraReport: {
      generatedAt: string;
      rules: components['schemas']['CraRules'];
      /** @description Gaps first: not ready before ready, then lowest score. */
      rows: components['schemas']['CraRow'][];
      /** @description What could not be read (a registry, a repository), each a sentence. */
      errors: string[];
    };
    /** @description A row of the CRA report. */
    CraRow:
      | components['schemas']['CraModelVersionRow']
      | components['schemas']['CraServiceRow'];
    /** @description The readiness rules in force (from `aiPlatform.cra`). */
    CraRules: {
      items: {
        sbom: components['schemas']['CraItemRule'];
        provenance: components['schemas']['CraItemRule'];
        signature: components['schemas']['CraItemRule'];
        'security-contact': components['schemas']['CraItemRule'];
        'support-period': components['schemas']['CraItemRule'];
        'vulnerability-disclosure': components['schemas']['CraItemRule'];
        sovereignty: components['schemas']['CraItemRule'];
        'model-versions': components['schemas']['CraItemRule'];
      };
      /** @description A version's support period must reach this many years after it was created. */
      minSupportYears: number;
    };
    /** @description What a parsed SBOM says. */
    CraSbomFacts: {
      /** @enum {string} */
      format: 'spdx' | 'cyclonedx';
      /** @description `SPDX-2.3`, `1.6`. */
      specVersion: string;
      componentCount: number;
      /** @description Distinct licence ids or expressions, sorted. */
      licenses: string[];
    };
    /** @description An inference service and its readiness. */
    CraServiceRow: {
      /** @constant */
      kind: 'inference-service';
      /** @description The Component's entity ref. */
      id: string;
      entityRef: string;
      title: string;
      owner?: string;
      versions: components['schemas']['CraServiceVersion'][];
      readiness: components['schemas']['CraReadiness'];
    };
    /** @description A model version an inference service runs. */
    CraServiceVersion: {
      registry: string;
      repository: string;
      digest: string;
      tags: string[];
      /** @description The workload that runs it, `<cluster>/<namespace>/<kind>/<name>`. */
      workload: string;
      score?: number;
      ready?: boolean;
    };
    /**
     * @description A data classification.
     * @enum {string}
     */
    DataClassification: 'public' | 'internal' | 'confidential' | 'restricted';
    /** @description Answer of `GET /deployments/by-digest/{digest}`. */
    DigestDeployments: {
      digest: string;
      /** @description The model versions (registry, repository, tags) with this digest. */
      versions: {
        registry: string;
        repository: string;
        tags: string[];
      }[];
      deployments: components['schemas']['ModelDeployment'][];
    };
    /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
    Error: {
      error: {
        name: string;
        message: string;
      };
      request?: {
        method?: string;
        url?: string;
      };
      response: {
        statusCode: number;
      };
    };
    /**
     * @description How well a model fits a profile: `comfortable` at most 80 % of its memory, `tight` above 80 % and up to 100 %, `does-not-fit` beyond.
     * @enum {string}
     */
    FitTier: 'comfortable' | 'tight' | 'does-not-fit';
    /** @description Allocatable, allocated and free units of a pool or a total. Units are those of the pool (GPUs, MIG slices, shared slots, DRA devices). */
    GpuCounts: {
      allocatable: number;
      allocated: number;
      free: number;
    };
    /** @description Values a GPU view can be filtered by, drawn from the data itself. */
    GpuFilterOptions: {
      jurisdictions: string[];
      products: string[];
      teams: string[];
    };
    /** @description The answer of `GET /gpu/overview`: every cluster's GPUs, quotas and queues. */
    GpuOverview: {
      generatedAt: string;
      clusters: components['schemas']['ClusterGpus'][];
      quotas: components['schemas']['NamespaceGpuQuota'][];
      queues: components['schemas']['GpuQueue'][];
      totals: components['schemas']['GpuTotals'];
      filterOptions: components['schemas']['GpuFilterOptions'];
    };
    /** @description A pod that holds or waits for GPUs. */
    GpuPod: {
      cluster: string;
      namespace: string;
      name: string;
      phase: string;
      node?: string;
      product?: string;
      /** @description GPU units by resource (`nvidia.com/gpu`, MIG profiles, DRA driver). */
      gpus: {
        [key: string]: number;
      };
      /** @description Whether the GPUs are held (scheduled and not terminated) or only asked for. */
      holding: boolean;
    };
    /** @description One pool of GPU capacity of one product in one cluster: a resource name on the nodes, or a DRA driver's devices. */
    GpuPool: {
      allocatable: number;
      allocated: number;
      free: number;
      kind: components['schemas']['GpuPoolKind'];
      /** @description `nvidia.com/gpu`, `nvidia.com/mig-1g.10gb`, or the DRA driver (`gpu.nvidia.com`). */
      resource: string;
      /** @description Node capacity of the resource (for DRA, the devices published). */
      capacity: number;
      /** @description Nodes that offer this pool. */
      nodes: number;
      /** @description Memory of one unit in MiB, when known (a whole GPU, a MIG slice; for a shared slot, the whole GPU's). */
      memoryMiB?: number;
      /** @description `1g.10gb` for a MIG pool. */
      migProfile?: string;
      /** @description `time-slicing` or `mps` for a shared pool. */
      sharingStrategy?: string;
      /** @description Slots per physical GPU for a shared pool. */
      replicasPerGpu?: number;
      /** @description Physical GPUs behind the pool, when the pool's units are not GPUs themselves (shared slots). */
      physicalGpus?: number;
      /** @description The most free units any one node of the pool has. */
      largestFreeOnNode: number;
      /** @description Nodes excluded from free capacity because they are cordoned or not Ready. */
      unavailableNodes: number;
      /** @description Physical GPUs one unit is worth (`gpuShare`): 1 for a whole GPU, 3/7 for a `3g.40gb` slice, 1/4 for a slot of a GPU shared four ways. Where nodes of the pool differ, the first node's; `gpuEquivalents` adds each node's own. */
      gpuShare?: number;
      /** @description The pool's units in physical GPUs (each node's units × its share): what the cost recorder prices, figure for figure. */
      gpuEquivalents?: components['schemas']['GpuCounts'];
    };
    /**
     * @description How a pool of GPU capacity is handed out.
     *
     *     - `whole`: whole GPUs through the device plugin (`nvidia.com/gpu`).
     *     - `mig`: MIG slices of one profile (`nvidia.com/mig-<g>g.<mem>gb`).
     *     - `shared`: time-sliced or MPS replicas of GPUs; one unit is a slot, and   several slots share one physical GPU.
     *     - `dra`: devices published in DRA `ResourceSlice`s and allocated through   `ResourceClaim`s.
     * @enum {string}
     */
    GpuPoolKind: 'whole' | 'mig' | 'shared' | 'dra';
    /** @description The GPUs of one product (e.g. `NVIDIA-H100-80GB-HBM3`) in one cluster. */
    GpuProductSummary: {
      /** @description GPU Feature Discovery's product name; DRA product names are normalised to it. */
      product: string;
      /** @description Memory of one GPU in MiB, when known. */
      memoryMiB?: number;
      /** @description e.g. `hopper`, `ampere`. */
      family?: string;
      /** @description Physical GPUs, each counted once however it is exposed (whole, MIG, shared, DRA). */
      physicalGpus: number;
      nodes: number;
      pools: components['schemas']['GpuPool'][];
    };
    /** @description One profile judged. */
    GpuProfileFit: {
      /** @description e.g. `2 x NVIDIA-H100-80GB-HBM3` or `NVIDIA-A100-SXM4-80GB MIG 3g.40gb`. */
      id: string;
      product: string;
      count: number;
      /** @description The MIG profile, e.g. `3g.40gb`, when this is a slice. */
      migProfile?: string;
      /** @description Memory of the whole profile (every GPU together), in GiB. */
      memoryGiB: number;
      /** @description Needed memory over the profile's memory, e.g. 0.62. */
      utilization: number;
      tier: components['schemas']['FitTier'];
    };
    /** @description A scheduling queue with a GPU quota: a Kueue ClusterQueue or a KAI Queue. */
    GpuQueue: {
      cluster: string;
      /** @enum {string} */
      scheduler: 'kueue' | 'kai';
      name: string;
      /** @description Entity ref of the owning Group, from the queue's team label or the namespaces it admits. */
      team?: string;
      /** @description Kueue cohort, or KAI parent queue. */
      parent?: string;
      /** @description Namespaces whose workloads the queue admits (Kueue: its namespace selector). */
      namespaces: string[];
      quotas: components['schemas']['GpuQueueQuota'][];
      pendingWorkloads?: number;
      admittedWorkloads?: number;
    };
    /** @description The GPU quota of a Kueue ClusterQueue flavour or a KAI queue. */
    GpuQueueQuota: {
      /** @description Kueue flavour name; absent for KAI. */
      flavor?: string;
      resource: string;
      /** @description The unit of the figures (absent: whole GPUs). */
      unit?: components['schemas']['GpuResourceUnit'];
      /** @description Kueue `nominalQuota`; KAI `quota`. Absent when unlimited. */
      nominal?: number;
      /** @description Kueue `borrowingLimit`; absent when unlimited or not in a cohort. */
      borrowingLimit?: number;
      /** @description Kueue `lendingLimit`. */
      lendingLimit?: number;
      /** @description KAI `limit`; absent when unlimited. */
      limit?: number;
      /** @description Kueue usage total; KAI `status.allocated`. */
      used: number;
      /** @description Kueue: the part of `used` borrowed from the cohort. */
      borrowed?: number;
      /** @description KAI: GPUs requested by the queue's jobs. */
      requested?: number;
    };
    /** @description A GPU key of a ResourceQuota, read from its status. */
    GpuQuotaResource: {
      /** @description The quota key, e.g. `requests.nvidia.com/gpu`, `gpu.nvidia.com.deviceclass.resource.k8s.io/devices`. */
      key: string;
      /** @description What it limits: `nvidia.com/gpu`, `nvidia.com/mig-1g.10gb`, or `deviceclass/gpu.nvidia.com`. */
      resource: string;
      /**
       * @description `requests`, `limits` or none (a bare key); DRA device-class keys have none.
       * @enum {string}
       */
      scope?: 'requests' | 'limits';
      /** @description The unit of `hard` and `used` (absent: whole GPUs or devices as the resource says). */
      unit?: components['schemas']['GpuResourceUnit'];
      hard: number;
      used: number;
    };
    /**
     * @description What a unit of a GPU-related resource is, so figures of different resources are never added together and each is shown in its own unit: whole GPUs, MIG instances, shared slots, DRA devices, GPU memory or GPU cores as the scheduler extension that defines the resource counts them.
     * @enum {string}
     */
    GpuResourceUnit:
      | 'gpus'
      | 'mig-instances'
      | 'shared-slots'
      | 'devices'
      | 'bytes'
      | 'MiB'
      | 'GiB'
      | 'percent'
      | 'units';
    /** @description Totals over products or clusters, per way of handing GPUs out, so that a slot or a slice is never added to a whole GPU. */
    GpuTotals: {
      /** @description Physical GPUs, each counted once. */
      physicalGpus: number;
      /** @description Whole GPUs: device plugin `nvidia.com/gpu` without sharing, and DRA devices. */
      wholeGpus: components['schemas']['GpuCounts'];
      /** @description MIG slices of every profile. */
      migSlices: components['schemas']['GpuCounts'];
      /** @description Time-sliced or MPS slots. */
      sharedSlots: components['schemas']['GpuCounts'];
      /** @description Every pool in physical GPUs (slices and slots as their share), so they can be added. */
      gpuEquivalents?: components['schemas']['GpuCounts'];
      /** @description GPUs (in any unit) asked for by pods that are not scheduled yet. */
      pendingRequests: number;
      /** @description Pods waiting for GPUs. */
      pendingPods: number;
    };
    /** @description One HTTPRoute with its parents and backends resolved. */
    HttpRouteView: {
      cluster: string;
      namespace: string;
      name: string;
      apiVersion: string;
      hostnames: string[];
      parents: {
        /** @description Whether the parent (a Gateway) is on the cluster; undefined when not checked. */
        exists?: boolean;
        /**
         * @description The parent's verdict from the route's status.
         * @enum {string}
         */
        accepted?: 'True' | 'False' | 'Unknown';
        reason?: string;
        group: string;
        kind: string;
        namespace: string;
        name: string;
        sectionName?: string;
        port?: number;
      }[];
      rules: {
        name?: string;
        matches: string[];
        backends: components['schemas']['RouteBackendView'][];
        totalWeight: number;
      }[];
      /** @description The KServe service that owns or lists the route, if any. */
      owner?: {
        kind: string;
        name: string;
      };
      problems: components['schemas']['RoutingProblem'][];
    };
    /** @description A platform hygiene finding (not a conformance requirement): the suite's own (`ingress_nginx_eol`, `policy_reports`, `model_references`) and those other modules add through the conformance extension point. */
    HygieneCheckResult: {
      id: string;
      title: string;
      status: components['schemas']['ConformanceStatus'] | 'warn';
      summary: string;
      evidence: components['schemas']['ConformanceEvidence'][];
      /** @description What to do about a failure. */
      fix?: string;
      /** @description Kyverno PolicyReport totals, for `policy_reports`. */
      totals?: components['schemas']['PolicyReportTotals'];
    };
    /** @description Idle GPUs of one cluster and product in the window: allocatable minus allocated GPU-hours over the part of the window the cluster's capacity is known for (`knownFrom` to the window's end). */
    IdleCostRow: {
      cluster: string;
      product: string;
      /** @description Idle GPU-hours (GPU-equivalents: slices and slots as their share). */
      gpuHours: number;
      cost: number;
      /** @description Allocatable GPU-hours over the known part of the window. */
      allocatableGpuHours: number;
      /** @description Allocated GPU-hours over the same part. */
      allocatedGpuHours: number;
      /** @description Allocated / allocatable GPU-hours, 0 to 1; absent when nothing was allocatable. */
      utilisation?: number;
      /** @description ISO 8601: from when in the window the capacity is known (the window's start when it reaches back). */
      knownFrom: string;
      /** @description The price per GPU-hour idle hours were priced at; absent when none is configured. */
      price?: number;
    };
    /** @description A node whose GPU figures are not believed, and why. */
    ImplausibleGpuNode: {
      node: string;
      product: string;
      /** @description A sentence naming the resource, its value and what it disagrees with. */
      reason: string;
    };
    /** @description One InferenceObjective or InferenceModel with its pool resolved. */
    InferenceObjectiveView: {
      pool?: components['schemas']['ObjectRef'];
      /** @description InferenceObjective: higher is served first; unset counts as 0. */
      priority?: number;
      /** @description InferenceModel: Critical, Standard or Sheddable. */
      criticality?: string;
      /** @description InferenceModel: the model name clients ask for. */
      modelName?: string;
      /** @description InferenceModel: the models requests are sent to, with weights. */
      targetModels?: {
        name: string;
        weight?: number;
      }[];
      problems: string[];
      cluster: string;
      namespace: string;
      name: string;
      /** @enum {string} */
      kind: 'InferenceObjective' | 'InferenceModel';
      apiVersion: string;
      poolExists?: boolean;
      routingProblems: components['schemas']['RoutingProblem'][];
    };
    /** @description One InferencePool (either API version) with what routes to it and what it selects. */
    InferencePoolView: {
      cluster: string;
      namespace: string;
      name: string;
      apiVersion: string;
      selector: {
        [key: string]: string;
      };
      targetPorts: number[];
      appProtocol?: string;
      endpointPicker?: {
        exists?: boolean;
        group: string;
        kind: string;
        name: string;
        port?: number;
        /** @enum {string} */
        failureMode: 'FailOpen' | 'FailClose';
      };
      /** @description Gateways' verdicts on the pool, from its status. */
      parents: components['schemas']['ParentStatus'][];
      pods: components['schemas']['PoolPodView'][];
      readyPods: number;
      /** @description Routes that send traffic here, with the share of their rule. */
      routedBy: {
        namespace: string;
        name: string;
        rule: number;
        weight: number;
        sharePercent: number;
      }[];
      objectives: {
        kind: string;
        name: string;
      }[];
      owner?: {
        kind: string;
        name: string;
      };
      problems: components['schemas']['RoutingProblem'][];
    };
    /** @description One DRA claim each replica of an inference service makes. */
    InferenceServiceClaim: {
      /** @description The claim's name in the pod spec (`resourceClaims[].name`), or `managed-dra`. */
      name: string;
      /**
       * @description Where the devices are asked for: a ResourceClaimTemplate (one claim per pod), a shared ResourceClaim, or KServe's managed DRA annotations (`serving.kserve.io/exp-dra-*`, which make a template named `<service>-managed-dra`).
       * @enum {string}
       */
      via: 'template' | 'claim' | 'managed-dra';
      /** @description The template's or claim's name. */
      object?: string;
      /** @description Requests of the claim, each with its device class and count. */
      requests: {
        deviceClass: string;
        /** @description Devices asked for; absent for `allocationMode: All`. */
        count?: number;
        allDevices?: boolean;
        /** @description Whether the device class hands out GPUs (configuration and DeviceClass). */
        gpu: boolean;
      }[];
      /** @description Why the requests are not known (template not on the cluster, …). */
      unresolved?: string;
    };
    /** @description Answer of `GET /serving/inference-services`. */
    InferenceServiceInventory: {
      generatedAt: string;
      clusters: {
        cluster: string;
        health: components['schemas']['ClusterHealth'];
      }[];
      items: components['schemas']['InferenceServiceRow'][];
    };
    /** @description One KServe InferenceService or LLMInferenceService, as the inventory lists it. */
    InferenceServiceRow: {
      cluster: string;
      clusterHealth: components['schemas']['ClusterHealth'];
      namespace: string;
      name: string;
      /** @enum {string} */
      kind: 'InferenceService' | 'LLMInferenceService';
      apiVersion: string;
      /** @description The namespace's or the object's `ai-platform.io/team`, as a Group ref. */
      team?: string;
      model: {
        /** @description The model address as written, and the field it was read from. */
        uri?: string;
        field?: string;
        scheme?: components['schemas']['ModelUriScheme'];
        /** @description Why KServe cannot fetch the address, when it cannot. */
        invalid?: string;
        /** @description Resolved on a configured registry: the repository and the digest the pods run. */
        registry?: string;
        repository?: string;
        digest?: string;
        /** @description Tags pointing to that digest now, e.g. `1.0.0`. */
        tags?: string[];
        mutableTag?: components['schemas']['MutableTagStatus'];
        /** @description Why no version is resolved, e.g. `hf:// is not an OCI registry the portal reads`. */
        unresolved?: string;
      };
      replicas: {
        /** @description Replicas the spec asks for (LLMInferenceService `replicas`; InferenceService `minReplicas`, default 1). */
        desired: number;
        min?: number;
        max?: number;
        /** @description Serving pods with the Ready condition, not being deleted. */
        ready: number;
        /** @description Serving pods seen. */
        pods: number;
        /** @description Prefill replicas (P/D disaggregation), when the service has them. */
        prefill?: number;
      };
      /** @description What each replica asks for. */
      gpusPerReplica: {
        /** @description Device-plugin GPU resources, e.g. `{ 'nvidia.com/gpu': 2 }`. */
        resources: {
          [key: string]: number;
        };
        claims: components['schemas']['InferenceServiceClaim'][];
      };
      /** @description GPU units the service's pods hold now: device-plugin resources and DRA devices by driver. */
      gpusHeld: {
        [key: string]: number;
      };
      /** @description GPU units its unscheduled pods wait for. */
      gpusPending: {
        [key: string]: number;
      };
      /** @description The HTTPRoutes that send traffic to it. */
      routes: {
        namespace: string;
        name: string;
        /** @description The Gateways it is attached to, as `namespace/name`. */
        gateways: string[];
        /** @description Its share of the route's traffic, percent (the largest over the route's rules). */
        sharePercent?: number;
        problems: number;
      }[];
      /** @description What is wrong: unready replicas, an invalid model address, a multi-node spec counted by its leader only. */
      problems: components['schemas']['RoutingProblem'][];
    };
    /** @description The Kubernetes object an agent, model config or MCP server was read from. */
    KubernetesObjectRef: {
      cluster: string;
      namespace: string;
      name: string;
      kind: string;
      /** @description e.g. `kagent.dev/v1alpha2`: the version the cluster served it in. */
      apiVersion: string;
    };
    /** @description An MCP server: a kagent `RemoteMCPServer` (an endpoint), a kmcp `MCPServer` (a Deployment in the cluster) or kagent's legacy v1alpha1 `ToolServer` (an endpoint over SSE or Streamable HTTP, or a stdio command kagent runs itself). */
    McpServer: {
      /** @description `<cluster>/<namespace>/<kind>/<name>`; unique across clusters. */
      id: string;
      ref: components['schemas']['KubernetesObjectRef'];
      /** @enum {string} */
      kind: 'RemoteMCPServer' | 'MCPServer' | 'ToolServer';
      description?: string;
      transport: components['schemas']['McpTransport'];
      /** @description The URL agents connect to. kmcp servers are served at `http://<name>.<namespace>:<port>/mcp`. */
      url?: string;
      /** @description kmcp and stdio ToolServers: the transport of the server process itself (`stdio` or `http`). */
      processTransport?: string;
      image?: string;
      command?: string;
      args?: string[];
      /** @description Discovered tools; empty when the controller has not listed them. */
      tools: components['schemas']['McpTool'][];
      owner: string;
      /** @description The agents that use this server. */
      usedBy: {
        id: string;
        toolNames: string[];
      }[];
      readiness: components['schemas']['Readiness'];
      /** @description Sovereignty labels of where the server runs; empty when unknown. */
      locationLabels: {
        [key: string]: string;
      };
      /** @description Where the server runs, in words, e.g. `cluster eu-sovereign-fra, namespace platform`. */
      location: string;
      clusterHealth: components['schemas']['ClusterHealth'];
    };
    /** @description Answer of `GET /mcp-servers`. */
    McpServerList: {
      items: components['schemas']['McpServer'][];
      clusters: components['schemas']['ClusterReadState'][];
    };
    /** @description A tool an MCP server reported (RemoteMCPServer `status.discoveredTools`). */
    McpTool: {
      name: string;
      description?: string;
    };
    /**
     * @description How clients reach an MCP server, in the MCP registry's words (`streamable-http`, `sse`) plus `stdio` for a server only reachable as a process.
     * @enum {string}
     */
    McpTransport: 'streamable-http' | 'sse' | 'stdio';
    /** @description A workload that references a model version. */
    ModelDeployment: {
      cluster: string;
      clusterHealth: components['schemas']['ClusterHealth'];
      namespace: string;
      /** @enum {string} */
      kind: 'InferenceService' | 'LLMInferenceService' | 'Pod';
      name: string;
      /** @description The field the reference was read from, e.g. `spec.predictor.model.storageUri`. */
      field: string;
      /** @description The reference as written. */
      reference: string;
      registry: string;
      repository: string;
      /** @description The digest the workload runs: the one pinned, or, for a tag reference, the one its pods' model container reports. Absent when a tag reference's running digest cannot be seen (never guessed from the tag). */
      digest?: string;
      /** @description Tags of the repository that point to that digest now. */
      tags: string[];
      /** @description Present when the reference names a tag (a mutable reference). */
      mutableTag?: components['schemas']['MutableTagStatus'];
      /** @description Pods of the workload seen in the cluster. */
      podCount: number;
    };
    /** @description Where model versions are deployed. */
    ModelDeploymentList: {
      items: components['schemas']['ModelDeployment'][];
    };
    /** @description One field that differs between two versions. */
    ModelFieldChange: {
      field: string;
      a?: string;
      b?: string;
    };
    /** @description One layer of a model artifact. */
    ModelLayer: {
      kind: components['schemas']['ModelLayerKind'];
      mediaType: string;
      digest: string;
      size: number;
      /** @description The file or folder path inside the model, when annotated. */
      path?: string;
    };
    /**
     * @description What a layer of a model artifact holds, in ModelPack's words (KitOps `model` is `weight`, `modelpart` is `weight-config`, `docs` is `doc`).
     * @enum {string}
     */
    ModelLayerKind:
      | 'weight'
      | 'weight-config'
      | 'doc'
      | 'code'
      | 'dataset'
      | 'other';
    /** @description Answer of `GET /models`. */
    ModelList: {
      generatedAt: string;
      registries: components['schemas']['ModelRegistryInfo'][];
      models: components['schemas']['ModelSummary'][];
    };
    /**
     * @description Where a model an agent calls is served.
     *
     *     - `inference-service`: a KServe InferenceService/LLMInferenceService or an   InferencePool in a watched cluster (see `inferenceService`);
     *     - `in-cluster`: a service in a watched cluster that is no known inference   service;
     *     - `external`: a provider's or third party's endpoint outside the clusters;
     *     - `unknown`: the ModelConfig could not be found.
     * @enum {string}
     */
    ModelLocationKind:
      | 'inference-service'
      | 'in-cluster'
      | 'external'
      | 'unknown';
    /** @description The memory a model needs to serve, and how it was worked out. */
    ModelMemoryEstimate: {
      bytesPerParameter: number;
      weightsGiB: number;
      /** @description KV cache for contextLength x concurrency; absent when it could not be sized. */
      kvCacheGiB?: number;
      /** @description Activations, CUDA context and runtime buffers (or, by the rule, KV cache too). */
      overheadGiB: number;
      totalGiB: number;
      /**
       * @description `weights-x1.2` (AI Runway's rule) or `weights+kv-cache`.
       * @enum {string}
       */
      method: 'weights-x1.2' | 'weights+kv-cache';
      /** @description Sentences saying what was assumed. */
      assumptions: string[];
    };
    /** @description The metadata of a model version, from its config blob and manifest. Every field the artifact does not state is absent. */
    ModelMetadata: {
      name?: string;
      title?: string;
      description?: string;
      vendor?: string;
      family?: string;
      version?: string;
      authors: string[];
      architecture?: string;
      /** @description File format of the weights, e.g. safetensors, gguf, onnx. */
      format?: string;
      /** @description As written, e.g. `8b` or `6.7B`. */
      parameterSize?: string;
      /** @description Number of parameters from `parameterSize`, e.g. 8e9. */
      parameterCount?: number;
      /** @description As written; several comma-separated values when mixed. */
      precision?: string;
      quantization?: string;
      /** @description SPDX expressions, deduplicated. */
      licenses: string[];
      /** @description ISO 8601 time the artifact was created. */
      createdAt?: string;
      sourceUrl?: string;
      documentationUrl?: string;
    };
    /**
     * @description How a model is packaged as an OCI artifact.
     * @enum {string}
     */
    ModelPackaging: 'modelpack' | 'kitops';
    /** @description A configured registry as the models API shows it. */
    ModelRegistryInfo: {
      name: string;
      /**
       * @description `registry` (a server) or `layout` (an OCI image-layout folder).
       * @enum {string}
       */
      kind: 'registry' | 'layout';
      /** @description References under which workloads name this registry, e.g. `ghcr.io/example-org`. */
      aliases: string[];
      /** @description Sovereignty labels of where the registry stores data. */
      labels: {
        [key: string]: string;
      };
      /** @description Set when the registry could not be listed; its models are then missing. */
      error?: string;
    };
    /** @description A model repository with its latest version and counts. */
    ModelSummary: {
      registry: string;
      repository: string;
      /** @description `<registry>/<repository>`: the id in URLs and the catalog annotation. */
      ref: string;
      name?: string;
      title?: string;
      vendor?: string;
      family?: string;
      packaging?: components['schemas']['ModelPackaging'];
      /** @description Licences of the latest version. */
      licenses: string[];
      /** @description Owner entity ref: the manifest's `ai-platform.io/owner`, else the registry's `owner`. */
      owner?: string;
      /** @description The most recently created version (by its created time, then tag). */
      latest?: {
        tag: string;
        digest: string;
        createdAt?: string;
        signed: boolean;
        sbom: boolean;
      };
      /** @description Tags that are model versions (signature and referrers tags are not). */
      versionCount: number;
      /** @description Distinct digests among them. */
      digestCount: number;
      signedVersionCount: number;
      sbomVersionCount: number;
      /** @description Workloads across clusters that reference one of its versions. */
      deploymentCount: number;
      /** @description Where the model is stored, checked with the sovereignty `store` rule. */
      storage: components['schemas']['SovereigntyEvaluation'];
      /** @description Set when the repository could not be read. */
      error?: string;
    };
    /**
     * @description What kind of store a model address points at.
     * @enum {string}
     */
    ModelUriScheme:
      | 'gs'
      | 's3'
      | 'pvc'
      | 'file'
      | 'https'
      | 'http'
      | 'hdfs'
      | 'webhdfs'
      | 'oci'
      | 'hf'
      | 'local-path';
    /** @description Answer of `GET /models/{registry}/{repository}/compare?a=&b=`. */
    ModelVersionComparison: {
      registry: string;
      repository: string;
      a: components['schemas']['ModelVersionSummary'];
      b: components['schemas']['ModelVersionSummary'];
      sameDigest: boolean;
      /** @description Metadata, size, signature and SBOM fields that differ. */
      changes: components['schemas']['ModelFieldChange'][];
      layers: {
        /** @description Same digest in both. */
        unchanged: components['schemas']['ModelLayer'][];
        /** @description Only in a. */
        removed: components['schemas']['ModelLayer'][];
        /** @description Only in b. */
        added: components['schemas']['ModelLayer'][];
      };
      /** @description b's size minus a's, in bytes. */
      sizeDelta: number;
    };
    /** @description Answer of `GET /models/{registry}/{repository}/versions/{tag}`: the version with its manifest, layers and referrers. */
    ModelVersionDetail: {
      /** @constant */
      status: 'ok';
      tag: string;
      digest: string;
      /** @description Digest of the model manifest; differs from `digest` when the tag is an index. */
      manifestDigest: string;
      packaging: components['schemas']['ModelPackaging'];
      metadata: components['schemas']['ModelMetadata'];
      /** @description Bytes of the manifest, the config and every layer. */
      totalSize: number;
      signed: boolean;
      sbom: boolean;
      sbomFormats: ('spdx' | 'cyclonedx')[];
      /** @description Set when signatures and SBOMs could not be read: then signed/sbom are unknown, not false. */
      supplyChainError?: string;
      fit: components['schemas']['ModelVersionFit'];
      deployments: components['schemas']['ModelDeployment'][];
      /** @description Other tags pointing to the same digest. */
      sameDigestTags: string[];
      warnings: string[];
      registry: string;
      repository: string;
      mediaType: string;
      configDigest: string;
      layers: components['schemas']['ModelLayer'][];
      /** @description The manifest JSON as stored. */
      manifest: {
        [key: string]: unknown;
      };
      supplyChain?: components['schemas']['SupplyChain'];
    };
    /** @description A tag that could not be read as a model version. */
    ModelVersionFailure: {
      /** @constant */
      status: 'error';
      tag: string;
      digest?: string;
      error: string;
    };
    /** @description GPU fit of a version, from its parameter count and precision. */
    ModelVersionFit:
      | {
          estimate: components['schemas']['ModelMemoryEstimate'];
          /** @description Every profile, those that fit first, smallest memory first. */
          profiles: components['schemas']['GpuProfileFit'][];
          /** @description The smallest profile it fits comfortably on, if any. */
          recommended?: components['schemas']['GpuProfileFit'];
          /** @constant */
          status: 'ok';
        }
      | {
          /** @constant */
          status: 'unknown';
          reason: string;
        };
    /** @description Answer of `GET /models/{registry}/{repository}/versions`. */
    ModelVersionList: {
      registry: string;
      repository: string;
      generatedAt: string;
      /** @description Newest first. */
      versions: (
        | components['schemas']['ModelVersionSummary']
        | components['schemas']['ModelVersionFailure']
      )[];
      /** @description Tags that are not model versions (signatures, images), with why. */
      skipped: {
        tag: string;
        reason: string;
      }[];
      storage: components['schemas']['SovereigntyEvaluation'];
    };
    /** @description One version of a model, as the versions table shows it. */
    ModelVersionSummary: {
      /** @constant */
      status: 'ok';
      tag: string;
      digest: string;
      /** @description Digest of the model manifest; differs from `digest` when the tag is an index. */
      manifestDigest: string;
      packaging: components['schemas']['ModelPackaging'];
      metadata: components['schemas']['ModelMetadata'];
      /** @description Bytes of the manifest, the config and every layer. */
      totalSize: number;
      signed: boolean;
      sbom: boolean;
      sbomFormats: ('spdx' | 'cyclonedx')[];
      /** @description Set when signatures and SBOMs could not be read: then signed/sbom are unknown, not false. */
      supplyChainError?: string;
      fit: components['schemas']['ModelVersionFit'];
      deployments: components['schemas']['ModelDeployment'][];
      /** @description Other tags pointing to the same digest. */
      sameDigestTags: string[];
      warnings: string[];
    };
    /** @description How a deployment that names a tag relates to the tag's current digest. */
    MutableTagStatus: {
      tag: string;
      /** @description What the tag points to now; absent when the tag no longer exists. */
      currentDigest?: string;
      /**
       * @description `yes`: the workload runs another digest than the tag's current one; `no`: it runs the current one; `unknown`: the cluster does not say.
       * @enum {string}
       */
      moved: 'yes' | 'no' | 'unknown';
      /**
       * @description What the answer rests on: the image ID of a pod's model container (modelcar), the current digest's created time being after the pods started, or nothing.
       * @enum {string}
       */
      basis: 'pod-image-id' | 'created-after-pods-started' | 'none';
      /** @description The digest the pods run, when a pod's image ID tells. */
      runningDigest?: string;
      /** @description Other tags of the running digest, e.g. `['1.0.0']`. */
      runningTags?: string[];
      /** @description Other tags of the tag's current digest, e.g. `['1.1.0']`. */
      currentTags?: string[];
      /** @description A short phrase, never a guess: `runs 1.0.0; :latest now points to 1.1.0`, `runs 1.1.0, what :latest points to`, or `unknown (tag reference)` with why. */
      summary?: string;
      /** @description A sentence explaining the answer. */
      message: string;
    };
    /** @description GPU quota of one namespace in one cluster, and the team that owns it. */
    NamespaceGpuQuota: {
      cluster: string;
      namespace: string;
      /** @description Entity ref of the owning catalog Group, from the namespace's `ai-platform.io/team` label. */
      team?: string;
      /** @description ResourceQuotas of the namespace with at least one GPU key. */
      quotas: {
        name: string;
        resources: components['schemas']['GpuQuotaResource'][];
      }[];
      /** @description Names of ResourceQuotas in the namespace that limit no GPU resource. */
      quotasWithoutGpuKeys: string[];
      /** @description GPU units the namespace holds, by resource (`nvidia.com/gpu`, a MIG profile, or a DRA driver such as `gpu.nvidia.com`); units of different resources are never added together. */
      allocated: {
        [key: string]: number;
      };
      /** @description GPU units asked for by the namespace's pods and claims that are not scheduled yet, by resource. */
      pending: {
        [key: string]: number;
      };
    };
    /** @description A watched kind the portal's credentials may not read on a cluster. */
    NotPermittedKind: {
      /** @description e.g. `kueue.x-k8s.io/ClusterQueue` */
      id: string;
      group: string;
      kind: string;
      /** @description The resource (plural) the rule must name, e.g. `clusterqueues`. */
      resource: string;
      /** @description The cluster's answer, e.g. `clusterqueues.kueue.x-k8s.io is forbidden: User ...`. */
      message: string;
      /** @description The rule to add to the portal's ClusterRole. */
      rule: components['schemas']['RbacRule'];
      /** @description Since when (ISO 8601). */
      since: string;
    };
    /** @description One cached object the backend does not (fully) use, and why. */
    NotUnderstoodObject: {
      /** @description The kind id, `<group or core>/<Kind>`, e.g. `core/Node`. */
      kind: string;
      namespace?: string;
      name: string;
      /** @description Every reason, each naming the field it concerns. */
      reasons: string[];
    };
    /** @description The objects of one cluster the backend does not (fully) use. */
    NotUnderstoodObjects: {
      /** @description How many objects, in all. */
      total: number;
      /** @description How many objects, by kind id. */
      byKind: {
        [key: string]: number;
      };
      /** @description The objects, at most  {@link  NOT_UNDERSTOOD_LISTED }  of them. */
      objects: components['schemas']['NotUnderstoodObject'][];
    };
    /** @description A reference from one object to another, with the upstream defaults applied (group `''` is the core group). */
    ObjectRef: {
      group: string;
      kind: string;
      namespace: string;
      name: string;
    };
    /** @description A Gateway's verdict on an object that names it as parent, from the object's `status.parents[]` (`status.parent[]` in InferencePool v1alpha2). */
    ParentStatus: {
      parent: components['schemas']['ObjectRef'];
      controllerName?: string;
      /**
       * @description The `Accepted` condition's status, when the parent reported one.
       * @enum {string}
       */
      accepted?: 'True' | 'False' | 'Unknown';
      reason?: string;
      /**
       * @description The `ResolvedRefs` condition's status.
       * @enum {string}
       */
      resolvedRefs?: 'True' | 'False' | 'Unknown';
    };
    /** @description Summed `summary` of every PolicyReport and ClusterPolicyReport. */
    PolicyReportTotals: {
      pass: number;
      fail: number;
      warn: number;
      error: number;
      skip: number;
    };
    /** @description One pod a pool selects, with what it runs. */
    PoolPodView: {
      name: string;
      phase?: string;
      ready: boolean;
      node?: string;
      /** @description Container images and the digest each runs, when the pod reports one. */
      images: {
        container: string;
        image: string;
        digest?: string;
      }[];
    };
    /** @description One rule of a Kubernetes (Cluster)Role. */
    RbacRule: {
      apiGroups: string[];
      resources: string[];
      verbs: string[];
    };
    /** @description Readiness from the `Accepted` and `Ready` conditions. `unknown` when the controller has not reported them (yet). */
    Readiness: {
      /** @enum {string} */
      state: 'ready' | 'not-ready' | 'unknown';
      accepted?: boolean;
      ready?: boolean;
      /** @description The message of the first condition that is not true, if any. */
      message?: string;
    };
    /** @description One backend of a route rule, resolved on its cluster. */
    RouteBackendView: {
      group: string;
      kind: string;
      namespace: string;
      name: string;
      port?: number;
      /** @description The weight as written, 1 when not given (Gateway API default). */
      weight: number;
      /** @description Whether the weight was written (a missing one means 1). */
      weightGiven: boolean;
      /** @description Percent of the rule's traffic it receives (weight over the rule's total). */
      sharePercent: number;
      /**
       * @description `missing`: no such object on the cluster; `unchecked`: the portal does not read that kind or may not.
       * @enum {string}
       */
      state: 'found' | 'missing' | 'unchecked';
      /** @description Why it is missing or unchecked. */
      reason?: string;
    };
    /** @description Answer of `GET /serving/routing`: every route, pool and objective of the clusters, with problems flagged. */
    RoutingOverview: {
      generatedAt: string;
      clusters: {
        name: string;
        health: components['schemas']['ClusterHealth'];
      }[];
      routes: components['schemas']['HttpRouteView'][];
      pools: components['schemas']['InferencePoolView'][];
      objectives: components['schemas']['InferenceObjectiveView'][];
    };
    /** @description A problem on the path a request takes, for the routing views. */
    RoutingProblem: {
      /**
       * @description `error`: requests fail or go nowhere; `warning`: probably not what was meant.
       * @enum {string}
       */
      severity: 'error' | 'warning';
      message: string;
    };
    /** @description A Kubernetes API the suite knows about, and whether a cluster serves it. */
    ServedApi: {
      /** @description e.g. `serving.kserve.io/v1beta1/InferenceService` */
      id: string;
      group: string;
      version: string;
      kind: string;
    };
    /**
     * @description What a rule governs:
     *     - `run`: where workloads that process the data may run (clusters, namespaces);
     *     - `store`: where the data and model weights may be stored (registries, buckets);
     *     - `callOut`: where the data may be sent (MCP servers, model endpoints an   agent calls).
     * @enum {string}
     */
    SovereigntyAspect: 'run' | 'store' | 'callOut';
    /** @description The answer of  {@link  evaluateSovereignty } . */
    SovereigntyEvaluation: {
      /** @description `violation` if any finding is one; else `unknown` if any is; else `compliant`. */
      status: components['schemas']['SovereigntyStatus'];
      /** @description The classification that was evaluated, when it is known. */
      classification?: components['schemas']['DataClassification'];
      /** @description Every reason, compliant ones included, in evaluation order. */
      findings: components['schemas']['SovereigntyFinding'][];
    };
    /** @description One reason in an evaluation. */
    SovereigntyFinding: {
      /** @description The aspect of the rule that was checked, or the classification itself. */
      aspect: components['schemas']['SovereigntyAspect'] | 'classification';
      status: components['schemas']['SovereigntyStatus'];
      code: components['schemas']['SovereigntyFindingCode'];
      /** @description What the finding is about, e.g. `workload chat-api`, `MCP server github`. */
      target: string;
      /** @description The sovereignty label the finding is about, if any. */
      label?: components['schemas']['SovereigntyLabelName'];
      /** @description A sentence saying what is (or is not) wrong. */
      message: string;
      /** @description What to change; absent on compliant findings that need nothing. */
      fix?: string;
    };
    /**
     * @description What kind of finding this is.
     * @enum {string}
     */
    SovereigntyFindingCode:
      | 'allowed'
      | 'not-allowed'
      | 'missing-label'
      | 'conflicting-labels'
      | 'defaulted-label'
      | 'classification-from-label'
      | 'missing-classification'
      | 'unknown-classification'
      | 'no-rule'
      | 'unknown-namespace';
    /**
     * @description The name of a sovereignty label, a key of `SOVEREIGNTY_LABELS`.
     * @enum {string}
     */
    SovereigntyLabelName:
      | 'jurisdiction'
      | 'region'
      | 'provider'
      | 'dataClassification'
      | 'residencyPolicy'
      | 'nonEuLawExposure';
    /** @description The answer of `GET /sovereignty/report`: every subject that is not compliant, with every reason. */
    SovereigntyReport: {
      generatedAt: string;
      /** @description How many subjects were evaluated in all. */
      evaluated: number;
      compliant: number;
      violations: components['schemas']['SovereigntyReportItem'][];
      /** @description Subjects whose labels are missing or conflicting, so no answer is possible. */
      unknown: components['schemas']['SovereigntyReportItem'][];
    };
    /** @description One evaluated subject with the sovereignty labels it was judged by. */
    SovereigntyReportItem: {
      subject: components['schemas']['SovereigntyReportSubject'];
      /** @description The `ai-platform.io/*` sovereignty labels of the subject, as read. */
      labels: {
        [key: string]: string;
      };
      evaluation: components['schemas']['SovereigntyEvaluation'];
    };
    /** @description What was evaluated: a catalog entity, or a Kubernetes namespace of a watched cluster (namespaces carry the sovereignty labels too). */
    SovereigntyReportSubject:
      | {
          /** @constant */
          type: 'entity';
          /** @description Entity ref, e.g. `component:default/mistral-small-eu`. */
          ref: string;
          title?: string;
          /** @description The entity's kind and `spec.type`, e.g. `Component` / `inference-service`. */
          kind: string;
          specType?: string;
        }
      | {
          /** @constant */
          type: 'namespace';
          cluster: string;
          namespace: string;
          /** @description Entity ref of the cluster's catalog Resource. */
          clusterRef: string;
        };
    /**
     * @description The outcome of an evaluation or of one finding. `unknown` means the labels do not allow an answer; it is never to be read as compliant.
     * @enum {string}
     */
    SovereigntyStatus: 'compliant' | 'violation' | 'unknown';
    /** @description Signatures, SBOMs and attestations of a model version. */
    SupplyChain: {
      signatures: components['schemas']['SupplyChainArtifact'][];
      sboms: components['schemas']['SupplyChainArtifact'][];
      attestations: components['schemas']['SupplyChainArtifact'][];
    };
    /** @description A signature, SBOM or attestation that refers to a model version. */
    SupplyChainArtifact: {
      digest: string;
      artifactType: string;
      /**
       * @description Where it was found.
       * @enum {string}
       */
      source: 'referrers-api' | 'referrers-tag' | 'cosign-tag';
      /**
       * @description For SBOMs.
       * @enum {string}
       */
      sbomFormat?: 'spdx' | 'cyclonedx';
    };
    /** @description The answer of `GET /gpu/teams/:team`: a team's quotas, queues and usage across clusters. */
    TeamGpuUsage: {
      /** @description Entity ref of the Group. */
      team: string;
      quotas: components['schemas']['NamespaceGpuQuota'][];
      queues: components['schemas']['GpuQueue'][];
      /** @description Health of each cluster the team has a namespace or queue on. */
      clusters: {
        cluster: string;
        title?: string;
        health: components['schemas']['ClusterHealth'];
      }[];
    };
    /** @description The answer of `GET /gpu/workloads`: the GPU pods matching a label selector. */
    WorkloadGpus: {
      selector: string;
      pods: components['schemas']['GpuPod'][];
      /** @description Held GPU units by resource, over all pods. */
      held: {
        [key: string]: number;
      };
      /** @description Asked-for but unscheduled GPU units by resource. */
      pending: {
        [key: string]: number;
      };
      clusters: {
        cluster: string;
        health: components['schemas']['ClusterHealth'];
      }[];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
/** @public */
export type $defs = Record<string, never>;
/** @public */
export interface operations {
  ListClusters: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ClusterList */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterList'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetCluster: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ClusterSummary */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterSummary'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetSovereigntyReport: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description SovereigntyReport */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SovereigntyReport'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetEntitySovereignty: {
    parameters: {
      query: {
        /** @description Entity ref, e.g. component:default/mistral-small-eu. */
        ref: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description SovereigntyReportItem */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SovereigntyReportItem'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListClusterPlacements: {
    parameters: {
      query: {
        /** @description Data classification: public, internal, confidential or restricted. */
        classification: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ClusterPlacementList */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterPlacementList'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListAgents: {
    parameters: {
      query?: {
        /** @description Only this cluster. */
        cluster?: string;
        /** @description Group entity ref or name of the owning team. */
        owner?: string;
        /** @description Text in the name, namespace, description, model, MCP servers or skills. */
        q?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description AgentList */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgentList'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetAgent: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        cluster: string;
        namespace: string;
        name: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description AiAgent */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AiAgent'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListMcpServers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description McpServerList */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['McpServerList'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetGpuOverview: {
    parameters: {
      query?: {
        /** @description Only this cluster. */
        cluster?: string;
        /** @description ISO 3166-1 alpha-2 code, or EU for any member state. */
        jurisdiction?: string;
        /** @description GPU product, e.g. NVIDIA-H100-80GB-HBM3. */
        product?: string;
        /** @description Group entity ref or name: only its quotas and queues. */
        team?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description GpuOverview */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GpuOverview'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetTeamGpuUsage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Group entity ref (group:default/eu-inference) or name. */
        team: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description TeamGpuUsage */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TeamGpuUsage'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetWorkloadGpus: {
    parameters: {
      query: {
        /** @description A label selector as kubectl -l takes it, e.g. app.kubernetes.io/name=mistral-small-eu. */
        labelSelector: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description WorkloadGpus */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WorkloadGpus'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  FindGpuCapacity: {
    parameters: {
      query: {
        /** @description Whole GPUs wanted. */
        gpus: number;
        /** @description GPU product, e.g. NVIDIA-H100-80GB-HBM3. */
        product?: string;
        /** @description Minimum memory per GPU, in GiB. */
        minMemoryGiB?: number;
        /** @description ISO 3166-1 alpha-2 code, or EU. */
        jurisdiction?: string;
        /** @description Data classification, checked with the sovereignty rules. */
        classification?: string;
        /** @description Group entity ref or name: quota is checked in its namespaces. */
        team?: string;
        /** @description All GPUs on one node, or spread over nodes. */
        placement?: 'single-node' | 'spread';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CapacityResult */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CapacityResult'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListModels: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ModelList */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelList'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListModelVersions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Registry name from aiPlatform.registries, e.g. ghcr-example-org. */
        registry: string;
        /** @description Repository in the registry, URL-encoded as one segment: models%2Fllama-3.1-8b-instruct. */
        repository: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ModelVersionList */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelVersionList'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetModelVersion: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Registry name from aiPlatform.registries, e.g. ghcr-example-org. */
        registry: string;
        /** @description Repository in the registry, URL-encoded as one segment: models%2Fllama-3.1-8b-instruct. */
        repository: string;
        /** @description The tag, e.g. 1.1.0. */
        tag: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ModelVersionDetail */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelVersionDetail'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  CompareModelVersions: {
    parameters: {
      query: {
        /** @description The first tag. */
        a: string;
        /** @description The second tag. */
        b: string;
      };
      header?: never;
      path: {
        /** @description Registry name from aiPlatform.registries, e.g. ghcr-example-org. */
        registry: string;
        /** @description Repository in the registry, URL-encoded as one segment: models%2Fllama-3.1-8b-instruct. */
        repository: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ModelVersionComparison */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelVersionComparison'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetModelDeployments: {
    parameters: {
      query?: {
        /** @description Only this tag. */
        tag?: string;
      };
      header?: never;
      path: {
        /** @description Registry name from aiPlatform.registries, e.g. ghcr-example-org. */
        registry: string;
        /** @description Repository in the registry, URL-encoded as one segment: models%2Fllama-3.1-8b-instruct. */
        repository: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ModelDeploymentList */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelDeploymentList'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetConformanceMatrix: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ConformanceMatrix */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConformanceMatrix'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetClusterConformance: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured cluster name. */
        cluster: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ClusterConformance */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ClusterConformance'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetConformanceTrend: {
    parameters: {
      query?: {
        /** @description Only scores recorded at or after this ISO 8601 time, e.g. 2026-11-01T00:00:00Z. */
        since?: string;
      };
      header?: never;
      path: {
        /** @description A configured cluster name. */
        cluster: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ConformanceTrend */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ConformanceTrend'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetConformanceSelfAssessment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description A configured cluster name. */
        cluster: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The checklist as YAML. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/yaml': string;
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetGpuCost: {
    parameters: {
      query?: {
        /** @description The window, ending now (default 30d). */
        window?: '24h' | '7d' | '30d';
        /** @description How rows are grouped (default team). */
        groupBy?:
          | 'team'
          | 'model'
          | 'service'
          | 'workload'
          | 'cluster'
          | 'jurisdiction'
          | 'namespace'
          | 'product';
        /** @description Only this team's rows, as a Group entity ref, e.g. group:default/eu-inference (the drill-down from a team). */
        team?: string;
        /** @description Only this service's rows, as `<cluster>/<namespace>/<name>` (the drill-down from a service to its workloads). */
        service?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CostReport */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostReport'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ExportGpuCost: {
    parameters: {
      query?: {
        /** @description The window, ending now (default 30d). */
        window?: '24h' | '7d' | '30d';
        /** @description How rows are grouped (default team). */
        groupBy?:
          | 'team'
          | 'model'
          | 'service'
          | 'workload'
          | 'cluster'
          | 'jurisdiction'
          | 'namespace'
          | 'product';
        /** @description Only this team's rows, as a Group entity ref, e.g. group:default/eu-inference (the drill-down from a team). */
        team?: string;
        /** @description Only this service's rows, as `<cluster>/<namespace>/<name>` (the drill-down from a service to its workloads). */
        service?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description record, group_by, key, label, cluster, product, gpu_hours, allocatable_gpu_hours, utilisation, cost, currency, price_per_gpu_hour, price_source, price_setting, idle_known_from, window_from, window_to. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetEntityGpuCost: {
    parameters: {
      query: {
        /** @description e.g. group:default/eu-inference or component:default/mistral-small-eu */
        entityRef: string;
        /** @description The window, ending now (default 30d). */
        window?: '24h' | '7d' | '30d';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CostReport */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CostReport'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetWorkloadDeployments: {
    parameters: {
      query: {
        /** @description The namespace of the workload. */
        namespace: string;
        /** @description The name of the workload. */
        name: string;
        /** @description Only on this cluster. */
        cluster?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description ModelDeploymentList */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ModelDeploymentList'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetDeploymentsByDigest: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description sha256:<64 hex digits> */
        digest: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description DigestDeployments */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DigestDeployments'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetInferenceRouting: {
    parameters: {
      query?: {
        /** @description Only this cluster. */
        cluster?: string;
        /** @description Only this namespace. */
        namespace?: string;
        /** @description Only the path to the InferenceService or LLMInferenceService of this name: the routes in front of it, its pools and their objectives. */
        service?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description RoutingOverview */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutingOverview'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ListInferenceServices: {
    parameters: {
      query?: {
        /** @description Only this cluster. */
        cluster?: string;
        /** @description Only this namespace. */
        namespace?: string;
        /** @description Only services of this name. */
        service?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description InferenceServiceInventory */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InferenceServiceInventory'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetCraReadiness: {
    parameters: {
      query?: {
        /** @description Only rows owned by this Group: a name (eu-inference) or an entity ref. */
        team?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CraReport */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CraReport'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  GetEntityCraReadiness: {
    parameters: {
      query: {
        /** @description e.g. resource:default/llama-3.1-8b-instruct or component:default/mistral-small-eu */
        entityRef: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CraEntityReadiness */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CraEntityReadiness'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ExportCraReadinessCsv: {
    parameters: {
      query?: {
        /** @description Only rows owned by this Group: a name (eu-inference) or an entity ref. */
        team?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description kind, id, title, owner, digest, tags, score, ready, item, status, required, weight, reason, evidence, generated_at. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
  ExportCraReadinessJson: {
    parameters: {
      query?: {
        /** @description Only rows owned by this Group: a name (eu-inference) or an entity ref. */
        team?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description CraReport */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CraReport'];
        };
      };
      /** @description A Backstage error body: `error.name` and `error.message` say what was wrong. */
      default: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Error'];
        };
      };
    };
  };
}
