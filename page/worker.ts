/**
 * The page's Worker: makes or reads keys off the page's thread, so that a
 * long RSA generation or a slow key derivation never freezes the page.
 * Messages in: `{ id, request }`; out: `{ id, result }` or `{ id, error }`.
 * @module
 */
// The bundle must hold every module the library loads when needed (lib/lazy.ts).
import "../lib/lazy_literal.ts";
import { createForPage, messageOf, type PageRequest } from "./run.ts";

/** One job for the Worker. */
export interface WorkerJob {
  /** Echoed in the answer. */
  id: number;
  /** The form's fields. */
  request: PageRequest;
}

const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<WorkerJob>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = async (e) => {
  const { id, request } = e.data;
  try {
    scope.postMessage({ id, result: await createForPage(request) });
  } catch (err) {
    scope.postMessage({ id, error: messageOf(err) });
  }
};
