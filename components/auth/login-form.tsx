"use client";

import { useRef, useState } from "react";
import { inputClass } from "@/components/ui/field";
import { useHydrated } from "@/components/ui/use-hydrated";
import { fillMessage } from "@/lib/i18n/fill-message";
import { signIn } from "next-auth/react";

export interface LoginLabels {
  loginName: string;
  password: string;
  submit: string;
  submitting: string;
  required: string;
  /** Message per refusal code; THROTTLED may contain {seconds}. */
  errors: Record<"INVALID" | "DISABLED" | "THROTTLED" | "UNKNOWN", string>;
}

export function LoginForm({ labels, callbackUrl }: { labels: LoginLabels; callbackUrl: string }) {
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  // Before hydration the browser would submit the form itself, putting the password into the
  // URL (history, logs) — on a slow network a user can click that soon. So the button (and with
  // it Enter's implicit submission) waits for the script, and the form posts, never GETs.
  const hydrated = useHydrated();
  // After a refusal the focus goes back to the field to correct (it fell to the page's body while
  // the button was disabled), which is marked invalid; the message is announced as an alert.
  const loginNameInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);
  // Which fields are at fault: an empty one, or both for a refused pair (which of the two is
  // wrong is not said); none when the account is locked or the server could not be reached.
  const [invalid, setInvalid] = useState<{ loginName: boolean; password: boolean }>({ loginName: false, password: false });
  const refuse = (message: string, field: HTMLInputElement | null, fault: { loginName: boolean; password: boolean }) => {
    setError(message);
    setInvalid(fault);
    field?.focus();
    field?.select();
  };

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const loginName = String(data.get("loginName") ?? "").trim();
    const password = String(data.get("password") ?? "");
    if (!loginName || !password) {
      refuse(labels.required, loginName ? passwordInput.current : loginNameInput.current, { loginName: !loginName, password: !password });
      return;
    }
    setPending(true);
    setError(null);
    setInvalid({ loginName: false, password: false });
    try {
      const result = await signIn("credentials", { loginName, password, redirect: false, callbackUrl });
      if (result?.ok && !result.error) {
        // A full navigation, so every server component renders with the new session.
        window.location.assign(result.url && new URL(result.url).origin === window.location.origin ? result.url : callbackUrl);
        return;
      }
      setPending(false);
      const code = result?.error ?? "UNKNOWN";
      const wrongPair = code === "INVALID" || code === "CredentialsSignin";
      refuse(messageFor(code, labels), passwordInput.current, { loginName: wrongPair, password: wrongPair });
    } catch {
      setPending(false);
      refuse(labels.errors.UNKNOWN, passwordInput.current, { loginName: false, password: false });
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby="login-error">
      <div>
        <label htmlFor="loginName" className="block text-sm font-medium text-slate-700">
          {labels.loginName}
        </label>
        <input
          ref={loginNameInput}
          id="loginName"
          name="loginName"
          aria-invalid={invalid.loginName}
          autoComplete="username"
          required
          className={`mt-1 ${inputClass}`}
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium text-slate-700">
          {labels.password}
        </label>
        <input
          ref={passwordInput}
          id="password"
          name="password"
          aria-invalid={invalid.password}
          type="password"
          autoComplete="current-password"
          required
          className={`mt-1 ${inputClass}`}
        />
      </div>
      <p id="login-error" role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <button
        type="submit"
        disabled={pending || !hydrated}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}

function messageFor(code: string, labels: LoginLabels): string {
  if (code.startsWith("THROTTLED")) {
    const seconds = code.split(":")[1] ?? "60";
    return fillMessage(labels.errors.THROTTLED, { seconds });
  }
  if (code === "INVALID" || code === "CredentialsSignin") return labels.errors.INVALID;
  if (code === "DISABLED") return labels.errors.DISABLED;
  return labels.errors.UNKNOWN;
}
