import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `ai-platform:inference-service:promote`; each is run by the action's tests. */
export const examples: TemplateExample[] = [
  {
    description: 'Move the chosen service to the chosen version of its model',
    example: yaml.stringify({
      steps: [
        {
          id: 'promote',
          action: 'ai-platform:inference-service:promote',
          name: 'Promote or roll back',
          input: {
            entityRef: '${{ parameters.service }}',
            model: '${{ parameters.model }}',
          },
        },
      ],
    }),
  },
  {
    description:
      'Roll mistral-chat back to Mistral Small 3.1.0 on a named branch (3.1.0 is unsigned: allowed only where aiPlatform.governance.requireSignature is false)',
    example: yaml.stringify({
      steps: [
        {
          id: 'promote',
          action: 'ai-platform:inference-service:promote',
          name: 'Roll back',
          input: {
            entityRef: 'component:default/mistral-chat',
            model: {
              registry: 'fra-sovereign',
              repository: 'models/mistral-small-3.2-24b-instruct',
              tag: '3.1.0',
            },
            branch: 'rollback/mistral-chat-3.1.0',
          },
        },
      ],
    }),
  },
];
