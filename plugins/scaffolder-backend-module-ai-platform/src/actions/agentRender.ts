import fs from 'node:fs';
import { dirname, posix } from 'node:path';
import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  DATA_CLASSIFICATIONS,
  SOVEREIGNTY_LABELS,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import yaml from 'yaml';
import { buildAgentEntity } from '../agents/agentEntity';
import { examples } from './agentRender.examples';
import type { WriteGuard } from '../permissions/writeGuard';

/**
 * `ai-platform:agent:render`: validates an agent registration and writes
 * its `catalog-info.yaml` into the workspace, built as an object and
 * serialised with a YAML library.
 *
 * @public
 */
export function createAgentRenderAction(options: { guard: WriteGuard }) {
  const { guard } = options;
  return createTemplateAction({
    id: 'ai-platform:agent:render',
    description:
      "Validates an AI agent's registration and writes its catalog-info.yaml (Component of type ai-agent, with its MCP servers, model endpoint, SPIFFE ID and sovereignty labels) into the workspace",
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        name: z =>
          z
            .string()
            .describe(
              'Entity name: a DNS-1123 label (lower-case letters, digits, -; at most 63)',
            ),
        title: z => z.string().optional().describe('Display title'),
        description: z => z.string().describe('What the agent does'),
        owner: z =>
          z
            .string()
            .describe(
              'Owning group or user, as an entity ref (kind defaults to group)',
            ),
        system: z =>
          z
            .string()
            .optional()
            .describe('The system the agent belongs to, as an entity ref'),
        lifecycle: z =>
          z
            .string()
            .optional()
            .describe('Catalog lifecycle; default: production'),
        modelEndpoint: z =>
          z
            .string()
            .describe(
              'Base URL (http or https, without credentials) of the model endpoint the agent calls',
            ),
        mcpServers: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              'Entity refs of the MCP server APIs the agent calls (kind defaults to API)',
            ),
        spiffeId: z =>
          z
            .string()
            .describe(
              "The agent's workload identity: spiffe://<trust domain>/<path>",
            ),
        dataClassification: z =>
          z
            .string()
            .describe(
              `The most sensitive data the agent handles: one of ${DATA_CLASSIFICATIONS.join(
                ', ',
              )}`,
            ),
        jurisdiction: z =>
          z
            .string()
            .optional()
            .describe(
              `Where the agent runs: ISO 3166-1 alpha-2 code or EU (label ${SOVEREIGNTY_LABELS.jurisdiction})`,
            ),
        region: z =>
          z
            .string()
            .optional()
            .describe("The provider's region it runs in, e.g. fr-par"),
        provider: z =>
          z
            .string()
            .optional()
            .describe('The infrastructure provider it runs on, e.g. ovhcloud'),
        residencyPolicy: z =>
          z
            .string()
            .optional()
            .describe('The residency policy that applies, e.g. eu-only'),
        nonEuLawExposure: z =>
          z
            .string()
            .optional()
            .describe(
              'Exposure to non-EU jurisdiction law, e.g. us-cloud-act, or none',
            ),
        targetPath: z =>
          z
            .string()
            .optional()
            .describe(
              'Workspace directory to write catalog-info.yaml into; default: the workspace root',
            ),
      },
      output: {
        entityRef: z => z.string().describe('The entity ref of the agent'),
        filePath: z =>
          z
            .string()
            .describe(
              'Workspace-relative path of the written catalog-info.yaml',
            ),
      },
    },
    async handler(ctx) {
      const { targetPath, ...registration } = ctx.input;
      // Validation first: bad input must leave the workspace untouched.
      const entity = buildAgentEntity(registration);
      // Only for a team the initiator may register for (their own, or granted).
      await guard.requireForEntities(
        [entity],
        await ctx.getInitiatorCredentials(),
      );
      const relDir = targetPath ?? '.';
      const file = resolveSafeChildPath(
        ctx.workspacePath,
        posix.join(relDir, 'catalog-info.yaml'),
      );
      // Writing the workspace is no external side effect: dry runs write
      // into their own temporary workspace, as fetch:template does.
      await fs.promises.mkdir(dirname(file), { recursive: true });
      await fs.promises.writeFile(file, yaml.stringify(entity), 'utf8');
      const entityRef = stringifyEntityRef(entity);
      ctx.logger.info(`Rendered the catalog entity of agent ${entityRef}`);
      ctx.output('entityRef', entityRef);
      ctx.output('filePath', posix.join(relDir, 'catalog-info.yaml'));
    },
  });
}
