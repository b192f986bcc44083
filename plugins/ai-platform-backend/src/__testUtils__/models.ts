import {
  LayoutWriter,
  SEED_REGISTRIES,
  seedModels,
  SeedReport,
} from '@internal/oci-seed';
import { ConfigReader } from '@backstage/config';
import type { ClusterSource } from '@ai-platform/backstage-plugin-ai-platform-node';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ModelService } from '../models/ModelService';
import { createRegistrySource } from '../registry/clients';
import { readRegistryConfigs } from '../registry/config';

/** The portal's registries over the seeded data, at a URL or in a layout folder. */
export function seededRegistryConfig(
  source: { url: string } | { layout: string },
  extra: Record<string, unknown> = {},
) {
  return {
    aiPlatform: {
      registries: SEED_REGISTRIES.map(r => ({
        name: r.name,
        ...source,
        aliases: r.aliases,
        repositories: r.repositories,
        owner: r.owner,
        labels: r.labels,
        ...extra,
      })),
    },
  };
}

/** A model service over the given registries and clusters. */
export function modelService(
  source: { url: string } | { layout: string },
  clusters: ClusterSource,
  extra: Record<string, unknown> = {},
): ModelService {
  const registries = readRegistryConfigs(
    new ConfigReader(seededRegistryConfig(source, extra)),
  );
  return new ModelService({
    registries,
    sources: new Map(registries.map(r => [r.name, createRegistrySource(r)])),
    clusters,
  });
}

/** Seeds the demo models into a temporary image-layout folder. */
export async function seededLayout(): Promise<{
  layout: string;
  report: SeedReport;
  remove(): Promise<void>;
}> {
  const layout = await mkdtemp(join(tmpdir(), 'ai-platform-layout-'));
  const report = await seedModels(new LayoutWriter(layout));
  return {
    layout,
    report,
    remove: () => rm(layout, { recursive: true, force: true }),
  };
}
