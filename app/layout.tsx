import type { Metadata } from "next";
import { getLocale, getTranslator } from "@/lib/i18n/server-locale";
import { htmlLang } from "@/lib/i18n/translate";
import "./globals.css";

/** Each page names itself (lib/i18n/page-title.ts); the app's name follows, in the reader's language. */
export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { template: `%s · ${t("app.fullName")}`, default: t("app.fullName") }, description: t("app.description") };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={htmlLang(locale)}>
      <body>{children}</body>
    </html>
  );
}
