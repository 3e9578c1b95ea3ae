/** The generator's Web Worker: one request in, progress and a deck out (protocol.ts). */
import { isGenerateRequest, type WorkerMessage } from './protocol';
import { runGeneration } from './run-generation';

const scope = self as unknown as {
	onmessage: ((event: MessageEvent<unknown>) => void) | null;
	postMessage: (message: WorkerMessage) => void;
};

scope.onmessage = (event) => {
	if (!isGenerateRequest(event.data)) return;
	runGeneration({ request: event.data, post: (message) => scope.postMessage(message) });
};
