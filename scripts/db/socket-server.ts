import type { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * Serves an in-process PGlite over PostgreSQL's wire protocol on 127.0.0.1, so that the app
 * (which always uses @prisma/adapter-pg) and tools can reach the embedded database.
 *
 * pglite-socket multiplexes all connections onto PGlite's single session, one protocol message
 * at a time, and keeps a connection "sticky" only inside an explicit transaction. An extended-query
 * batch (Parse/Bind/Describe/Execute … Sync) that arrives in more than one TCP read can therefore be
 * interleaved with another connection's batch, which then binds to the wrong unnamed statement
 * ("bind message supplies 2 parameters, but prepared statement "" requires 1" — or, with equal
 * parameter counts, silently runs the other query). We reproduced that with pg and 200 kB
 * parameters. The proxy below reports "in transaction" from a Parse until its Sync, so the queue
 * keeps serving that connection until its batch is complete.
 */

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const COPY_DONE = 0x63; // 'c'
const COPY_FAIL = 0x66; // 'f'
const TERMINATE = 0x58; // 'X'
const STARTUP = 0x00;

export function batchAwarePglite(db: PGlite): PGlite {
  let midBatch = false;
  const execProtocolRawStream: PGlite["execProtocolRawStream"] = (message, options) => {
    const type = message[0];
    if (type === SYNC || type === QUERY || type === COPY_DONE || type === COPY_FAIL) midBatch = false;
    else if (type !== TERMINATE && type !== STARTUP) midBatch = true;
    return db.execProtocolRawStream(message, options);
  };
  const isInTransaction: PGlite["isInTransaction"] = () => midBatch || db.isInTransaction();
  // pglite-socket calls exec('ROLLBACK') for a client that vanished while "in transaction"; the
  // batch it was in is over then too. (PGlite accepts the simple query even after a failed Parse.)
  const exec: PGlite["exec"] = (query, options) => {
    midBatch = false;
    return db.exec(query, options);
  };
  const overrides: Partial<Record<PropertyKey, unknown>> = { execProtocolRawStream, isInTransaction, exec };
  return new Proxy(db, {
    get(target, property) {
      if (property in overrides) return overrides[property];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export type TSocketServer = {
  url: string;
  port: number;
  stop(): Promise<void>;
};

export async function serveOverTcp(
  db: PGlite,
  options: { host?: string; port?: number; maxConnections?: number } = {},
): Promise<TSocketServer> {
  const host = options.host ?? "127.0.0.1";
  const server = new PGLiteSocketServer({
    db: batchAwarePglite(db),
    host,
    port: options.port ?? 0,
    maxConnections: options.maxConnections ?? 32,
  });
  await server.start();
  const port = Number(server.getServerConn().split(":").pop());
  return {
    url: `postgresql://postgres@${host}:${port}/postgres`,
    port,
    stop: () => server.stop(),
  };
}
