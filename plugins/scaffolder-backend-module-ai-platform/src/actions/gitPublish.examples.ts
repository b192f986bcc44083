import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `ai-platform:git:publish`; each is run by the action's tests. */
export const examples: TemplateExample[] = [
  {
    description:
      'Commit the whole workspace to the repository root on a new branch',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish',
          action: 'ai-platform:git:publish',
          name: 'Publish to the GitOps repository',
          input: {
            branch: 'register-agent/travel-planner',
            commitMessage: 'Register the travel-planner agent',
          },
        },
      ],
    }),
  },
  {
    description:
      'Commit the rendered subdirectory of the workspace under agents/<name>',
    example: yaml.stringify({
      steps: [
        {
          id: 'publish',
          action: 'ai-platform:git:publish',
          name: 'Publish to the GitOps repository',
          input: {
            branch: 'register-agent/travel-planner',
            sourcePath: 'rendered',
            targetPath: 'agents/travel-planner',
            commitMessage: 'Register the travel-planner agent',
          },
        },
      ],
    }),
  },
];
