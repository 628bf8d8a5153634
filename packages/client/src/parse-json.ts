/** The value of a JSON text, or `undefined` when the text is not JSON (schemas then report it missing). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
