import type { Locale, OperationId, RouteOutput, RouteParsedInput, Routes } from '@alumni-kit/contract';
import type { Store } from './store.ts';

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
  input: RouteParsedInput<Routes[K]>,
  context: OperationContext,
) => RouteOutput<Routes[K]> | Promise<RouteOutput<Routes[K]>>;
