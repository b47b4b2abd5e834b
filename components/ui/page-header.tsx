/** `lang`: the title's own language when it is data rather than the UI's words (an indicator is Chinese in English mode too). */
export function PageHeader({ title, lang, children }: { title: string; lang?: string; children?: React.ReactNode }) {
  return (
    <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <h1 className="text-2xl font-semibold" lang={lang}>
        {title}
      </h1>
      {children && <div className="flex flex-wrap items-center gap-2">{children}</div>}
    </div>
  );
}
