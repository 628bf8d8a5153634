/** A custom element class that may need other custom elements (its form controls) to be defined first. */
export type ElementClass = CustomElementConstructor & {
  readonly dependencies?: Readonly<Record<string, CustomElementConstructor>>;
};

/**
 * Defines `tag` and the tags its class depends on, each only if the page has no element by
 * that name yet: a page may load the same bundle twice, or two bundles sharing the form kit.
 */
export function register(tag: string, element: ElementClass): void {
  for (const [dependencyTag, dependency] of Object.entries(element.dependencies ?? {})) {
    register(dependencyTag, dependency);
  }
  if (!customElements.get(tag)) customElements.define(tag, element);
}
