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
      {/* The label is written in the language it switches to ("English", "中文"): said so. */}
      <button type="submit" lang={htmlLang(other)} className="text-sm text-slate-600 hover:text-slate-900 underline-offset-2 hover:underline">
        {label}
      </button>
    </form>
  );
}
