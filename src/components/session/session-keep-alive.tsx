"use client";

import { useEffect } from "react";
import { useRouter } from "next/navigation";

const RENEW_EVERY_MS = 5 * 60_000;
const IDLE_LIMIT_MS = 30 * 60_000;
const ACTIVITY = ["pointerdown", "keydown", "scroll", "touchstart"] as const;

/**
 * The session is an idle timeout of 30 minutes: activity in the page renews it (at most every five
 * minutes, through next-auth's session endpoint, which also re-checks the account), and 30 minutes
 * without activity take the browser to the sign-in page. The server judges every request on its
 * own; this only keeps an active user signed in and tells an idle one why they were signed out.
 */
export function SessionKeepAlive() {
  const router = useRouter();
  useEffect(() => {
    let lastRenew = Date.now();
    let lastActivity = Date.now();
    let stopped = false;
    const expire = () => {
      if (stopped) return;
      stopped = true;
      router.replace(`/login?reason=expired&callbackUrl=${encodeURIComponent(window.location.pathname)}`);
    };
    const renew = async () => {
      lastRenew = Date.now();
      try {
        const res = await fetch("/api/auth/session", { credentials: "same-origin", cache: "no-store" });
        const body: unknown = res.ok ? await res.json() : null;
        if (res.ok && (!body || typeof body !== "object" || !("user" in body))) expire();
      } catch {
        // network trouble: try again on the next activity
      }
    };
    const onActivity = () => {
      lastActivity = Date.now();
      if (Date.now() - lastRenew >= RENEW_EVERY_MS) void renew();
    };
    const timer = setInterval(() => {
      if (Date.now() - lastActivity >= IDLE_LIMIT_MS) expire();
    }, 30_000);
    for (const e of ACTIVITY) window.addEventListener(e, onActivity, { passive: true });
    return () => {
      clearInterval(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, onActivity);
    };
  }, [router]);
  return null;
}
