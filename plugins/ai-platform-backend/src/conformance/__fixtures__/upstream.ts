/**
 * Upstream-shaped objects for the conformance checks, one positive and one
 * negative per signal. Shapes: reference/ai-platform-shapes.md and the
 * upstream projects named beside each object.
 */

/** A CRD as `kubectl get crd -o yaml` returns it (schema elided). */
export function crd(
  plural: string,
  group: string,
  kind: string,
  versions: string[],
  established = true,
) {
  return {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: `${plural}.${group}` },
    spec: {
      group,
      names: {
        kind,
        plural,
        listKind: `${kind}List`,
        singular: kind.toLowerCase(),
      },
      scope: 'Namespaced',
      versions: versions.map((name, i) => ({
        name,
        served: true,
        storage: i === 0,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            'x-kubernetes-preserve-unknown-fields': true,
          },
        },
      })),
    },
    status: {
      conditions: [
        { type: 'NamesAccepted', status: 'True', reason: 'NoConflicts' },
        {
          type: 'Established',
          status: established ? 'True' : 'False',
          reason: 'InitialNamesAccepted',
        },
      ],
    },
  };
}

/** An H100 node with GPU Feature Discovery labels (NVIDIA/k8s-device-plugin). */
export function gpuNode(
  name: string,
  labels: Record<string, string> = {},
  allocatable: Record<string, string> = { 'nvidia.com/gpu': '8' },
) {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name,
      labels: {
        'nvidia.com/gpu.present': 'true',
        'nvidia.com/gpu.product': 'NVIDIA-H100-80GB-HBM3',
        'nvidia.com/gpu.count': '8',
        'nvidia.com/cuda.driver-version.full': '570.133.20',
        'nvidia.com/cuda.runtime-version.full': '12.8',
        ...labels,
      },
    },
    status: {
      capacity: allocatable,
      allocatable,
      conditions: [{ type: 'Ready', status: 'True' }],
    },
  };
}

/** A ResourceSlice of the NVIDIA DRA driver (NVIDIA/k8s-dra-driver-gpu deviceinfo.go). */
export function gpuResourceSlice(
  node: string,
  extra: Record<string, unknown> = {},
) {
  return {
    apiVersion: 'resource.k8s.io/v1',
    kind: 'ResourceSlice',
    metadata: { name: `${node}-gpu.nvidia.com-abcde` },
    spec: {
      driver: 'gpu.nvidia.com',
      nodeName: node,
      pool: { name: node, generation: 1, resourceSliceCount: 1 },
      devices: [
        {
          name: 'gpu-0',
          attributes: {
            type: { string: 'gpu' },
            productName: { string: 'NVIDIA H100 80GB HBM3' },
            driverVersion: { version: '570.133.20' },
            cudaDriverVersion: { version: '12.8.0' },
            'resource.kubernetes.io/pciBusID': { string: '0000:18:00.0' },
          },
          capacity: { memory: { value: '81559Mi' } },
        },
      ],
      ...extra,
    },
  };
}

export const gpuDeviceClass = {
  apiVersion: 'resource.k8s.io/v1',
  kind: 'DeviceClass',
  metadata: { name: 'gpu.nvidia.com' },
  spec: {
    selectors: [
      {
        cel: {
          expression:
            "device.driver == 'gpu.nvidia.com' && device.attributes['gpu.nvidia.com'].type == 'gpu'",
        },
      },
    ],
  },
};

/** GatewayClass of Envoy Gateway (gateway-api `v1`). */
export function gatewayClass(accepted: boolean) {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'GatewayClass',
    metadata: { name: 'eg' },
    spec: { controllerName: 'gateway.envoyproxy.io/gatewayclass-controller' },
    status: {
      conditions: [
        accepted
          ? {
              type: 'Accepted',
              status: 'True',
              reason: 'Accepted',
              message: 'Valid GatewayClass',
            }
          : {
              type: 'Accepted',
              status: 'Unknown',
              reason: 'Pending',
              message: 'Waiting for controller',
            },
      ],
    },
  };
}

export const gatewayApiCrds = [
  crd('gatewayclasses', 'gateway.networking.k8s.io', 'GatewayClass', [
    'v1',
    'v1beta1',
  ]),
  crd('gateways', 'gateway.networking.k8s.io', 'Gateway', ['v1', 'v1beta1']),
  crd('httproutes', 'gateway.networking.k8s.io', 'HTTPRoute', [
    'v1',
    'v1beta1',
  ]),
];

/** InferencePool v1 (GAIE conformance/resources/base.yaml), with status.parents. */
export function inferencePool(accepted: boolean) {
  return {
    apiVersion: 'inference.networking.k8s.io/v1',
    kind: 'InferencePool',
    metadata: {
      name: 'primary-inference-pool',
      namespace: 'inference-conformance-app-backend',
    },
    spec: {
      selector: { matchLabels: { app: 'primary-inference-model-server' } },
      targetPorts: [{ number: 3000 }],
      endpointPickerRef: {
        name: 'primary-endpoint-picker-svc',
        port: { number: 9002 },
      },
    },
    status: {
      parents: [
        {
          parentRef: {
            group: 'gateway.networking.k8s.io',
            kind: 'Gateway',
            name: 'conformance-primary-gateway',
            namespace: 'gateway-conformance-infra',
          },
          controllerName: 'gateway.envoyproxy.io/gatewayclass-controller',
          conditions: accepted
            ? [
                {
                  type: 'Accepted',
                  status: 'True',
                  reason: 'SupportedByParent',
                },
                {
                  type: 'ResolvedRefs',
                  status: 'True',
                  reason: 'ResolvedRefs',
                },
              ]
            : [
                {
                  type: 'Accepted',
                  status: 'False',
                  reason: 'EndpointPickerRefMissing',
                },
                {
                  type: 'ResolvedRefs',
                  status: 'False',
                  reason: 'InvalidExtensionRef',
                },
              ],
        },
      ],
    },
  };
}

