import { Config } from '@backstage/config';
import { readRegistryConfigs } from './config';
import {
  OciRegistryClient,
  OciRegistryClientOptions,
} from './OciRegistryClient';

/**
 * One client per registry of `aiPlatform.registries`, by name. Throws an
 * InputError naming the bad key when the configuration is invalid.
 *
 * @public
 */
export function createRegistryClients(
  root: Config,
  options: OciRegistryClientOptions = {},
): Map<string, OciRegistryClient> {
  return new Map(
    readRegistryConfigs(root).map(config => [
      config.name,
      new OciRegistryClient(config, options),
    ]),
  );
}
