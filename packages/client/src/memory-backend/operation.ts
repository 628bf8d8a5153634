import type { Locale, OperationId, Output, RouteDefinition, RouteOutput, Routes } from '@alumni-kit/contract';
import type { Store } from './store.ts';

/** A route's input after validation: defaults applied, strings trimmed, e-mails lower-cased. */
export interface ParsedInput<R extends RouteDefinition> {
  params: Output<R['params']>;
  query: Output<R['query']>;
  body: Output<R['body']>;
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
