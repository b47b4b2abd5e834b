import type { Metadata } from "next";
import { getLocale } from "@/lib/i18n/server-locale";
import "./globals.css";

export const metadata: Metadata = {
  // Each page names itself (lib/i18n/page-title.ts); the app's name follows.
  title: { template: "%s · 督办 Duban", default: "督办 Duban" },
  description: "政府工作报告目标任务督办系统",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale === "zh" ? "zh-CN" : "en"}>
      <body>{children}</body>
    </html>
  );
}
