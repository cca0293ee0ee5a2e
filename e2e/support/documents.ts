import type { BrowserContext, Page, Route } from 'playwright-core';

// A printed document opens in a new tab at /documents/<ticket>.pdf, and the ticket is good for
// one view (issue 9, defect 3): a test cannot fetch the tab's URL a second time. So every
// document request of the browser context is fetched once here, its bytes kept, and the same
// response handed on to the tab. Tests then wait for the next document to arrive (state, not
// time).

export type OpenedDocument = { url: string; status: number; pdf: Buffer; tab: Page | null };

class DocumentCapture {
  private readonly arrived: OpenedDocument[] = [];
  private readonly waiting: ((doc: OpenedDocument) => void)[] = [];

  static async attach(context: BrowserContext): Promise<DocumentCapture> {
    const capture = new DocumentCapture();
    await context.route(/\/documents\/[^/?]+\.pdf(\?.*)?$/, (route) => capture.take(route));
    return capture;
  }

  private async take(route: Route): Promise<void> {
    const response = await route.fetch();
    const pdf = await response.body();
    let tab: Page | null = null;
    try {
      tab = route.request().frame().page();
    } catch {
      tab = null; // not from a page (a service worker): no tab to close
    }
    this.push({ url: route.request().url(), status: response.status(), pdf, tab });
    await route.fulfill({ response, body: pdf });
  }

  private push(doc: OpenedDocument): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(doc);
    else this.arrived.push(doc);
  }

  /** The oldest document not yet taken, waiting for it to arrive. */
  next(): Promise<OpenedDocument> {
    const doc = this.arrived.shift();
    if (doc) return Promise.resolve(doc);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}

const captures = new WeakMap<BrowserContext, Promise<DocumentCapture>>();

/** The document capture of this page's browser context, set up on first use. */
export function documentsOf(page: Page): Promise<DocumentCapture> {
  const context = page.context();
  let capture = captures.get(context);
  if (!capture) {
    // In place before the click that opens the tab, so its one request is seen.
    capture = DocumentCapture.attach(context);
    captures.set(context, capture);
  }
  return capture;
}

/** Runs `open` (the click that prints), then answers the document its new tab received. */
export async function openedDocument(page: Page, open: () => Promise<void>): Promise<Buffer> {
  const documents = await documentsOf(page);
  await open();
  const doc = await documents.next();
  if (doc.status !== 200) {
    throw new Error(`${doc.url} answered ${doc.status}: ${doc.pdf.toString('utf8', 0, 300)}`);
  }
  await doc.tab?.close();
  return doc.pdf;
}
