import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `ai-platform:catalog:register-file`; each is run by the action's tests. */
export const examples: TemplateExample[] = [
  {
    description: 'Register the catalog file that the publish step committed',
    example: yaml.stringify({
      steps: [
        {
          id: 'register',
          action: 'ai-platform:catalog:register-file',
          name: 'Register in the catalog',
          input: {
            catalogInfoPath: '${{ steps.publish.output.catalogInfoPath }}',
            entityRef: '${{ steps.render.output.entityRef }}',
          },
        },
      ],
    }),
  },
];
