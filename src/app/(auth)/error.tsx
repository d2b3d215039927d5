"use client";

import { ErrorView } from "@/features/shell/components/error-view";

export default function AuthError({ error, retry }: { error: unknown; retry: () => void }) {
  return <ErrorView error={error} retry={retry} homeHref="/login" />;
}
