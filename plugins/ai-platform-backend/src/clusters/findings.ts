import type { LoggerService } from '@backstage/backend-plugin-api';
import type { NotUnderstoodObject } from '@ai-platform/backstage-plugin-ai-platform-common';

interface Noted {
  object: NotUnderstoodObject;
  /** The object version the reasons were logged for. */
  logged: string;
}

/**
 * The objects of one kind of one cluster that the domains skip, cannot read
 * or judge implausible. Each object version with its reasons is logged once
 * (a new version of a still-bad object is logged again; an unchanged object
 * seen again on a relist is not), and the current set is what the cluster's
 * health shows.
 */
export class ObjectFindings {
  private noted = new Map<string, Noted>();

  constructor(
    private readonly cluster: string,
    private readonly kindId: string,
    private readonly logger: LoggerService,
  ) {}

  /** Records what is wrong with an object version; no reasons means it is understood. */
  note(
    key: string,
    object: { namespace?: string; name: string; resourceVersion?: string },
    reasons: string[],
  ): void {
    if (reasons.length === 0) {
      this.noted.delete(key);
      return;
    }
    const version = `${object.resourceVersion ?? ''}|${reasons.join('|')}`;
    const previous = this.noted.get(key);
    if (previous?.logged !== version) {
      const where = object.namespace
        ? `${object.namespace}/${object.name}`
        : object.name;
      this.logger.warn(
        `Not understood: ${this.kindId} '${where}' in cluster '${
          this.cluster
        }'${
          object.resourceVersion
            ? ` (resourceVersion ${object.resourceVersion})`
            : ''
        }: ${reasons.join('; ')}`,
      );
    }
    this.noted.set(key, {
      object: {
        kind: this.kindId,
        namespace: object.namespace,
        name: object.name,
        reasons,
      },
      logged: version,
    });
  }

  /** The object is gone. */
  forget(key: string): void {
    this.noted.delete(key);
  }

  /** Keeps only the given keys (after a full list). */
  retain(keys: ReadonlySet<string>): void {
    for (const key of [...this.noted.keys()]) {
      if (!keys.has(key)) this.noted.delete(key);
    }
  }

  list(): NotUnderstoodObject[] {
    return [...this.noted.values()].map(n => n.object);
  }
}
