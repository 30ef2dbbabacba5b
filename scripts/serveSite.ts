/**
 * Serves a built site (`dist/` by default) on a free port of 127.0.0.1, for the browser
 * tests and the tool scripts; returns its base URL and a way to stop it.
 */
import { preview, type Plugin } from 'vite';

export interface ServedSite {
  /** `http://127.0.0.1:PORT/`, with a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/**
 * The built files whose names carry their content's hash (`assets/`) sent as cacheable for good,
 * as a site's host should send them; everything else is checked again on every load (vite
 * preview's own `no-cache`). A page loaded again then takes its scripts from the browser's cache.
 */
const cacheHashedFiles: Plugin = {
  name: 'cache-hashed-files',
  configurePreviewServer(server) {
    server.middlewares.use((request, response, next) => {
      if (/\/assets\/[^/]+-[\w-]{8}\.(js|css)$/.test(new URL(request.url ?? '/', 'http://site').pathname)) {
        const setHeader = response.setHeader.bind(response);
        response.setHeader = (name, value) => setHeader(name, name.toLowerCase() === 'cache-control' ? 'public, max-age=31536000, immutable' : value);
      }
      next();
    });
  },
};

/**
 * Files sent as they are: the browser is not offered compression (the preview server would gzip
 * every response again), as bytes on the loopback cost less than packing and unpacking them.
 */
const uncompressed: Plugin = {
  name: 'uncompressed',
  configurePreviewServer(server) {
    server.middlewares.use((request, _response, next) => {
      delete request.headers['accept-encoding'];
      next();
    });
  },
};

/**
 * `hashedFilesCached`: the hashed files cacheable for good, as a site's host sends them.
 * `compressed: false`: nothing gzipped (the browser tests; the benchmark measures what a reader
 * is sent, compressed).
 */
export async function serveSite(outDir = 'dist', { hashedFilesCached = false, compressed = true } = {}): Promise<ServedSite> {
  const plugins = [...(hashedFilesCached ? [cacheHashedFiles] : []), ...(compressed ? [] : [uncompressed])];
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, plugins });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('the preview server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
