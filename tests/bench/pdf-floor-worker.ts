/// <reference lib="webworker" />
import { bareJsPdf } from './pdf-floor';

/**
 * The browser floor of the report export (seed-page.ts `pdfFloorInWorker`): a module worker that
 * loads jsPDF, writes the bare PDF and posts its bytes back, as the app's report worker does.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = async (event: MessageEvent<{ characters: number; pages: number }>) => {
  const { ms, bytes } = await bareJsPdf(event.data.characters, event.data.pages);
  scope.postMessage({ ms, bytes }, [bytes.buffer]);
};
