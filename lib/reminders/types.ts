import { z } from "zod";
import { MAX_NOTE } from "@/lib/reviews/types";

const id = z.coerce.number().int().positive().max(2_147_483_647);
const text = (required: "reminder.noteRequired" | "reminder.answerRequired") =>
  z.string({ error: required }).trim().min(1, { error: required }).max(MAX_NOTE, { error: "workflow.form.noteTooLong" });

/** A reminder (催办) says what is asked: the departments answer that. */
export const ZSendReminder = z.object({ commitmentId: id, note: text("reminder.noteRequired") });
export type TSendReminder = z.infer<typeof ZSendReminder>;

export const ZAnswerReminder = z.object({ reminderId: id, answer: text("reminder.answerRequired") });
export type TAnswerReminder = z.infer<typeof ZAnswerReminder>;
