import {
  classifyLlm,
  modelEntityName,
  modelEntityNames,
  type ModelVersionRequest,
  type ResolvedModelVersion,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ModelSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import { InputError } from '@backstage/errors';
import type { GovernancePolicy } from '../governance/config';
import { checkSupplyChain, resolveModel } from '../governance/modelChecks';
import type { RegistryConfig } from '../registry/config';

export type {
  ModelVersionRequest,
  ResolvedModelVersion,
} from '@ai-platform/backstage-plugin-ai-platform-common';

/**
 * The host (and path prefix) clusters pull the registry's models by: its
 * first alias, which is how workloads name it, else its URL.
 */
export function referenceHost(
  config: Pick<RegistryConfig, 'name' | 'url' | 'aliases'>,
): string {
  if (config.aliases.length > 0) return config.aliases[0];
  if (config.url) return config.url.replace(/^[a-z]+:\/\//i, '');
  throw new InputError(
    `Registry '${config.name}' has neither a URL nor an alias that clusters can pull from; add an alias (aiPlatform.registries.aliases)`,
  );
}

/**
 * Resolves a model version to its immutable digest and the pinned reference
 * a serving runtime pulls, requiring a signature and an SBOM when the
 * governance policy does. Refuses with an InputError that says what was
 * wrong and what to do.
 */
export class ModelVersionResolver {
  constructor(
    private readonly options: {
      models: ModelSource;
      registries: readonly RegistryConfig[];
      policy: Pick<GovernancePolicy, 'requireSignature' | 'requireSbom'>;
    },
  ) {}

  async resolve(request: ModelVersionRequest): Promise<ResolvedModelVersion> {
    const { models, registries, policy } = this.options;
    const config = registries.find(r => r.name === request.registry);
    if (!config) {
      throw new InputError(
        `No registry named '${
          request.registry
        }' is configured; choose one of: ${
          registries.map(r => r.name).join(', ') || '(none)'
        }`,
      );
    }
    const resolved = await resolveModel({ model: request }, models);
    if (!resolved.version) {
      const { message, fix } = resolved.check;
      throw new InputError(`${message}. ${fix}`);
    }
    const version = resolved.version;
    const missing = checkSupplyChain(version, policy).filter(
      c => c.status === 'fail',
    );
    if (missing.length > 0) {
      throw new InputError(
        `${request.registry}/${request.repository}:${
          version.tag
        } does not meet the supply-chain policy: ${missing
          .map(c => `${c.message}. ${c.fix}`)
          .join(' ')}`,
      );
    }
    const { llm, reason } = classifyLlm(version.metadata);
    const { metadata } = version;
    const entityName = await this.entityName(request);
    return {
      registry: request.registry,
      repository: request.repository,
      tag: version.tag,
      digest: version.digest,
      reference: `oci://${referenceHost(config)}/${request.repository}@${
        version.digest
      }`,
      entityRef: `resource:default/${entityName}`,
      packaging: version.packaging,
      signed: version.signed,
      sbom: version.sbom,
      llm,
      llmReason: reason,
      ...(metadata.name ? { name: metadata.name } : {}),
      ...(metadata.format ? { format: metadata.format } : {}),
      ...(metadata.parameterSize
        ? { parameterSize: metadata.parameterSize }
        : {}),
    };
  }

  /**
   * The catalog entity name of the model, as the catalog module names it:
   * with the registry in front where another registry holds a repository
   * of the same name.
   */
  private async entityName(request: ModelVersionRequest): Promise<string> {
    const { models } = await this.options.models.listModels();
    return (
      modelEntityNames(models).get(
        `${request.registry}/${request.repository}`,
      ) ?? modelEntityName(request.repository)
    );
  }
}
