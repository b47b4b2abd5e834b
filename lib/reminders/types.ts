import { z } from "zod";
import { requiredText } from "@/lib/reviews/types";

const id = z.coerce.number().int().positive().max(2_147_483_647);

/** A reminder (催办) says what is asked: the departments answer that. */
export const ZSendReminder = z.object({ commitmentId: id, note: requiredText("reminder.noteRequired") });
export type TSendReminder = z.infer<typeof ZSendReminder>;

export const ZAnswerReminder = z.object({ reminderId: id, answer: requiredText("reminder.answerRequired") });
export type TAnswerReminder = z.infer<typeof ZAnswerReminder>;
