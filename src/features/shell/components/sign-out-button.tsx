"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("common");
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      size="sm"
      pending={pending}
      onClick={() => {
        if (pending) return;
        setPending(true);
        void signOut({ callbackUrl: "/login" });
      }}
    >
      {pending ? t("signingOut") : t("signOut")}
    </Button>
  );
}
