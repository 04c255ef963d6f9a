/** The outcome of a step that can fail on bad input: a value, or the problems found (never an exception). */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): { readonly ok: true; readonly value: T } => ({ ok: true, value });

/** Wraps a problem as a failed result. */
export const fail = <E>(error: E): { readonly ok: false; readonly error: E } => ({ ok: false, error });
