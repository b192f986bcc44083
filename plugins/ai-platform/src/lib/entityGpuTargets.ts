import type { Entity } from '@backstage/catalog-model';

/** The stock Kubernetes plugin's annotations; the GPU tabs read the same ones. */
export const KUBERNETES_ID_ANNOTATION = 'backstage.io/kubernetes-id';
export const KUBERNETES_LABEL_SELECTOR_ANNOTATION =
  'backstage.io/kubernetes-label-selector';

/**
 * The label selector of an entity's pods, as the Kubernetes plugin finds
 * them: the label-selector annotation, else `backstage.io/kubernetes-id=<id>`;
 * undefined when the entity has neither.
 */
export function workloadSelectorOf(entity: Entity): string | undefined {
  const annotations = entity.metadata.annotations ?? {};
  const selector = annotations[KUBERNETES_LABEL_SELECTOR_ANNOTATION]?.trim();
  if (selector) return selector;
  const id = annotations[KUBERNETES_ID_ANNOTATION]?.trim();
  return id ? `${KUBERNETES_ID_ANNOTATION}=${id}` : undefined;
}

/**
 * The configured cluster name of a `kubernetes-cluster` Resource. The catalog
 * module names the entity after the cluster and also writes the name into
 * `backstage.io/kubernetes-id`; the annotation wins, so an entity whose name
 * had to differ (entity names are stricter than cluster names) still works.
 */
export function clusterNameOf(entity: Entity): string {
  return (
    entity.metadata.annotations?.[KUBERNETES_ID_ANNOTATION]?.trim() ||
    entity.metadata.name
  );
}

/** Whether an entity is a `Component` of type `inference-service`. */
export function isInferenceServiceEntity(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'component' &&
    entity.spec?.type === 'inference-service'
  );
}

/** Whether an entity is a `Resource` of type `kubernetes-cluster`. */
export function isKubernetesClusterEntity(entity: Entity): boolean {
  return (
    entity.kind.toLocaleLowerCase('en-US') === 'resource' &&
    entity.spec?.type === 'kubernetes-cluster'
  );
}

/** Whether an entity is a `Group`. */
export function isGroupEntity(entity: Entity): boolean {
  return entity.kind.toLocaleLowerCase('en-US') === 'group';
}
