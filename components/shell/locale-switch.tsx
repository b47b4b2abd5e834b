import type { Locale } from "@/lib/i18n/translate";

export function LocaleSwitch({
  locale,
  label,
  action,
}: {
  locale: Locale;
  label: string;
  action: (formData: FormData) => Promise<void>;
}) {
  return (
    <form action={action}>
      <input type="hidden" name="locale" value={locale === "zh" ? "en" : "zh"} />
      <button type="submit" className="text-sm text-slate-600 hover:text-slate-900 underline-offset-2 hover:underline">
        {label}
      </button>
    </form>
  );
}
