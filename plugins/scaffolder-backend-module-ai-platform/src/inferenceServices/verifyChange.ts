import { posix } from 'node:path';
import type { AiPlatformService } from '@ai-platform/backstage-plugin-ai-platform-node';
import type { BackstageCredentials } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import yaml from 'yaml';
import type { ChangeFile } from '../gitops/localRepository';
import { isYamlFile } from '../permissions/catalogEntities';
import { governInferenceService } from './governed';
import {
  PARAMETERS_FILE,
  parseParametersFile,
  renderInferenceService,
} from './manifests';

/** A KServe object or an inference-service Component: what makes a service. */
function isInferenceService(doc: any): boolean {
  if (!doc || typeof doc !== 'object') return false;
  if (
    typeof doc.apiVersion === 'string' &&
    doc.apiVersion.startsWith('serving.kserve.io/')
  ) {
    return true;
  }
  return (
    typeof doc.apiVersion === 'string' &&
    doc.apiVersion.startsWith('backstage.io/') &&
    doc.kind === 'Component' &&
    doc.spec?.type === 'inference-service'
  );
}

/**
 * Checks the inference services of a change where it is committed, whatever
 * step wrote it: each parameters file written by
 * `ai-platform:inference-service:render` passes the governance again (model
 * pinned on a configured registry, every rule) and its folder holds exactly
 * the files render writes for it, unedited; a KServe object or an
 * inference-service entity that no parameters file stands for is refused.
 *
 * @returns how many services the change holds
 */
export async function verifyInferenceServices(options: {
  files: ChangeFile[];
  aiPlatform: AiPlatformService;
  credentials: BackstageCredentials;
}): Promise<number> {
  const { files, aiPlatform, credentials } = options;
  const byPath = new Map(files.map(f => [f.path, f.content.toString('utf8')]));
  const covered = new Set<string>();
  const parameterFiles = files.filter(
    f => posix.basename(f.path) === PARAMETERS_FILE,
  );
  for (const file of parameterFiles) {
    const dir = posix.dirname(file.path);
    const params = parseParametersFile(byPath.get(file.path)!, file.path);
    const governed = await governInferenceService({
      aiPlatform,
      credentials,
      params,
    });
    for (const rendered of renderInferenceService(governed).files) {
      const path = dir === '.' ? rendered.path : posix.join(dir, rendered.path);
      if (byPath.get(path) !== rendered.content) {
        throw new InputError(
          `${path} is not what ai-platform:inference-service:render writes for ${
            file.path
          } (${
            byPath.has(path) ? 'edited after rendering' : 'missing'
          }); publish the rendered files unchanged`,
        );
      }
      covered.add(path);
    }
  }
  for (const [path, text] of byPath) {
    if (covered.has(path) || !isYamlFile(path)) continue;
    for (const doc of yaml.parseAllDocuments(text)) {
      if (isInferenceService(doc.toJS())) {
        throw new InputError(
          `${path} holds an inference service that ai-platform:inference-service:render did not write (no ${PARAMETERS_FILE} stands for it); render it through the governed template`,
        );
      }
    }
  }
  return parameterFiles.length;
}
