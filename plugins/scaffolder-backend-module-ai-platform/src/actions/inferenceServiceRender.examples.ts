import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

const DIGEST = `sha256:${'4'.repeat(64)}`;

/** Examples of `ai-platform:inference-service:render`; each is run by the action's tests. */
export const examples: TemplateExample[] = [
  {
    description:
      'Render the service from the form values and the pinned model version',
    example: yaml.stringify({
      steps: [
        {
          id: 'render',
          action: 'ai-platform:inference-service:render',
          name: 'Render the manifests',
          input: {
            name: '${{ parameters.name }}',
            namespace: '${{ parameters.namespace }}',
            cluster: '${{ parameters.cluster }}',
            owner: '${{ parameters.owner }}',
            system: '${{ parameters.system }}',
            classification: '${{ parameters.classification }}',
            replicas: '${{ parameters.replicas }}',
            gpu: '${{ parameters.gpu }}',
            model: '${{ parameters.model }}',
            resolved: '${{ steps.resolve.output }}',
            gitopsBranch: 'inference-service/${{ parameters.name }}',
            gitopsPath: 'inference-services/${{ parameters.name }}',
            targetPath: 'service',
          },
        },
      ],
    }),
  },
  {
    description:
      'Mistral Small 3.2 as an LLMInferenceService on one H100 in Frankfurt',
    example: yaml.stringify({
      steps: [
        {
          id: 'render',
          action: 'ai-platform:inference-service:render',
          name: 'Render the manifests',
          input: {
            name: 'mistral-chat',
            namespace: 'eu-inference',
            cluster: 'eu-sovereign-fra',
            owner: 'group:default/eu-inference',
            classification: 'confidential',
            replicas: 1,
            gpu: { gpuProduct: 'NVIDIA-H100-80GB-HBM3', gpus: 1 },
            model: {
              registry: 'fra-sovereign',
              repository: 'models/mistral-small-3.2-24b-instruct',
              tag: '3.2.0',
            },
            resolved: {
              digest: DIGEST,
              reference: `oci://registry.fra.eu-sovereign.example/models/mistral-small-3.2-24b-instruct@${DIGEST}`,
              tag: '3.2.0',
              entityRef: 'resource:default/mistral-small-3.2-24b-instruct',
              llm: true,
              format: 'safetensors',
            },
            gitopsBranch: 'inference-service/mistral-chat',
            gitopsPath: 'inference-services/mistral-chat',
            targetPath: 'service',
          },
        },
      ],
    }),
  },
];
