// Visible notices: clamped or refused input, errors, progress. Also kept in a list for tests.

export type NoticeKind = 'info' | 'warning' | 'error';

export interface Notice { kind: NoticeKind; message: string }

const LIFETIME_MS: Record<NoticeKind, number> = { info: 5000, warning: 12000, error: 30000 };

export class Notices {
  readonly history: Notice[] = [];
  private readonly timers = new WeakMap<Element, number>();

  constructor(private readonly container: HTMLElement) {}

  show(message: string, kind: NoticeKind = 'info'): void {
    this.history.push({ kind, message });
    // The same notice again while it still shows (a refusal repeated every frame of a drag):
    // keep the one on screen a while longer instead of stacking copies.
    const shown = [...this.container.children].find((element) => element.textContent === message && element.classList.contains(`notice-${kind}`));
    if (shown) {
      this.container.append(shown);
      clearTimeout(this.timers.get(shown));
      this.timers.set(shown, window.setTimeout(() => shown.remove(), LIFETIME_MS[kind]));
      return;
    }
    const element = document.createElement('div');
    element.className = `notice notice-${kind}`;
    element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    element.textContent = message;
    element.addEventListener('click', () => element.remove());
    this.container.append(element);
    while (this.container.childElementCount > 6) this.container.firstElementChild?.remove();
    this.timers.set(element, window.setTimeout(() => element.remove(), LIFETIME_MS[kind]));
  }
}
