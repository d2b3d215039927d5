import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { SESSION_IDLE_SECONDS, judgeSession } from "@/domain/session-policy";
import { isRole } from "@/domain/roles";
import { authSecret, env } from "../env";
import { writeAudit } from "../audit";
import { getDb } from "../db";
import { loadSessionHolder } from "./session-holder";
import { isDatabaseUnavailable } from "../errors";
import { requestContext } from "../request-context";
import { authenticate } from "./authenticate";

const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * next-auth 4, Credentials + JWT. The token carries only the user id, role, sessionVersion, and
 * the sign-in and last-seen times. Its lifetime is the idle limit (30 min, renewed by activity);
 * the 12-hour limit and revocation are judged on every request by src/server/session.ts and here
 * whenever the token is renewed (a throw here makes next-auth clear the cookie).
 */
export function sessionCookieName(): string {
  return env().NODE_ENV === "production" ? "__Secure-lvzhi.session" : "lvzhi.session";
}

export function authOptions(): AuthOptions {
  const secure = env().NODE_ENV === "production";
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: 0 },
    jwt: { maxAge: SESSION_IDLE_SECONDS },
    pages: { signIn: "/login", error: "/login" },
    useSecureCookies: secure,
    cookies: {
      sessionToken: {
        name: sessionCookieName(),
        options: { httpOnly: true, sameSite: "lax", path: "/", secure },
      },
    },
    providers: [
      CredentialsProvider({
        id: "credentials",
        name: "credentials",
        credentials: { username: { type: "text" }, password: { type: "password" }, totp: { type: "text" } },
        async authorize(credentials, req) {
          const ctx = requestContext(req.headers ?? {});
          let result;
          try {
            result = await authenticate({ username: credentials?.username, password: credentials?.password, totp: credentials?.totp || undefined }, ctx);
          } catch (error) {
            if (isDatabaseUnavailable(error)) throw new Error("UNAVAILABLE");
            throw error;
          }
          if (!result.ok) throw new Error(result.code);
          return {
            id: result.user.id,
            name: result.user.displayName,
            username: result.user.username,
            sessionId: result.user.sessionId,
            role: result.user.role,
            sessionVersion: result.user.sessionVersion,
          };
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        const now = nowSeconds();
        if (user) {
          return { sub: user.id, sid: user.sessionId, name: user.name, username: user.username, role: user.role, sv: user.sessionVersion, authTime: now, lastSeen: now };
        }
        if (!token.sub || typeof token.sid !== "string" || typeof token.sv !== "number" || typeof token.authTime !== "number" || !isRole(token.role)) {
          throw new Error("SESSION_MALFORMED");
        }
        let holder;
        try {
          holder = await loadSessionHolder(token.sid, token.sub);
        } catch (error) {
          // No database: keep the token as it is (not renewed). Every page and action still judges
          // the session against the database and answers 503 meanwhile, so nothing fails open.
          if (isDatabaseUnavailable(error)) return token;
          throw error;
        }
        const lastSeen = typeof token.lastSeen === "number" ? token.lastSeen : token.authTime;
        const verdict = judgeSession({ authTime: token.authTime, lastSeen, sessionVersion: token.sv }, holder, now);
        if (verdict !== "valid") throw new Error(`SESSION_${verdict.toUpperCase()}`);
        return { ...token, lastSeen: now };
      },
      async session({ session, token }) {
        // What the browser may read: a name and a role label, nothing more.
        return { expires: session.expires, user: { name: token.name ?? null, role: token.role } };
      },
    },
    events: {
      // Signing out ends this session on the server too: a copied cookie is worthless afterwards.
      // Other devices of the same user stay signed in (User.sessionVersion ends them all).
      async signOut({ token }) {
        if (!token?.sub || typeof token.sid !== "string" || !isRole(token.role)) return;
        const actor = { id: token.sub, username: typeof token.username === "string" ? token.username : token.sub, role: token.role };
        const sid = token.sid;
        await getDb()
          .$transaction(async (tx) => {
            await tx.userSession.updateMany({ where: { id: sid, userId: actor.id, revokedAt: null }, data: { revokedAt: new Date() } });
            await writeAudit(tx, { actor, action: "auth.logout", objectType: "UserSession", objectId: sid, result: "SUCCESS" });
          })
          .catch(() => {
            // signing out must still clear the cookie when the database is unavailable
          });
      },
    },
    logger: {
      error(code) {
        // Expected endings (expired or revoked sessions, failed sign-ins) are not server errors.
        if (code === "JWT_SESSION_ERROR" || code === "CREDENTIALS_SIGNIN_ERROR") return;
        console.error("[next-auth]", code);
      },
      warn() {},
      debug() {},
    },
  };
}
