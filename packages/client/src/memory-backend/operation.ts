import type { Locale, OperationId, RouteDefinition, RouteOutput, Routes } from '@alumni-kit/contract';
import type { Store } from './store.ts';

/** What a schema parses to (zod 4 keeps it at `_zod.output`), without importing zod here. */
type Parsed<S> = S extends { _zod: { output: infer O } } ? O : undefined;

/** A route's input after validation: defaults applied, strings trimmed, e-mails lower-cased. */
export interface ParsedInput<R extends RouteDefinition> {
  params: Parsed<R['params']>;
  query: Parsed<R['query']>;
  body: Parsed<R['body']>;
}

/** What every operation may use besides its input. */
export interface OperationContext {
  store: Store;
  now: () => Date;
  locale: Locale;
  memberToken?: string;
  /** Keyed one-way hash: equal inputs give equal outputs, outputs do not give the input back. */
  hashIdentity: (value: string) => Promise<string>;
}

/** One operation of the contract, implemented against the store. */
export type Operation<K extends OperationId> = (
  input: ParsedInput<Routes[K]>,
  context: OperationContext,
) => RouteOutput<Routes[K]> | Promise<RouteOutput<Routes[K]>>;
