/**
 * A tiny static file server on the loopback interface (random port) for the browser proof: ES modules
 * must be loaded over HTTP, not from file: URLs.
 */
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

/** A running server: its origin (`http://127.0.0.1:PORT`), the paths it was asked for, and a way to stop it. */
export interface StaticServer {
  readonly origin: string;
  /** Every request path in arrival order (to check a page loads nothing unexpected). */
  readonly requests: readonly string[];
  close(): Promise<void>;
}

const contentTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  // The examples' member files (stakeholders, pursuit, …) that the portfolio page fetches.
  ".yaml": "application/yaml; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/**
 * Serves the files under `root` (GET only, no directory listings, nothing outside `root`).
 *
 * @param root - absolute folder to serve
 * @returns the running server; call `close()` when done
 */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const requests: string[] = [];
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    requests.push(path);
    const file = normalize(join(root, path === "/" ? "index.html" : path));
    const type = contentTypes[extname(file)];
    if (request.method !== "GET" || !file.startsWith(root + sep) || type === undefined) {
      response.writeHead(404).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
