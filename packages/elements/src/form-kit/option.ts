/** One entry of a list, a checkbox group or a radio group. */
export interface Option<V extends string | number = string> {
  value: V;
  label: string;
}
