import type { TemplateExample } from '@backstage/plugin-scaffolder-node';
import yaml from 'yaml';

/** Examples of `ai-platform:agent:render`; each is run by the action's tests. */
export const examples: TemplateExample[] = [
  {
    description:
      'Render an EU agent handling internal data that calls two MCP servers',
    example: yaml.stringify({
      steps: [
        {
          id: 'render',
          action: 'ai-platform:agent:render',
          name: 'Render the catalog entity',
          input: {
            name: 'travel-planner',
            title: 'Travel planner',
            description: 'Plans business trips within the travel policy',
            owner: 'group:default/platform-engineering',
            modelEndpoint: 'https://llm.example.eu/v1',
            mcpServers: ['api:default/flights-mcp', 'hotels-mcp'],
            spiffeId: 'spiffe://example.org/ns/agents/sa/travel-planner',
            dataClassification: 'internal',
            jurisdiction: 'FR',
            region: 'fr-par',
            provider: 'ovhcloud',
            residencyPolicy: 'eu-only',
            nonEuLawExposure: 'none',
          },
        },
      ],
    }),
  },
  {
    description:
      'Render a minimal agent into a subdirectory, as part of a system',
    example: yaml.stringify({
      steps: [
        {
          id: 'render',
          action: 'ai-platform:agent:render',
          name: 'Render the catalog entity',
          input: {
            name: 'support-triage',
            description: 'Triage of support tickets',
            owner: 'platform-engineering',
            system: 'ai-platform',
            modelEndpoint: 'http://vllm.models.svc:8000/v1',
            spiffeId: 'spiffe://corp.example/support/triage',
            dataClassification: 'confidential',
            targetPath: 'rendered',
          },
        },
      ],
    }),
  },
];
