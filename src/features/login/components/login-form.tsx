"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ZLoginInput } from "@/domain/login-input";
import { PASSWORD_MAX } from "@/domain/password-policy";
import { normalizeTotpCode } from "@/domain/mfa/policy";
import { beginEnrolmentAction } from "../actions";
import { loginErrorCode, type TLoginErrorCode } from "../error-codes";
import { TotpStep } from "./totp-step";

type TFieldKey = "usernameRequired" | "usernameTooLong" | "passwordRequired" | "passwordTooLong";
type TFieldErrors = { username?: TFieldKey; password?: TFieldKey };

const FIELD_KEYS: readonly string[] = ["usernameRequired", "usernameTooLong", "passwordRequired", "passwordTooLong"];
const isFieldKey = (key: string): key is TFieldKey => FIELD_KEYS.includes(key);

/** The same rules the server applies (src/domain/login-input.ts), checked before anything is sent. */
function checkFields(username: string, password: string): TFieldErrors {
  const parsed = ZLoginInput.safeParse({ username, password });
  const errors: TFieldErrors = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if ((field === "username" || field === "password") && !errors[field] && isFieldKey(issue.message)) {
      errors[field] = issue.message;
    }
  }
  return errors;
}

type TLoginFormProps = {
  /** already checked by safeCallbackUrl on the server */
  callbackUrl: string | null;
  initialError: TLoginErrorCode | null;
};

/**
 * Credentials sign-in through next-auth. Field problems are shown next to the field
 * (aria-describedby + aria-invalid); a refused sign-in in an alert above the form.
 * method="post" so that, should JavaScript fail, nothing typed ends up in a URL.
 */
export function LoginForm({ callbackUrl, initialError }: TLoginFormProps) {
  const t = useTranslations("login");
  const router = useRouter();
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState(false);
  const [succeeded, setSucceeded] = useState(false);
  const [error, setError] = useState<TLoginErrorCode | null>(initialError);
  const [fieldErrors, setFieldErrors] = useState<TFieldErrors>({});
  const codeRef = useRef<HTMLInputElement>(null);
  // the second step (ADMIN, AUDITOR, LEADER): the password is kept until the code is accepted
  const [second, setSecond] = useState<{ username: string; password: string } | null>(null);
  const [enrolment, setEnrolment] = useState<{ qrSvg: string; secret: string } | null>(null);
  const [codeError, setCodeError] = useState<string | null>(null);

  /** TOTP_REQUIRED / MFA_ENROLL / TOTP_INVALID keep the form on (or move it to) the code step. */
  async function toSecondStep(code: TLoginErrorCode, username: string, password: string): Promise<boolean> {
    if (code !== "TOTP_REQUIRED" && code !== "MFA_ENROLL" && code !== "TOTP_INVALID") return false;
    setSecond({ username, password });
    if (code === "MFA_ENROLL" && !enrolment) {
      const r = await beginEnrolmentAction({ username, password });
      if (r.ok && r.qrSvg && r.secret) setEnrolment({ qrSvg: r.qrSvg, secret: r.secret });
    }
    setError(code === "TOTP_INVALID" ? null : code);
    setCodeError(code === "TOTP_INVALID" ? t("errors.TOTP_INVALID") : null);
    if (codeRef.current) codeRef.current.value = "";
    setPending(false);
    setTimeout(() => codeRef.current?.focus(), 0);
    return true;
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending || succeeded) return;
    const data = new FormData(event.currentTarget);
    const username = second?.username ?? String(data.get("username") ?? "");
    const password = second?.password ?? String(data.get("password") ?? "");
    const totp = second ? normalizeTotpCode(String(data.get("totp") ?? "")) : null;
    if (second && !totp) {
      setCodeError(t(String(data.get("totp") ?? "").trim() ? "fieldErrors.totpInvalid" : "fieldErrors.totpRequired"));
      codeRef.current?.focus();
      return;
    }
    const problems = second ? {} : checkFields(username, password);
    setFieldErrors(problems);
    if (problems.username || problems.password) {
      setError(null);
      (problems.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setPending(true);
    setError(null);
    try {
      const res = await signIn("credentials", { username, password, totp: totp ?? "", redirect: false });
      if (res?.ok && !res.error) {
        setSucceeded(true);
        router.replace(callbackUrl ?? "/home");
        router.refresh();
        return;
      }
      const code = loginErrorCode(res?.error);
      if (await toSecondStep(code, username, password)) return;
      setSecond(null);
      setEnrolment(null);
      setError(code);
    } catch {
      setError("UNAVAILABLE");
    }
    if (passwordRef.current) passwordRef.current.value = "";
    setPending(false);
  }

  const fieldError = (field: keyof TFieldErrors) => {
    const key = fieldErrors[field];
    return key ? t(`fieldErrors.${key}`) : null;
  };

  return (
    <form method="post" noValidate onSubmit={onSubmit} className="space-y-5">
      {error ? (
        <Alert
          id="login-error"
          tone={error === "TOTP_REQUIRED" || error === "MFA_ENROLL" ? "info" : "error"}
          title={error === "TOTP_REQUIRED" || error === "MFA_ENROLL" ? undefined : t("errorTitle")}
        >
          {t(`errors.${error}`)}
        </Alert>
      ) : null}
      {succeeded ? <Alert tone="success">{t("success")}</Alert> : null}
      {second ? <TotpStep codeRef={codeRef} error={codeError} enrolment={enrolment} /> : null}
      <div hidden={second !== null} className="space-y-5">
        <Field
        ref={usernameRef}
        name="username"
        label={t("username")}
        autoComplete="username"
        autoCapitalize="none"
        autoCorrect="off"
        spellCheck={false}
        maxLength={64}
        required
        error={fieldError("username")}
      />
      <Field
        ref={passwordRef}
        name="password"
        type="password"
        label={t("password")}
        autoComplete="current-password"
        maxLength={PASSWORD_MAX}
        required
        error={fieldError("password")}
      />
      </div>
      <Button type="submit" pending={pending || succeeded} className="w-full">
        {pending || succeeded ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
