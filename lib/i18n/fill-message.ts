import { isQuotedSlot, quotedWithin } from "./quoted-within";

/** Values put into a message; a list is joined as the language enumerates ("甲、乙" / "A, B"). */
export type MessageParams = Record<string, string | number | readonly string[]>;

/**
 * Puts `params` into a message: "{days}" is the value, "{days:day|days}" the word that goes with
 * it (English plurals). The server's translator uses it, and so do client components, which get
 * their messages as labels and fill in counts they know only in the browser. A value the message
 * quotes (“{indicator}”) has its own double quotes made single (“‘一村一品’全国示范村”, not
 * ““一村一品”全国示范村”).
 */
export function fillMessage(text: string, params: MessageParams, enumeration = ", "): string {
  return text.replace(/\{(\w+)(?::([^|{}]*)\|([^|{}]*))?\}/g, (m, name: string, one: string | undefined, other: string | undefined, offset: number) => {
    if (!(name in params)) return m;
    const value = params[name];
    if (typeof value === "object") return value.join(enumeration);
    if (one === undefined) return isQuotedSlot(text.slice(0, offset), text.slice(offset + m.length)) ? quotedWithin(String(value)) : String(value);
    return Number(value) === 1 ? one : other!;
  });
}
