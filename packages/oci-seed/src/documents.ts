import { createHash } from 'node:crypto';
import type { SeedModel, SeedVersion } from './catalogue';
import type { Descriptor } from './target';

/**
 * The SBOM and provenance documents the seeder attaches to versions, in the
 * shapes real tools write them: SPDX 2.3 JSON (as `syft` or the SPDX tools
 * write it), CycloneDX 1.6 JSON with a `machine-learning-model` component,
 * and an in-toto v1 statement with a SLSA v1 provenance predicate in a DSSE
 * envelope (as `cosign attest` and the SLSA GitHub generator write it).
 * Every field is derived from the version, so the bytes never change.
 */

export const PredicateTypes = {
  slsaProvenanceV1: 'https://slsa.dev/provenance/v1',
} as const;

export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

const hex = (digest: string) => digest.slice(digest.indexOf(':') + 1);
const hashOf = (text: string) =>
  createHash('sha256').update(text).digest('hex');

/** A UUID (version 4 layout) derived from a name, for serial numbers. */
function stableUuid(name: string): string {
  const h = hashOf(name);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(
    17,
    20,
  )}-${h.slice(20, 32)}`;
}

/** The libraries the packaging step used, by weight format. */
function libraries(v: SeedVersion) {
  return v.format === 'gguf'
    ? [
        { name: 'llama.cpp', version: 'b4589', license: 'MIT', type: 'github' },
        { name: 'gguf', version: '0.10.0', license: 'MIT', type: 'pypi' },
      ]
    : [
        {
          name: 'safetensors',
          version: '0.4.5',
          license: 'Apache-2.0',
          type: 'pypi',
        },
        {
          name: 'transformers',
          version: '4.46.3',
          license: 'Apache-2.0',
          type: 'pypi',
        },
      ];
}

function libraryPurl(lib: ReturnType<typeof libraries>[number]) {
  return lib.type === 'github'
    ? `pkg:github/ggerganov/${lib.name}@${lib.version}`
    : `pkg:pypi/${lib.name}@${lib.version}`;
}

/** The version's layers as the manifest lists them. */
export interface VersionLayers {
  weights: Descriptor;
  tokenizer: Descriptor;
}

/** An SPDX 2.3 JSON document of a model version. */
export function spdxDocument(
  model: SeedModel,
  v: SeedVersion,
  layers: VersionLayers,
): object {
  const name = `${model.name}-${v.tag}`;
  const libs = libraries(v);
  const licenseRef = model.license.startsWith('LicenseRef-');
  return {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name,
    documentNamespace: `https://sbom.example-org.eu/spdx/${model.repository}/${
      v.tag
    }-${stableUuid(name)}`,
    creationInfo: {
      created: v.createdAt,
      creators: [
        'Organization: Example Org AI Platform',
        'Tool: ai-platform-oci-seed-0.0.0',
      ],
      licenseListVersion: '3.25',
    },
    packages: [
      {
        SPDXID: 'SPDXRef-Package-model',
        name: model.name,
        versionInfo: v.version,
        supplier: `Organization: ${model.vendor}`,
        downloadLocation: `https://huggingface.co/${model.upstream.replace(
          'pkg:huggingface/',
          '',
        )}`,
        filesAnalyzed: false,
        checksums: [
          { algorithm: 'SHA256', checksumValue: hex(layers.weights.digest) },
        ],
        licenseConcluded: model.license,
        licenseDeclared: model.license,
        copyrightText: 'NOASSERTION',
        primaryPackagePurpose: 'OTHER',
        externalRefs: [
          {
            referenceCategory: 'PACKAGE-MANAGER',
            referenceType: 'purl',
            referenceLocator: model.upstream,
          },
        ],
      },
      {
        SPDXID: 'SPDXRef-Package-tokenizer',
        name: `${model.name} tokenizer`,
        versionInfo: v.version,
        supplier: `Organization: ${model.vendor}`,
        downloadLocation: 'NOASSERTION',
        filesAnalyzed: false,
        checksums: [
          {
            algorithm: 'SHA256',
            checksumValue: hex(layers.tokenizer.digest),
          },
        ],
        licenseConcluded: model.license,
        licenseDeclared: model.license,
        copyrightText: 'NOASSERTION',
        primaryPackagePurpose: 'FILE',
      },
      ...libs.map(lib => ({
        SPDXID: `SPDXRef-Package-${lib.name.replace(/[^A-Za-z0-9.-]/g, '-')}`,
        name: lib.name,
        versionInfo: lib.version,
        downloadLocation: 'NOASSERTION',
        filesAnalyzed: false,
        licenseConcluded: lib.license,
        licenseDeclared: lib.license,
        copyrightText: 'NOASSERTION',
        primaryPackagePurpose: 'LIBRARY',
        externalRefs: [
          {
            referenceCategory: 'PACKAGE-MANAGER',
            referenceType: 'purl',
            referenceLocator: libraryPurl(lib),
          },
        ],
      })),
    ],
    ...(licenseRef
      ? {
          hasExtractedLicensingInfos: [
            {
              licenseId: model.license,
              name: model.license.replace('LicenseRef-', ''),
              extractedText: `See the ${model.vendor} licence agreement shipped with the weights.`,
            },
          ],
        }
      : {}),
    relationships: [
      {
        spdxElementId: 'SPDXRef-DOCUMENT',
        relationshipType: 'DESCRIBES',
        relatedSpdxElement: 'SPDXRef-Package-model',
      },
      {
        spdxElementId: 'SPDXRef-Package-model',
        relationshipType: 'CONTAINS',
        relatedSpdxElement: 'SPDXRef-Package-tokenizer',
      },
      ...libs.map(lib => ({
        spdxElementId: 'SPDXRef-Package-model',
        relationshipType: 'BUILD_DEPENDENCY_OF',
        relatedSpdxElement: `SPDXRef-Package-${lib.name.replace(
          /[^A-Za-z0-9.-]/g,
          '-',
        )}`,
      })),
    ],
  };
}

const cdxLicense = (id: string) =>
  id.startsWith('LicenseRef-')
    ? { license: { name: id } }
    : { license: { id } };

/** A CycloneDX 1.6 JSON BOM of a model version. */
export function cycloneDxDocument(
  model: SeedModel,
  v: SeedVersion,
  layers: VersionLayers,
): object {
  const libs = libraries(v);
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${stableUuid(`${model.repository}:${v.tag}`)}`,
    version: 1,
    metadata: {
      timestamp: v.createdAt,
      tools: {
        components: [
          {
            type: 'application',
            name: 'ai-platform-oci-seed',
            version: '0.0.0',
          },
        ],
      },
      component: {
        type: 'machine-learning-model',
        'bom-ref': 'model',
        name: model.name,
        version: v.version,
        supplier: { name: model.vendor },
        purl: model.upstream,
        licenses: [cdxLicense(model.license)],
        hashes: [{ alg: 'SHA-256', content: hex(layers.weights.digest) }],
        modelCard: {
          modelParameters: {
            task: 'text-generation',
            architectureFamily: model.family,
            modelArchitecture: 'transformer',
          },
        },
      },
    },
    components: [
      {
        type: 'data',
        'bom-ref': 'tokenizer',
        name: `${model.name} tokenizer`,
        version: v.version,
        licenses: [cdxLicense(model.license)],
        hashes: [{ alg: 'SHA-256', content: hex(layers.tokenizer.digest) }],
      },
      ...libs.map(lib => ({
        type: 'library',
        'bom-ref': libraryPurl(lib),
        name: lib.name,
        version: lib.version,
        purl: libraryPurl(lib),
        licenses: [cdxLicense(lib.license)],
      })),
    ],
    dependencies: [
      {
        ref: 'model',
        dependsOn: ['tokenizer', ...libs.map(libraryPurl)],
      },
    ],
  };
}

