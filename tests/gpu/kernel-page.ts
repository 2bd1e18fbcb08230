// Node side of the kernel tests: a headless Chromium page that runs tests/gpu/kernels.ts.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchBrowser, openPage } from '../support/browser';
import type * as Kernels from './kernels';

type KernelName = 'runProtoplanet' | 'runSphereHelpers' | 'runTectonics' | 'runOceanLevel' | 'runRivers' | 'runClimate' | 'runLife' | 'runHumans' | 'runBrush' | 'runKoppen' | 'runMonths' | 'runLayer';

export class KernelPage {
  private constructor(private readonly browser: Browser, private readonly page: Page, readonly problems: string[]) {}

  static async open(): Promise<KernelPage> {
    const browser = await launchBrowser();
    const { page, problems } = await openPage(browser, `${inject('baseUrl')}/tests/gpu/kernels.html`);
    return new KernelPage(browser, page, problems);
  }

  /** Call one export of kernels.ts in the page and return its result. */
  async call<K extends KernelName>(name: K, ...args: Parameters<(typeof Kernels)[K]>): Promise<Awaited<ReturnType<(typeof Kernels)[K]>>> {
    // A source string, not a function: Vitest would rewrite a function's import() for Node.
    const source = `import('/tests/gpu/kernels.ts').then((m) => m[${JSON.stringify(name)}](...${JSON.stringify(args)}))`;
    return this.page.evaluate(source) as Promise<Awaited<ReturnType<(typeof Kernels)[K]>>>;
  }

  close(): Promise<void> { return this.browser.close(); }
}

/**
 * One kernel page for a test file: opened before its tests, closed after them, and the file
 * fails if the page reported a problem (a validation error, a console error).
 */
export function useKernelPage(): Pick<KernelPage, 'call'> {
  let page: KernelPage | undefined;
  beforeAll(async () => { page = await KernelPage.open(); });
  afterAll(async () => {
    expect(page?.problems).toEqual([]);
    await page?.close();
  });
  const call: KernelPage['call'] = (name, ...args) => {
    if (!page) throw new Error('The kernel page is not open yet');
    return page.call(name, ...args);
  };
  return { call };
}
