"use client";

import { Card } from "@/components/ui/card";
import { OneFieldForm } from "@/components/ui/one-field-form";
import type { FormState } from "@/lib/actions/form-state";
import { DATA_LANG } from "@/lib/reports/report-lang";
import { SentenceWithData } from "@/components/ui/sentence-with-data";
import type { Sentence } from "@/lib/i18n/sentence";
import { withColon } from "@/lib/i18n/label-punctuation";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

export interface ReminderItem {
  id: number;
  note: string;
  /** "督查室 于 2023-09-01 10:00 催办", the sender's name marked as data. */
  sent: Sentence;
  answer: string | null;
  /** Who answered and when, once answered. */
  answered: Sentence | null;
  /** Ended unanswered when its commitment was closed: said how ("目标任务已于 … 核验，该催办随之结束"), else null. */
  closed: string | null;
}

export interface RemindersLabels {
  title: string;
  empty: string;
  waitingAnswer: string;
  answer: string;
  send: { hint: string; field: string; submit: string };
  reply: { field: string; submit: string };
}

/**
 * A commitment's reminders (催办), newest first, with their answers. The supervising office
 * sends one (`send`: while the commitment is open and none waits for an answer); an official of
 * its departments answers the one waiting (`reply`).
 */
export function RemindersCard({
  commitmentId,
  reminders,
  send,
  reply,
  labels,
}: {
  commitmentId: number;
  reminders: ReminderItem[];
  send?: { action: Action; offered: boolean };
  reply?: { action: Action };
  labels: RemindersLabels;
}) {
  return (
    <Card>
      <section id="reminders" aria-labelledby="reminders-title" data-testid="reminders">
        <h2 id="reminders-title" className="mb-3 font-medium">
          {labels.title}
        </h2>
        {reminders.length === 0 && <p className="text-sm text-slate-500">{labels.empty}</p>}
        <ol className="space-y-3">
          {reminders.map((r) => (
            <li key={r.id} data-testid={`reminder-${r.id}`} className="rounded-lg border border-slate-200 p-3 text-sm">
              <p className="whitespace-pre-wrap" lang={DATA_LANG}>
                {r.note}
              </p>
              <p className="mt-1 text-xs text-slate-500">
                <SentenceWithData template={r.sent.template} data={r.sent.data} />
              </p>
              {r.answer !== null ? (
                <div className="mt-2 rounded bg-slate-50 p-2">
                  <p className="whitespace-pre-wrap">
                    {withColon(labels.answer)}<span lang={DATA_LANG}>{r.answer}</span>
                  </p>
                  {r.answered && (
                    <p className="mt-1 text-xs text-slate-500">
                      <SentenceWithData template={r.answered.template} data={r.answered.data} />
                    </p>
                  )}
                </div>
              ) : r.closed !== null ? (
                <p className="mt-2 text-xs text-slate-500">{r.closed}</p>
              ) : (
                <p className="mt-2 text-xs font-medium text-amber-800">{labels.waitingAnswer}</p>
              )}
              {reply && (
                <OneFieldForm
                  action={reply.action}
                  hidden={{ reminderId: r.id }}
                  field={{ name: "answer", id: `reminder-${r.id}-answer`, label: labels.reply.field }}
                  submit={labels.reply.submit}
                  offered={r.answer === null && r.closed === null}
                  testId={`answer-reminder-${r.id}`}
                  title={labels.reply.submit}
                />
              )}
            </li>
          ))}
        </ol>
        {send && (
          <OneFieldForm
            action={send.action}
            hidden={{ commitmentId }}
            field={{ name: "note", id: "send-reminder-note", label: labels.send.field }}
            submit={labels.send.submit}
            offered={send.offered}
            testId="send-reminder-form"
            title={labels.send.submit}
            hint={labels.send.hint}
          />
        )}
      </section>
    </Card>
  );
}
