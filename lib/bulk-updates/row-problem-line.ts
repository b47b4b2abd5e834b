import { fillMessage } from "@/lib/i18n/fill-message";

/**
 * One line of a refused sheet: "Row 3: The actual value must be a number; enter a narrative".
 * The row's problems are written to follow one another mid-sentence (lower case, save for what
 * is always capitalised, as "No. 12"); the first after the colon is capitalised, so every line
 * starts alike whichever problem comes first ("Row 2: Repeats…", not beside "Row 3: the…").
 * Chinese has no case and is left as it is.
 */
export function rowProblemLine(template: string, row: number, messages: string[], separator: string): string {
  return fillMessage(template, { row, message: onItsOwn(messages.join(separator)) });
}

/**
 * A row's problem said where a sentence starts — first after "Row 3:", or alone in Excel's error
 * box (the sheet's own validation): capitalised, as the rest of the page's sentences are.
 */
export function onItsOwn(message: string): string {
  return message.charAt(0).toLocaleUpperCase("en") + message.slice(1);
}
