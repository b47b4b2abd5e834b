"use server";

import type { FormState } from "@/lib/actions/form-state";
import { formAction } from "@/lib/actions/server-action";
import { answerReminder } from "@/lib/reminders/answer-reminder";
import { sendReminder } from "@/lib/reminders/send-reminder";

const send = formAction(sendReminder, { successMessage: (_, t) => t("reminder.sent") });
const answer = formAction(answerReminder, { successMessage: (_, t) => t("reminder.answerDone") });

export async function sendReminderAction(state: FormState, formData: FormData) {
  return send(state, formData);
}

export async function answerReminderAction(state: FormState, formData: FormData) {
  return answer(state, formData);
}
