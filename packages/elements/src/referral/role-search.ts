/** Text as compared: full-width letters and digits folded to their plain forms, lower case. */
const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase();

/**
 * Whether a text (a role's title and details) matches what was typed in a search box: every
 * word of the query appears in it, in any order and case (`tokyo engineer`, `ＥＮＧＩＮＥＥＲ`).
 */
export function matchesSearch(text: string, query: string): boolean {
  const haystack = fold(text);
  return fold(query)
    .split(/\s+/)
    .every((word) => haystack.includes(word));
}
