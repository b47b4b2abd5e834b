"use client";

import { buttonClass } from "@/components/ui/field";

// Shown when a page fails to render (the database unreachable, a bug): both languages, since the
// dictionaries are read on the server, which is what failed. The digest lets the administrator
// find the error in the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold text-slate-900">页面暂时无法显示 · Something went wrong</h1>
      <p className="mt-4 text-slate-600">请稍后重试；如果问题持续，请联系系统管理员并提供下面的错误编号。</p>
      <p className="mt-1 text-sm text-slate-500">Please try again; if it keeps happening, tell your administrator the error number below.</p>
      {error.digest && <p className="mt-4 font-mono text-xs text-slate-500">{error.digest}</p>}
      <button type="button" onClick={reset} className={`mt-8 ${buttonClass}`}>
        重试 · Try again
      </button>
    </main>
  );
}
