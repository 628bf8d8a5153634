/** A shallow copy of `record` without `keys`. */
export const omit = <T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> =>
  Object.fromEntries(
    Object.entries(record).filter(([key]) => !(keys as PropertyKey[]).includes(key)),
  ) as Omit<T, K>;
