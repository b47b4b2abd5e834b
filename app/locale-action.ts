"use server";

import { cookies } from "next/headers";
import { LOCALE_COOKIE, parseLocale } from "@/lib/i18n/translate";

/** Switches the UI language; a preference cookie, readable by the server on every request. */
export async function setLocaleAction(formData: FormData): Promise<void> {
  const locale = parseLocale(String(formData.get("locale") ?? ""));
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax", httpOnly: true });
}
