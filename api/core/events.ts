/**
 * Typed in-process events, so a lower layer can let higher ones react to its changes without
 * importing them (hierarchy tells models that a neighbourhood changed). Subscribers register at
 * module load; `emit` runs them one after another and waits for each, so the change that emits
 * completes only after they have, and a subscriber's error fails it, as a direct call would.
 */
export interface AppEvent<Args extends unknown[]> {
  /** Adds a subscriber; returns a function that removes it. */
  on(handler: (...args: Args) => Promise<void> | void): () => void;
  emit(...args: Args): Promise<void>;
}

export function appEvent<Args extends unknown[]>(): AppEvent<Args> {
  const handlers = new Set<(...args: Args) => Promise<void> | void>();
  return {
    on(handler) {
      handlers.add(handler);
      return () => void handlers.delete(handler);
    },
    async emit(...args) {
      for (const handler of [...handlers]) await handler(...args);
    },
  };
}
