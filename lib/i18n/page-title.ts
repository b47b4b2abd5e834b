import "server-only";
import type { Metadata } from "next";
import { getTranslator } from "./server-locale";
import type { MessageKey } from "./zh";

/**
 * A page's `generateMetadata`: its title in the reader's language, so tabs, history and screen
 * readers tell pages apart (the root layout appends "· 督办 Duban").
 */
export function titled(key: MessageKey) {
  return async function generateMetadata(): Promise<Metadata> {
    const { t } = await getTranslator();
    return { title: t(key) };
  };
}
