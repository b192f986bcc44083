#!/usr/bin/env node
/*
 * Generates, from src/schema/openapi.yaml (the contract of the REST API):
 *   src/schema/generated/spec.ts  the document as a constant, from which the
 *                                 router is created and validated
 *   ../ai-platform-common/src/schema/openapi.ts
 *                                 request and response types (openapi-typescript),
 *                                 shared by the router and the frontend client
 * With --check, changes nothing and fails when a generated file is not what
 * the document gives (CI runs it).
 */
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const prettier = require('prettier');
const { default: openapiTS, astToString } = require('openapi-typescript');

const root = path.resolve(__dirname, '..');
const source = path.join(root, 'src/schema/openapi.yaml');
const specFile = path.join(root, 'src/schema/generated/spec.ts');
const typesFile = path.resolve(
  root,
  '../ai-platform-common/src/schema/openapi.ts',
);
const HEADER =
  '// Generated from src/schema/openapi.yaml by scripts/generate-openapi.js\n' +
  '// (`yarn openapi:generate`); edit the document, not this file.\n\n';

async function format(file, text) {
  const options = await prettier.resolveConfig(file);
  return prettier.format(text, { ...options, filepath: file });
}

async function main() {
  const check = process.argv.includes('--check');
  const text = fs.readFileSync(source, 'utf8');
  const document = YAML.parse(text);
  // The types are part of -common's public API (exported under
  // AiPlatformApi* names), hence the release tags.
  const types = astToString(await openapiTS(document)).replace(
    /^export (interface|type) /gm,
    '/** @public */\nexport $1 ',
  );
  const files = {
    [specFile]: `${HEADER}export const spec = ${JSON.stringify(
      document,
      null,
      2,
    )} as const;\n`,
    [typesFile]: `${HEADER.replace(
      'src/schema/openapi.yaml',
      'plugins/ai-platform-backend/src/schema/openapi.yaml',
    )}${types}`,
  };
  let stale = 0;
  for (const [file, content] of Object.entries(files)) {
    const formatted = await format(file, content);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (current === formatted) continue;
    if (check) {
      stale += 1;
      console.error(
        `${path.relative(
          root,
          file,
        )} is not what src/schema/openapi.yaml gives; run yarn openapi:generate`,
      );
    } else {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, formatted);
      console.log(`wrote ${path.relative(root, file)}`);
    }
  }
  process.exitCode = stale ? 1 : 0;
}

main().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
