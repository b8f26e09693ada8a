// Shared helpers for the element tests: the fixture data, waiting for nested elements to
// render, and reaching into shadow roots.
import { waitUntil as waitUntilOnce } from '@open-wc/testing';
import type { LitElement } from 'lit';
import type { DirectoryDocument } from '../../src/core/index.js';

export const FIXTURE_URL = '/test/components/fixtures/directory.json';

let cached: DirectoryDocument | undefined;

/** A fresh copy of the fixture directory (7 records: 6 valid, 1 skipped). */
export async function fixtureData(): Promise<DirectoryDocument> {
  cached ??= (await (await fetch(FIXTURE_URL)).json()) as DirectoryDocument;
  return structuredClone(cached);
}

/**
 * `waitUntil` of @open-wc/testing, giving up after 4 s instead of 1 s: a lazy chunk's first
 * request to a cold dev server, a server's answer or a busy CI machine can take more than a
 * second. What never comes still fails the test, with the same message, only later.
 */
export function waitUntil(
  predicate: () => unknown,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return waitUntilOnce(predicate, message, { timeout: 4000, ...options });
}

/** Waits until the element and every Lit element inside its shadow tree have rendered. */
export async function settled(el: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending: Promise<unknown>[] = [];
    const visit = (node: Element) => {
      if ('updateComplete' in node) pending.push((node as LitElement).updateComplete);
      const root = node.shadowRoot;
      if (root) root.querySelectorAll('*').forEach(visit);
    };
    visit(el);
    await Promise.all(pending);
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Queries through shadow roots: each selector is looked up in the previous match's shadow root. */
export function deep<T extends Element = HTMLElement>(host: Element, ...selectors: string[]): T {
  let node: Element | null = host;
  for (const selector of selectors) {
    node = node?.shadowRoot?.querySelector(selector) ?? null;
    if (!node) throw new Error(`deep(): no match for "${selector}" in ${selectors.join(' » ')}`);
  }
  return node as T;
}

/** Like deep() but returns every match of the last selector. */
export function deepAll<T extends Element = HTMLElement>(
  host: Element,
  ...selectors: string[]
): T[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? deep(host, ...selectors) : host;
  return [...(parent.shadowRoot?.querySelectorAll<T>(last) ?? [])];
}

/** Every text in the element's shadow tree, nested shadow trees included. */
export function deepText(el: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    node.childNodes.forEach(visit);
  };
  visit(el);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** Clicks the middle of an element with the real mouse (through every shadow root). */
export async function click(el: Element): Promise<void> {
  const { sendMouse } = await import('@web/test-runner-commands');
  // Cards far down render when scrolled near (content-visibility: auto) and take their own
  // height then: aim again until the target stands still, as a visitor's eye would.
  let r = el.getBoundingClientRect();
  for (let i = 0; i < 10; i++) {
    el.scrollIntoView({ block: 'center' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const now = el.getBoundingClientRect();
    const still = now.x === r.x && now.y === r.y;
    r = now;
    if (still) break;
  }
  await sendMouse({
    type: 'click',
    position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)],
  });
}

/** Records the events of the given types that reach `document` (they must be composed). */
export function record(...types: string[]): { events: CustomEvent[]; stop: () => void } {
  const events: CustomEvent[] = [];
  const listener = (e: Event) => events.push(e as CustomEvent);
  types.forEach((t) => document.addEventListener(t, listener));
  return { events, stop: () => types.forEach((t) => document.removeEventListener(t, listener)) };
}

/** The element's accessible name the simple way: aria-label, else its label(s), else its text. */
export function nameOf(el: HTMLElement): string {
  const label = el.getAttribute('aria-label');
  if (label) return label;
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length)
    return [...labels]
      .map((l) => l.textContent)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Silences these console methods for each test of the enclosing `describe` (or the file, at
 * top level): the fixture's data issues are warned about on purpose, not the subject there.
 */
export function quiet(...methods: ('warn' | 'error')[]): void {
  const saved = new Map<string, (...args: unknown[]) => void>();
  beforeEach(() => {
    for (const m of methods) {
      saved.set(m, console[m]);
      console[m] = () => {};
    }
  });
  afterEach(() => {
    for (const m of methods) console[m] = saved.get(m)!;
  });
}
