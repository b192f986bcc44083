import { SEED_REGISTRIES, SeedRegistry } from './catalogue';

/**
 * The portal's `aiPlatform.registries` over the seeded data: every seeded
 * registry at the local registry `url`, or in the image layout folder
 * `layout`. Written as JSON, which is YAML too.
 */
export function buildRegistryAppConfig(
  source: { url: string } | { layout: string },
  registries: readonly SeedRegistry[] = SEED_REGISTRIES,
): string {
  const config = {
    aiPlatform: {
      registries: registries.map(r => ({
        name: r.name,
        ...source,
        aliases: r.aliases,
        repositories: r.repositories,
        owner: r.owner,
        labels: r.labels,
      })),
    },
  };
  return `# Written by oci-seed; regenerated on every start.\n${JSON.stringify(
    config,
    null,
    2,
  )}\n`;
}
