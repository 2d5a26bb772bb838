/**
 * The part of a browser's DOM that the page tests' in-page callbacks use.
 * Tests are type-checked with Deno's library, not the DOM's (the two disagree
 * on some stream types), so callbacks reach the page through
 * `globalThis as unknown as Dom`: types only, nothing at run time.
 * @module
 */

/** An element, as far as the tests touch one. */
export interface DomElement {
  id: string;
  tagName: string;
  value: string;
  checked: boolean;
  hidden: boolean;
  rel: string;
  href: string;
  src: string;
  textContent: string | null;
  outerHTML: string;
  dataset: Record<string, string | undefined>;
  labels?: ArrayLike<unknown> | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  dispatchEvent(event: unknown): boolean;
  append(...nodes: DomElement[]): void;
  reset(): void;
  blur(): void;
  scrollIntoView(): void;
}

/** The page's globals the tests use. */
export interface Dom {
  document: {
    activeElement: DomElement | null;
    documentElement: DomElement & { scrollWidth: number };
    head: DomElement;
    body: DomElement;
    getElementById(id: string): DomElement | null;
    querySelector(selector: string): DomElement | null;
    querySelectorAll(selector: string): Iterable<DomElement>;
    createElement(tag: string): DomElement;
  };
  Event: new (type: string) => unknown;
  Image: new () => { src: string };
  XMLHttpRequest: new () => {
    open(method: string, url: string): void;
    send(): void;
    onerror: (() => void) | null;
  };
  EventSource: new (url: string) => { onerror: (() => void) | null };
  navigator: { sendBeacon(url: string, data: string): boolean };
  scrollTo(x: number, y: number): void;
}
