import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { LocaleSwitch } from "@/components/shell/locale-switch";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { getTranslator } from "@/lib/i18n/server-locale";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { setLocaleAction } from "../locale-action";
import { titled } from "@/lib/i18n/page-title";

// The tab adds the app's name itself: "登录 · 督办 Duban", not the heading's "登录督办系统 · 督办 Duban".
export const generateMetadata = titled("login.pageTitle");

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; ended?: string }> }) {
  const { callbackUrl, ended } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  if (await getCurrentActor()) redirect(target);
  const { locale, t } = await getTranslator();
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div className="mb-6 text-center">
          <div className="text-3xl font-bold text-brand-700">{t("app.name")}</div>
          <p className="mt-1 text-sm text-slate-500">{t("app.tagline")}</p>
        </div>
        <h1 className="mb-4 text-lg font-semibold">{t("login.title")}</h1>
        {ended && (
          <p role="status" className="mb-4 rounded-md bg-amber-50 p-2 text-sm text-amber-900" data-testid="session-ended">
            {t("login.ended")}
          </p>
        )}
        <LoginForm
          callbackUrl={target}
          labels={{
            loginName: t("login.loginName"),
            password: t("login.password"),
            submit: t("login.submit"),
            submitting: t("login.submitting"),
            required: t("login.error.required"),
            errors: {
              INVALID: t("login.error.INVALID"),
              DISABLED: t("login.error.DISABLED"),
              THROTTLED: t("login.error.THROTTLED"),
              UNKNOWN: t("login.error.UNKNOWN"),
            },
          }}
        />
        <div className="mt-6 flex justify-center">
          <LocaleSwitch locale={locale} label={t("nav.language")} action={setLocaleAction} />
        </div>
      </div>
    </main>
  );
}
