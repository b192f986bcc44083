import { Config } from '@backstage/config';
import { readRegistryConfigs, RegistryConfig } from './config';
import { OciLayoutSource } from './OciLayoutSource';
import {
  OciRegistryClient,
  OciRegistryClientOptions,
} from './OciRegistryClient';
import type { RegistrySource } from './source';

/** The source of one configured registry: its server, or its layout folder. */
export function createRegistrySource(
  config: RegistryConfig,
  options: OciRegistryClientOptions = {},
): RegistrySource {
  return config.layout
    ? new OciLayoutSource(config)
    : new OciRegistryClient(config, options);
}

/**
 * One source per registry of `aiPlatform.registries`, by name. Throws an
 * InputError naming the bad key when the configuration is invalid.
 *
 * @public
 */
export function createRegistryClients(
  root: Config,
  options: OciRegistryClientOptions = {},
): Map<string, RegistrySource> {
  return new Map(
    readRegistryConfigs(root).map(config => [
      config.name,
      createRegistrySource(config, options),
    ]),
  );
}
