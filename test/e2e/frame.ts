// The end-to-end suites' page harness: a plain HTML page in a full-size iframe (as a partner's
// page would hold the widget), waits, and real mouse clicks inside it.
import { sendMouse } from '@web/test-runner-commands';

let frame: HTMLIFrameElement | undefined;

afterEach(() => {
  frame?.remove();
  frame = undefined;
});

export async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Lets the widget render and the page settle. */
export const settle = (ms = 120) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens a page in a full-size iframe (replacing the last one) and waits until `ready`. */
export async function openFrame<W extends Window>(
  path: string,
  ready: (win: W) => boolean,
  what = `${path} to be ready`,
): Promise<W> {
  frame?.remove();
  frame = document.createElement('iframe');
  frame.style.cssText = 'position:fixed;inset:0;width:100vw;height:100vh;border:0;background:#fff';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame!.onload = resolve;
    frame!.src = path;
  });
  const win = frame.contentWindow as W;
  await until(() => ready(win), what);
  await settle();
  return win;
}

/** A real mouse click in the middle of an element inside the iframe. */
export async function click(el: Element): Promise<void> {
  el.scrollIntoView({ block: 'center' });
  const r = el.getBoundingClientRect();
  const f = frame!.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(f.x + r.x + r.width / 2), Math.round(f.y + r.y + r.height / 2)],
  });
  await settle();
}

/** A partner page's window: the errors it caught and the widget's `mhpss-load` detail. */
export type PartnerWindow = Window & { errors: string[]; loaded?: { count: number } };

/** Opens a partner page and waits until the widget has loaded its data. */
export async function openPartner<W extends PartnerWindow = PartnerWindow>(
  path: string,
): Promise<{ win: W; el: HTMLElement }> {
  const win = await openFrame<W>(
    path,
    (w) => w.loaded !== undefined,
    'the widget to load its data',
  );
  return { win, el: win.document.querySelector('mhpss-directory') as HTMLElement };
}

/** Queries through shadow roots, selector by selector. */
export function find(host: Element, ...selectors: string[]): HTMLElement {
  let node: Element | null | undefined = host;
  for (const selector of selectors) node = node?.shadowRoot?.querySelector(selector);
  if (!node) throw new Error(`nothing at ${selectors.join(' » ')}`);
  return node as HTMLElement;
}

/** Every match of the last selector, in the shadow root of the match of the others. */
export function findAll(host: Element, ...selectors: string[]): HTMLElement[] {
  const last = selectors.pop()!;
  const parent = selectors.length ? find(host, ...selectors) : host;
  return [...parent.shadowRoot!.querySelectorAll<HTMLElement>(last)];
}
