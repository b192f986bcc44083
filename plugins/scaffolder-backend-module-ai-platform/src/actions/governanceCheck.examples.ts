import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `ai-platform:governance:check`; each is run by the action's tests. */
export const examples: TemplateExample[] = [
  {
    description:
      'Check a new inference service from the form values before anything is rendered',
    example: yaml.stringify({
      steps: [
        {
          id: 'governance',
          action: 'ai-platform:governance:check',
          name: 'Governance check',
          input: {
            name: '${{ parameters.name }}',
            namespace: '${{ parameters.namespace }}',
            cluster: '${{ parameters.cluster }}',
            model: {
              registry: '${{ parameters.registry }}',
              repository: '${{ parameters.repository }}',
              tag: '${{ parameters.tag }}',
            },
            gpus: '${{ parameters.gpus }}',
            gpuProduct: '${{ parameters.gpuProduct }}',
            replicas: '${{ parameters.replicas }}',
            classification: '${{ parameters.classification }}',
            team: '${{ parameters.team }}',
          },
        },
      ],
    }),
  },
  {
    description:
      'Mistral Small 3.2 on one H100 in Frankfurt for confidential data, pinned to the digest the check resolves',
    example: yaml.stringify({
      steps: [
        {
          id: 'governance',
          action: 'ai-platform:governance:check',
          name: 'Governance check',
          input: {
            name: 'mistral-chat',
            namespace: 'eu-inference',
            cluster: 'eu-sovereign-fra',
            model: {
              registry: 'fra-sovereign',
              repository: 'models/mistral-small-3.2-24b-instruct',
              tag: '3.2.0',
            },
            gpus: 1,
            gpuProduct: 'NVIDIA-H100-80GB-HBM3',
            replicas: 1,
            classification: 'confidential',
            team: 'eu-inference',
          },
        },
      ],
    }),
  },
];
