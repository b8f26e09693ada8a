// Values shared down an element tree by the Context Community Protocol, the one @lit/context
// speaks, in a few lines of our own (the package would cost the critical path more): an element
// asks with a bubbling, composed `context-request` event; the closest provider answers at once,
// and again on every change to those who subscribe.

/** The `context-request` event of the protocol. */
export interface ContextRequest<T> extends Event {
  readonly context: unknown;
  readonly callback: (value: T, unsubscribe?: () => void) => void;
  readonly subscribe?: boolean;
}

/** Answers requests for `context` that reach `host`, with `value`, and tells subscribers of changes. */
export class ContextProvider<T> {
  private readonly subscribers = new Set<ContextRequest<T>['callback']>();

  constructor(
    host: EventTarget,
    context: unknown,
    private value: T,
  ) {
    host.addEventListener('context-request', (e) => {
      const { context: asked, callback, subscribe } = e as ContextRequest<T>;
      if (asked !== context) return;
      e.stopPropagation();
      if (subscribe) this.subscribers.add(callback);
      callback(this.value, () => this.subscribers.delete(callback));
    });
  }

  /** Gives every subscriber `value` (again, when it is the same object changed within). */
  set(value: T): void {
    this.value = value;
    for (const callback of this.subscribers) {
      callback(value, () => this.subscribers.delete(callback));
    }
  }
}

/** Asks the closest provider of `context` above `el` (across shadow roots), subscribing to changes. */
export function requestContext<T>(
  el: EventTarget,
  context: unknown,
  callback: ContextRequest<T>['callback'],
): void {
  el.dispatchEvent(
    Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context,
      callback,
      subscribe: true,
    }),
  );
}
