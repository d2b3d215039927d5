import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveOverTcp, type TSocketServer } from "./socket-server";

/**
 * The embedded database is shared by several connections (the app's pool, the seed, psql), all
 * multiplexed by pglite-socket onto one PGlite session. These tests pin down that an extended-query
 * batch split across TCP writes is never interleaved with another connection's batch.
 */

// ---- a minimal PostgreSQL wire-protocol client, to control exactly when each message is sent ----
function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0, "ascii");
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
const cstr = (s: string): Buffer => Buffer.from(`${s}\0`, "utf8");
const int16 = (n: number): Buffer => Buffer.from([(n >> 8) & 0xff, n & 0xff]);
const parse = (sql: string): Buffer => message("P", Buffer.concat([cstr(""), cstr(sql), int16(0)]));
const bind = (): Buffer => message("B", Buffer.concat([cstr(""), cstr(""), int16(0), int16(0), int16(0)]));
const execute = (): Buffer => message("E", Buffer.concat([cstr(""), Buffer.alloc(4)]));
const sync = (): Buffer => message("S", Buffer.alloc(0));

type TRawClient = { write(data: Buffer): void; waitFor(type: string): Promise<void>; values(): string[]; errors(): string[]; end(): void };

async function rawConnect(port: number): Promise<TRawClient> {
  const socket = net.connect(port, "127.0.0.1");
  await new Promise<void>((resolve, reject) => socket.once("connect", resolve).once("error", reject));
  let buffer = Buffer.alloc(0);
  const seen: string[] = [];
  const values: string[] = [];
  const errors: string[] = [];
  const waiters: { type: string; count: number; resolve: () => void }[] = [];
  socket.on("data", (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    while (buffer.length >= 5 && buffer.length >= 1 + buffer.readInt32BE(1)) {
      const type = String.fromCharCode(buffer[0]!);
      const body = buffer.subarray(5, 1 + buffer.readInt32BE(1));
      buffer = buffer.subarray(1 + buffer.readInt32BE(1));
      if (type === "D") values.push(body.subarray(6, 6 + body.readInt32BE(2)).toString("utf8"));
      if (type === "E") errors.push(body.toString("utf8"));
      seen.push(type);
      for (const w of waiters.filter((x) => x.type === type && seen.filter((t) => t === type).length >= x.count)) w.resolve();
    }
  });
  const client: TRawClient = {
    write: (data) => socket.write(data),
    waitFor: (type) =>
      new Promise((resolve) => {
        const count = seen.filter((t) => t === type).length + 1;
        waiters.push({ type, count, resolve });
      }),
    values: () => values,
    errors: () => errors,
    end: () => socket.end(),
  };
  const startup = Buffer.concat([Buffer.from([0, 3, 0, 0]), cstr("user"), cstr("postgres"), cstr("database"), cstr("postgres"), Buffer.from([0])]);
  const length = Buffer.alloc(4);
  length.writeInt32BE(startup.length + 4);
  const ready = client.waitFor("Z");
  socket.write(Buffer.concat([length, startup]));
  await ready;
  return client;
}

const tick = (ms = 100): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A sends Parse alone; B sends a whole batch; then A sends Bind/Execute/Sync. */
async function interleave(port: number): Promise<{ a: string[]; b: string[]; errors: string[] }> {
  const a = await rawConnect(port);
  const b = await rawConnect(port);
  try {
    a.write(parse("SELECT 'from A'::text"));
    await tick();
    const bDone = b.waitFor("Z");
    b.write(Buffer.concat([parse("SELECT 'from B'::text"), bind(), execute(), sync()]));
    await tick();
    const aDone = a.waitFor("Z");
    a.write(Buffer.concat([bind(), execute(), sync()]));
    await Promise.all([aDone, bDone]);
    return { a: a.values(), b: b.values(), errors: [...a.errors(), ...b.errors()] };
  } finally {
    a.end();
    b.end();
  }
}

describe.runIf((process.env.TEST_DB ?? "pglite") === "pglite")("serving PGlite to several connections", { timeout: 120_000 }, () => {
  let db: PGlite;
  let server: TSocketServer;
  beforeAll(async () => {
    db = await PGlite.create();
    server = await serveOverTcp(db, { maxConnections: 8 });
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it("keeps one connection's Parse…Sync batch together even when it arrives in pieces", async () => {
    expect(await interleave(server.port)).toEqual({ a: ["from A"], b: ["from B"], errors: [] });
  });

  it("(why: plain pglite-socket lets another connection's batch run between Parse and Bind)", async () => {
    const plain = new PGLiteSocketServer({ db, port: 0, maxConnections: 8 });
    await plain.start();
    try {
      const port = Number(plain.getServerConn().split(":").pop());
      // If this starts failing, pglite-socket has fixed the interleaving and batchAwarePglite can go.
      expect((await interleave(port)).a).toEqual(["from B"]);
    } finally {
      await plain.stop();
    }
  });

  it("answers many concurrent parameterized queries from a pool correctly", async () => {
    const pool = new pg.Pool({ connectionString: server.url, max: 6 });
    try {
      const big = "x".repeat(100_000);
      const results = await Promise.all(
        Array.from({ length: 60 }, async (_, i) => {
          const { rows } = i % 2
            ? await pool.query<{ v: number }>("SELECT $1::int + 1000 AS v, length($2::text) AS l", [i, big])
            : await pool.query<{ v: number }>("SELECT $1::int * 2 AS v", [i]);
          return rows[0]!.v === (i % 2 ? i + 1000 : i * 2);
        }),
      );
      expect(results.every(Boolean)).toBe(true);
    } finally {
      await pool.end();
    }
  });

  it("keeps serving the others when a client disappears in the middle of a failed batch", async () => {
    const quitter = await rawConnect(server.port);
    const failed = quitter.waitFor("E");
    quitter.write(parse("SELEC 'not sql'")); // the backend now skips everything until a Sync
    await failed;
    quitter.end();
    await tick();
    const other = new pg.Client({ connectionString: server.url });
    await other.connect();
    try {
      const { rows } = await other.query<{ v: string }>("SELECT $1::text AS v", ["still served"]);
      expect(rows).toEqual([{ v: "still served" }]);
    } finally {
      await other.end();
    }
  });

  it("rolls back the open transaction of a client that disappears, and keeps serving the others", async () => {
    await db.exec(`CREATE TABLE IF NOT EXISTS t (v int)`);
    const quitter = new pg.Client({ connectionString: server.url });
    await quitter.connect();
    await quitter.query("BEGIN");
    await quitter.query("INSERT INTO t VALUES (1)");
    await quitter.end();
    const other = new pg.Client({ connectionString: server.url });
    await other.connect();
    try {
      const { rows } = await other.query<{ n: number }>("SELECT count(*)::int AS n FROM t");
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await other.end();
    }
  });
});
