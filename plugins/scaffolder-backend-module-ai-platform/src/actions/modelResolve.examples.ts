import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `ai-platform:model:resolve`; each is run by the action's tests. */
export const examples: TemplateExample[] = [
  {
    description:
      'Pin the model version chosen with the AiPlatformModelVersionPicker field',
    example: yaml.stringify({
      steps: [
        {
          id: 'resolve',
          action: 'ai-platform:model:resolve',
          name: 'Pin the model version',
          input: { model: '${{ parameters.model }}' },
        },
      ],
    }),
  },
  {
    description: 'Pin Mistral Small 3.2 from the Frankfurt registry by tag',
    example: yaml.stringify({
      steps: [
        {
          id: 'resolve',
          action: 'ai-platform:model:resolve',
          name: 'Pin the model version',
          input: {
            model: {
              registry: 'fra-sovereign',
              repository: 'models/mistral-small-3.2-24b-instruct',
              tag: '3.2.0',
            },
          },
        },
      ],
    }),
  },
];
