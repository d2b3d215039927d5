import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/server/env";
import { contentSecurityPolicy, securityHeaders } from "@/server/security-headers";

/**
 * Headers only, plus a convenience redirect for signed-out visitors. This is NOT where access is
 * decided: every page, action and route handler checks the session itself (CVE-2025-29927).
 */
const PUBLIC_PREFIXES = ["/login", "/api/auth", "/api/health", "/submit", "/track", "/s/", "/public"];

export function proxy(request: NextRequest) {
  const mode = env().NODE_ENV;
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, mode === "development");
  const requestId = crypto.randomUUID();
  const { pathname, search } = request.nextUrl;

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  requestHeaders.set("x-request-id", requestId);
  requestHeaders.set("x-lvzhi-path", pathname + search);

  const hasSessionCookie = request.cookies.getAll().some((c) => c.name.endsWith("lvzhi.session"));
  const isPublic = pathname === "/" || PUBLIC_PREFIXES.some((p) => pathname.startsWith(p));
  const response =
    !hasSessionCookie && !isPublic && !pathname.startsWith("/api/") && request.method === "GET"
      ? NextResponse.redirect(new URL(`/login?callbackUrl=${encodeURIComponent(pathname + search)}`, request.url))
      : NextResponse.next({ request: { headers: requestHeaders } });

  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("x-request-id", requestId);
  for (const [name, value] of Object.entries(securityHeaders(mode === "production"))) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|robots.txt).*)" }],
};