/** A Deployment with an Available condition. */
export function deployment(
  namespace: string,
  name: string,
  image: string,
  labels: Record<string, string> = {},
  available = true,
) {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace, labels },
    spec: {
      replicas: 1,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: { containers: [{ name: 'controller', image }] },
      },
    },
    status: {
      replicas: 1,
      readyReplicas: available ? 1 : 0,
      availableReplicas: available ? 1 : 0,
      conditions: [
        {
          type: 'Available',
          status: available ? 'True' : 'False',
          reason: 'MinimumReplicasAvailable',
        },
      ],
    },
  };
}

/** The ingress-nginx controller (kubernetes/ingress-nginx deploy/static/provider/cloud/deploy.yaml). */
export const ingressNginxLabels = {
  'app.kubernetes.io/component': 'controller',
  'app.kubernetes.io/instance': 'ingress-nginx',
  'app.kubernetes.io/name': 'ingress-nginx',
  'app.kubernetes.io/part-of': 'ingress-nginx',
  'app.kubernetes.io/version': '1.12.1',
};

export const ingressNginxController = deployment(
  'ingress-nginx',
  'ingress-nginx-controller',
  'registry.k8s.io/ingress-nginx/controller:v1.12.1@sha256:d2fbc4ec70d8aa2050dd91a91506e998765e86c96f32cffb56c503c9c34eed5b',
  ingressNginxLabels,
);

/** The DCGM exporter DaemonSet of the GPU operator. */
export function dcgmExporter(ready: number) {
  return {
    apiVersion: 'apps/v1',
    kind: 'DaemonSet',
    metadata: {
      name: 'dcgm-exporter',
      namespace: 'gpu-operator',
      labels: { 'app.kubernetes.io/name': 'dcgm-exporter' },
    },
    spec: {
      template: {
        spec: {
          containers: [
            {
              name: 'dcgm-exporter',
              image: 'nvcr.io/nvidia/k8s/dcgm-exporter:4.4.1-4.6.0-ubuntu22.04',
            },
          ],
        },
      },
    },
    status: {
      desiredNumberScheduled: 2,
      currentNumberScheduled: 2,
      numberReady: ready,
      numberAvailable: ready,
    },
  };
}

/** The custom metrics APIService of prometheus-adapter. */
export function customMetricsApiService(available: boolean) {
  return {
    apiVersion: 'apiregistration.k8s.io/v1',
    kind: 'APIService',
    metadata: { name: 'v1beta1.custom.metrics.k8s.io' },
    spec: {
      group: 'custom.metrics.k8s.io',
      version: 'v1beta1',
      service: {
        name: 'prometheus-adapter',
        namespace: 'monitoring',
        port: 443,
      },
      groupPriorityMinimum: 100,
      versionPriority: 100,
    },
    status: {
      conditions: [
        available
          ? {
              type: 'Available',
              status: 'True',
              reason: 'Passed',
              message: 'all checks passed',
            }
          : {
              type: 'Available',
              status: 'False',
              reason: 'FailedDiscoveryCheck',
              message: 'failing or missing response',
            },
      ],
    },
  };
}

/** A Kyverno PolicyReport (wgpolicyk8s.io/v1alpha2, kyverno api/policyreport/v1alpha2). */
export function policyReport(
  namespace: string,
  name: string,
  summary: {
    pass: number;
    fail: number;
    warn: number;
    error: number;
    skip: number;
  },
) {
  return {
    apiVersion: 'wgpolicyk8s.io/v1alpha2',
    kind: 'PolicyReport',
    metadata: {
      name,
      namespace,
      labels: { 'app.kubernetes.io/managed-by': 'kyverno' },
    },
    scope: {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      name: 'workload',
      namespace,
    },
    results: [],
    summary,
  };
}

/** A KServe InferenceService (docs/samples/storage/oci-fetch/inference_service.yaml shape). */
export function inferenceService(name: string, storageUri: string) {
  return {
    apiVersion: 'serving.kserve.io/v1beta1',
    kind: 'InferenceService',
    metadata: { name, namespace: 'kserve-test' },
    spec: {
      predictor: {
        model: { modelFormat: { name: 'huggingface' }, storageUri },
      },
    },
    status: { conditions: [{ type: 'Ready', status: 'True' }] },
  };
}

/** A pod, optionally mounting the host's GPU devices. */
export function pod(
  name: string,
  options: {
    hostPathDev?: boolean;
    privileged?: boolean;
    gpus?: number;
    labels?: Record<string, string>;
  } = {},
) {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'team-a', labels: options.labels ?? {} },
    spec: {
      nodeName: 'gpu-1',
      containers: [
        {
          name: 'main',
          image: 'docker.io/library/ubuntu:24.04',
          securityContext: options.privileged
            ? { privileged: true }
            : undefined,
          resources: options.gpus
            ? { limits: { 'nvidia.com/gpu': String(options.gpus) } }
            : {},
        },
      ],
      volumes: options.hostPathDev
        ? [
            {
              name: 'dev',
              hostPath: { path: '/dev/nvidia0', type: 'CharDevice' },
            },
          ]
        : [{ name: 'kube-api-access', projected: { sources: [] } }],
    },
    status: { phase: 'Running' },
  };
}
