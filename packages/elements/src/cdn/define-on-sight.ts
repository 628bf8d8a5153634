/** Imports the code that defines a tag; called once, the first time the tag is seen. */
export type TagLoader = () => Promise<unknown>;

/**
 * Calls each tag's loader the first time an element with that tag is in `root`: at once for the
 * elements already there, later for those added (by the parser still reading the page, or by
 * script). Only `root`'s own tree is watched, not shadow roots: our elements define what they
 * render themselves. Stops watching once every tag has been seen.
 */
export function defineOnSight(
  loaders: Readonly<Record<string, TagLoader>>,
  root: ParentNode & Node = document,
) {
  const pending = new Map(Object.entries(loaders));
  const observer = new MutationObserver((records) => {
    for (const { addedNodes } of records) {
      for (const node of addedNodes) if (node instanceof Element) loadTagsIn(node);
    }
  });

  function loadTagsIn(scope: ParentNode) {
    if (!pending.size) return;
    const selector = [...pending.keys()].join(',');
    const self = scope instanceof Element && scope.matches(selector) ? [scope] : [];
    for (const { localName } of [...self, ...scope.querySelectorAll(selector)]) {
      const load = pending.get(localName);
      if (!load) continue; // a second element of a tag already loading
      pending.delete(localName);
      void load();
    }
    if (!pending.size) observer.disconnect();
  }

  observer.observe(root, { childList: true, subtree: true });
  loadTagsIn(root);
}
