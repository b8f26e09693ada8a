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
