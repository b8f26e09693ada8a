// Waiting with a bound. A chunk that never arrives (a request a proxy holds, a tab gone to
// sleep) fails like one that could not be fetched once `timing.partTimeout` has passed, so that
// the element shows an error state and `updateComplete` settles, instead of waiting for ever.

/** How long anything lazy is waited for, in milliseconds (tests shorten it). */
export const timing = { partTimeout: 15_000 };

/** `work`, or a rejection once `timing.partTimeout` has passed without an outcome. */
export function bounded<T>(work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no answer within ${timing.partTimeout / 1000} s`)),
      timing.partTimeout,
    );
    work.then(resolve, reject).finally(() => clearTimeout(timer));
  });
}

/** A chunk loaded once, bounded; after a failure it is asked for again on the next call. */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= bounded(load()).catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
