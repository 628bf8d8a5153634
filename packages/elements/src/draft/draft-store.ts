/** One logical submission: its idempotency key and the exact body it sends on every attempt. */
export interface Submission {
  idempotencyKey: string;
  body: unknown;
}

/** What a form keeps across reloads: the values by control name and the pending submission. */
export interface Draft {
  values: Record<string, unknown>;
  submission?: Submission | undefined;
}

export interface DraftStore {
  load(): Draft | undefined;
  save(draft: Draft): void;
  clear(): void;
}

/**
 * How long a draft lives: the server keeps idempotency records at least as long, so a draft
 * sent again within it is answered from the record instead of acting twice.
 */
export const DRAFT_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Storage may be unavailable (a sandboxed iframe) or full: a draft is then simply not kept. */
function attempt<T>(action: () => T): T | undefined {
  try {
    return action();
  } catch {
    return undefined;
  }
}

/**
 * Which element on which page a draft belongs to: its id, else its position among its kind;
 * then which of its forms, when it has several.
 */
function draftKey(host: Element, scope: string | undefined): string {
  const position = [...document.querySelectorAll(host.localName)].indexOf(host);
  const element = host.id || `${host.localName}-${position}`;
  return `alumni-kit:draft:${location.pathname}#${element}${scope ? `/${scope}` : ''}`;
}

export interface DraftStoreOptions {
  /** Which of the element's forms (an event's id): each keeps its own draft. */
  scope?: string | undefined;
  now?: () => number;
}

/**
 * The draft of one element's form, in sessionStorage: personal data leaves with the tab and
 * never reaches localStorage. A draft older than `DRAFT_LIFETIME_MS` is dropped when read.
 */
export function draftStore(host: Element, { scope, now = Date.now }: DraftStoreOptions = {}): DraftStore {
  const key = draftKey(host, scope);
  return {
    load() {
      const saved = attempt(() => JSON.parse(sessionStorage.getItem(key) ?? 'null')) as
        (Draft & { savedAt: number }) | null | undefined;
      if (saved && now() - saved.savedAt < DRAFT_LIFETIME_MS) {
        return { values: saved.values, submission: saved.submission };
      }
      attempt(() => sessionStorage.removeItem(key));
      return undefined;
    },
    save(draft) {
      attempt(() => sessionStorage.setItem(key, JSON.stringify({ ...draft, savedAt: now() })));
    },
    clear() {
      attempt(() => sessionStorage.removeItem(key));
    },
  };
}