/**
 * An in-toto v1 statement with a SLSA v1 build provenance predicate for a
 * version. `subjectDigest` is the manifest digest it attests; the seeder
 * gives another version's digest for the wrong-subject case.
 */
export function provenanceStatement(
  model: SeedModel,
  v: SeedVersion,
  subjectDigest: string,
  layers: VersionLayers,
  registryHost: string,
): object {
  const github = model.builder.startsWith('https://github.com/');
  const run = parseInt(
    hashOf(`${model.repository}:${v.tag}/run`).slice(0, 8),
    16,
  );
  const started = new Date(Date.parse(v.createdAt) - 12 * 60_000).toISOString();
  const source = github
    ? 'https://github.com/example-org/model-factory'
    : 'https://gitlab.com/example-eu/model-factory';
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [
      {
        name: `${registryHost}/${model.repository}`,
        digest: { sha256: hex(subjectDigest) },
      },
    ],
    predicateType: PredicateTypes.slsaProvenanceV1,
    predicate: {
      buildDefinition: {
        buildType: github
          ? 'https://slsa-framework.github.io/github-actions-buildtypes/workflow/v1'
          : 'https://gitlab.com/gitlab-org/gitlab-runner/-/blob/v17.5.0/PROVENANCE.md',
        externalParameters: {
          workflow: {
            ref: `refs/tags/${model.family}-${v.tag}`,
            repository: source,
            path: github
              ? '.github/workflows/package-model.yml'
              : '.gitlab-ci.yml',
          },
          inputs: { model: model.upstream, packaging: model.packaging },
        },
        internalParameters: github
          ? {
              github: {
                event_name: 'push',
                runner_environment: 'github-hosted',
              },
            }
          : { gitlab: { pipeline_source: 'push' } },
        resolvedDependencies: [
          {
            uri: `git+${source}@refs/tags/${model.family}-${v.tag}`,
            digest: {
              gitCommit: hashOf(`${model.repository}:${v.tag}/commit`).slice(
                0,
                40,
              ),
            },
          },
          {
            uri: model.upstream,
            digest: { sha256: hex(layers.weights.digest) },
          },
        ],
      },
      runDetails: {
        builder: { id: model.builder },
        metadata: {
          invocationId: github
            ? `${source}/actions/runs/${run}/attempts/1`
            : `${source}/-/pipelines/${run}`,
          startedOn: started,
          finishedOn: v.createdAt,
        },
      },
    },
  };
}

/** A DSSE envelope around an in-toto statement, with a stand-in signature. */
export function dsseEnvelope(statement: object, signature: Buffer): object {
  return {
    payloadType: IN_TOTO_PAYLOAD_TYPE,
    payload: Buffer.from(JSON.stringify(statement)).toString('base64'),
    signatures: [{ keyid: '', sig: signature.toString('base64') }],
  };
}
