/**
 * The page the app server answers with (HTTP 503) while the database is unreachable. Built from
 * the message catalog; self-contained (no script, no stylesheet, no database), so it renders even
 * when nothing else can.
 */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function unavailablePage(messages: { unavailableTitle: string; unavailable: string }, lang = "zh-CN"): string {
  const title = escapeHtml(messages.unavailableTitle);
  const body = escapeHtml(messages.unavailable);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`
    + `<meta http-equiv="refresh" content="15"><title>${title}</title>`
    + `<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:36rem;margin:15vh auto;padding:0 1rem;color:#1f2937}`
    + `h1{font-size:1.5rem}p{line-height:1.7}</style></head>`
    + `<body><main><h1>${title}</h1><p>${body}</p></main></body></html>`;
}

/** Requests the gate lets through while the database is down: health checks and static files. */
export function passesGate(url: string): boolean {
  const path = url.split("?")[0] ?? "";
  return path === "/api/health" || path.startsWith("/_next/static/") || path === "/favicon.ico" || path === "/icon.svg";
}
