"use client";

import { ErrorView } from "@/features/shell/components/error-view";

/** Errors below the portal layout; "database unavailable" gets its own message (errors.unavailable). */
export default function PortalError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} />;
}
