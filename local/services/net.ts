// Small networking helpers shared by the local stand-ins.
import type { Server as HttpServer } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';

/** Every stand-in binds here only: local mode must never be reachable from the network. */
export const LOOPBACK = '127.0.0.1';

/**
 * Asks the OS for a free TCP port on the loopback interface.
 * Only used for the DynamoDB Local JVM, which cannot report back the port it picked;
 * the in-process servers listen on port 0 directly (no race).
 */
export async function findFreePort(): Promise<number> {
  const server = createServer();
  await listen(server, 0);
  const { port } = server.address() as AddressInfo;
  await closeServer(server);
  return port;
}

/** `server.listen` as a promise that rejects on EADDRINUSE & co. instead of throwing later. */
export function listen(server: Server | HttpServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error): void => reject(err);
    server.once('error', onError);
    server.listen(port, LOOPBACK, () => {
      server.off('error', onError);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** Closes a server, also dropping idle keep-alive sockets so `close` does not hang for seconds. */
export function closeServer(server: Server | HttpServer): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close((err) => (err ? reject(err) : resolve()));
    if ('closeAllConnections' in server) server.closeAllConnections();
  });
}

/** Reads a whole request/response stream into one Buffer. */
export async function readAll(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
