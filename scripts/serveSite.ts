/**
 * Serves a built site (`dist/` by default) on a free port of 127.0.0.1, for the browser
 * tests and the tool scripts; returns its base URL and a way to stop it.
 */
import { preview } from 'vite';

export interface ServedSite {
  /** `http://127.0.0.1:PORT/`, with a trailing slash. */
  url: string;
  close(): Promise<void>;
}

export async function serveSite(outDir = 'dist'): Promise<ServedSite> {
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
