import type { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import yaml from 'yaml';

/**
 * The catalog entities in a YAML file of a change (every document with a
 * `backstage.io/` apiVersion, a kind and a name). A file that is not valid
 * YAML is refused rather than skipped: nothing unread is published.
 */
export function catalogEntitiesIn(text: string, file: string): Entity[] {
  const docs = yaml.parseAllDocuments(text);
  const entities: Entity[] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      throw new InputError(
        `${file} is not valid YAML (${doc.errors[0].message}); fix it before publishing`,
      );
    }
    const value = doc.toJS() as Partial<Entity> | null;
    if (
      value &&
      typeof value === 'object' &&
      typeof value.apiVersion === 'string' &&
      value.apiVersion.startsWith('backstage.io/') &&
      typeof value.kind === 'string' &&
      typeof value.metadata?.name === 'string'
    ) {
      entities.push(value as Entity);
    }
  }
  return entities;
}

/** Whether a path is a YAML file the catalog could read. */
export const isYamlFile = (path: string) => /\.ya?ml$/i.test(path);
