/** `{ key: value }`, or `{}` when the value is null or undefined: the contract's optional fields are left out. */
export const optional = <K extends string, V>(key: K, value: V | null | undefined) =>
  (value === null || value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
