"use client";

import { useSyncExternalStore } from "react";
import { buttonClass } from "@/components/ui/field";

// Shown when a page fails to render (the database unreachable, a bug). The dictionaries are read
// on the server, which is what failed, so the page's words are here; the reader's language is the
// one the root layout put on <html>. Rendered on the server (no document), it says both. The
// digest — given to an error thrown on the server — lets the administrator find it in the server
// log; an error of the browser's own has none, and then none is asked for.
const WORDS = {
  zh: {
    title: "页面暂时无法显示",
    body: "请稍后重试；如果问题持续，请联系系统管理员并提供下面的错误编号。",
    bodyWithoutNumber: "请稍后重试；如果问题持续，请联系系统管理员。",
    number: "错误编号：",
    retry: "重试",
    app: "督办 Duban",
  },
  en: {
    title: "Something went wrong",
    body: "Please try again; if it keeps happening, tell your administrator the error number below.",
    bodyWithoutNumber: "Please try again; if it keeps happening, tell your administrator.",
    number: "Error number: ",
    retry: "Try again",
    app: "Duban",
  },
};

const noSubscription = () => () => {};

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const lang = useSyncExternalStore(noSubscription, () => document.documentElement.lang, () => null);
  const words = lang === "en" ? [WORDS.en] : lang ? [WORDS.zh] : [WORDS.zh, WORDS.en];
  const title = words.map((w) => w.title).join(" · ");
  return (
    <main className="mx-auto max-w-xl px-4 py-24 text-center">
      {/* The tab says what the page says, not the title of the page that failed (React puts it in <head>). */}
      <title>{`${title} · ${words[0].app}`}</title>
      <h1 className="text-2xl font-semibold text-slate-900">{title}</h1>
      {words.map((w, i) => (
        <p key={w.title} className={i === 0 ? "mt-4 text-slate-600" : "mt-1 text-sm text-slate-500"}>
          {error.digest ? w.body : w.bodyWithoutNumber}
        </p>
      ))}
      {error.digest && (
        <p className="mt-4 text-xs text-slate-500" data-testid="error-digest">
          {words[0].number}
          <span className="font-mono select-all">{error.digest}</span>
        </p>
      )}
      <button type="button" onClick={reset} className={`mt-8 ${buttonClass}`}>
        {words.map((w) => w.retry).join(" · ")}
      </button>
    </main>
  );
}
