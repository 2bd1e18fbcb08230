// Visible notices: clamped or refused input, errors, progress. Also kept in a list for tests.

export type NoticeKind = 'info' | 'warning' | 'error';

export interface Notice { kind: NoticeKind; message: string }

const LIFETIME_MS: Record<NoticeKind, number> = { info: 5000, warning: 12000, error: 30000 };

export class Notices {
  readonly history: Notice[] = [];

  constructor(private readonly container: HTMLElement) {}

  show(message: string, kind: NoticeKind = 'info'): void {
    this.history.push({ kind, message });
    const element = document.createElement('div');
    element.className = `notice notice-${kind}`;
    element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    element.textContent = message;
    element.addEventListener('click', () => element.remove());
    this.container.append(element);
    while (this.container.childElementCount > 6) this.container.firstElementChild?.remove();
    setTimeout(() => element.remove(), LIFETIME_MS[kind]);
  }
}
