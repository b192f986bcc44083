import {
  fitModel,
  ModelDeployment,
  ModelVersionFit,
  ModelVersionSummary,
} from '@ai-platform/backstage-plugin-ai-platform-common';
import type { ModelVersion, ModelVersionInfo } from '../registry/versions';
import { deploymentOf } from './deployments';

/** GPU fit from a version's parameter count and precision, or why it cannot be told. */
export function versionFit(version: ModelVersionInfo): ModelVersionFit {
  const { parameterCount, precision, quantization } = version.metadata;
  if (!parameterCount) {
    return {
      status: 'unknown',
      reason:
        'the artifact states no parameter size (ModelPack config.paramSize)',
    };
  }
  try {
    const fit = fitModel({ parameterCount, precision, quantization });
    // Profiles it does not fit on would only make the answer long.
    return {
      status: 'ok',
      ...fit,
      profiles: fit.profiles.filter(p => p.tier !== 'does-not-fit'),
    };
  } catch (error) {
    return { status: 'unknown', reason: (error as Error).message };
  }
}

/** The table row of a version, with the deployments of its digest. */
export function versionSummary(
  version: ModelVersionInfo,
  all: ModelVersion[],
  deployments: ModelDeployment[],
): ModelVersionSummary {
  const chain = version.supplyChain;
  return {
    status: 'ok',
    tag: version.tag,
    digest: version.digest,
    manifestDigest: version.manifestDigest,
    packaging: version.packaging,
    metadata: version.metadata,
    totalSize: version.totalSize,
    signed: (chain?.signatures.length ?? 0) > 0,
    sbom: (chain?.sboms.length ?? 0) > 0,
    sbomFormats: [
      ...new Set(
        (chain?.sboms ?? [])
          .map(s => s.sbomFormat)
          .filter((f): f is 'spdx' | 'cyclonedx' => Boolean(f)),
      ),
    ],
    ...(version.supplyChainError
      ? { supplyChainError: version.supplyChainError }
      : {}),
    fit: versionFit(version),
    deployments: deployments.filter(d =>
      deploymentOf(d, version.digest, version.tag),
    ),
    sameDigestTags: all
      .filter(v => v.digest === version.digest && v.tag !== version.tag)
      .map(v => v.tag)
      .sort(),
    warnings: version.warnings,
  };
}

/**
 * Newest first by created time; at equal times a tag other than `latest`
 * first, so that a summary names the version rather than the moving tag.
 */
export function newestFirst(a: ModelVersion, b: ModelVersion): number {
  const time = (v: ModelVersion) =>
    v.status === 'ok' ? v.metadata.createdAt ?? '' : '';
  return (
    time(b).localeCompare(time(a)) ||
    Number(a.tag === 'latest') - Number(b.tag === 'latest') ||
    b.tag.localeCompare(a.tag, 'en', { numeric: true })
  );
}
