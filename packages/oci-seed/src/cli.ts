/* eslint-disable no-console */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildRegistryAppConfig } from './appConfig';
import { LayoutWriter } from './LayoutWriter';
import { RegistryPusher } from './RegistryPusher';
import { seedModels } from './seed';

const USAGE = `Usage: oci-seed (--registry <url> | --layout <dir>) [options]

Writes the demo models (ModelPack and KitOps artifacts with tiny fake
weights, signatures and SBOMs, one moved tag) to an OCI registry, or as OCI
image layouts (one folder per repository) where no registry can run. The
same digests come out on every run.

Options:
  --registry <url>      push to this registry, e.g. http://127.0.0.1:5000
  --layout <dir>        write image layouts under this folder instead
  --app-config <file>   write the portal's aiPlatform.registries for the data
  --report <file>       write what was seeded (tags, digests, sizes) as JSON
  --help                show this help
`;

async function main() {
  const { values } = parseArgs({
    options: {
      registry: { type: 'string' },
      layout: { type: 'string' },
      'app-config': { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || Boolean(values.registry) === Boolean(values.layout)) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  let source: { url: string } | { layout: string };
  if (values.registry) {
    const url = new URL(values.registry);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new Error(
        `--registry must be an http(s) URL, got "${values.registry}"`,
      );
    }
    source = { url: url.origin };
  } else {
    source = { layout: resolve(values.layout!) };
  }
  const target =
    'url' in source
      ? new RegistryPusher(source.url)
      : new LayoutWriter(source.layout);
  const report = await seedModels(target);
  if (values.report) {
    await writeFile(values.report, `${JSON.stringify(report, null, 2)}\n`);
  }
  if (values['app-config']) {
    await writeFile(values['app-config'], buildRegistryAppConfig(source));
  }
  const versions = report.models.reduce((n, m) => n + m.versions.length, 0);
  console.log(
    `Seeded ${report.models.length} models with ${versions} tags into ${
      'url' in source ? source.url : source.layout
    }.`,
  );
}

main().catch(error => {
  console.error(`oci-seed failed: ${(error as Error).message}`);
  process.exit(1);
});
