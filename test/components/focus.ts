// Where keyboard focus is, through shadow roots, and an assertion about it that names the
// elements on failure (chai would otherwise inspect two whole element trees, which can take
// longer than the run's timeout).
import { expect } from '@open-wc/testing';

/** The focused element, inside shadow roots. */
export function focused(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** A short description of an element: its tag, id or part, and name. */
function describeElement(el: Element | null): string {
  if (!el) return 'nothing';
  const id = el.id
    ? `#${el.id}`
    : el.getAttribute('part')
      ? `[part=${el.getAttribute('part')}]`
      : '';
  const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `<${el.localName}${id}> "${name.slice(0, 40)}"`;
}

/** Asserts that focus is on `want`. */
export function expectFocus(want: Element | null, message = ''): void {
  const got = focused();
  expect(
    got === want,
    `${message} focus is on ${describeElement(got)}, not ${describeElement(want)}`.trim(),
  ).to.equal(true);
}
