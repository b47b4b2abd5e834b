import { htmlLang, type Locale } from "@/lib/i18n/translate";

export function LocaleSwitch({
  locale,
  label,
  action,
}: {
  locale: Locale;
  label: string;
  action: (formData: FormData) => Promise<void>;
}) {
  const other = locale === "zh" ? "en" : "zh";
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={other} />
      {/* At least 24 × 24 px to tap (WCAG 2.5.8: "中文" alone was 28 × 20). The label is written in the language it switches to ("English", "中文"): said so. */}
      <button type="submit" lang={htmlLang(other)} className="inline-flex min-h-6 min-w-6 items-center justify-center px-1 text-sm text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline">
        {label}
      </button>
    </form>
  );
}
