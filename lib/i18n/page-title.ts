import "server-only";
import type { Metadata } from "next";
import { getTranslator } from "./server-locale";
import type { MessageKey } from "./zh";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { can, type PermissionAction } from "@/lib/permissions/permissions";

/**
 * A page's `generateMetadata`: its title in the reader's language, so tabs, history and screen
 * readers tell pages apart (the root layout appends "· 督办 Duban"). `permission`, the one the
 * page requires: without it the page answers "not found", and so does its title (an official's
 * /review once showed 页面不存在 under the tab 进展审核).
 */
export function titled(key: MessageKey, permission?: PermissionAction) {
  return async function generateMetadata(): Promise<Metadata> {
    const { t } = await getTranslator();
    if (permission && !can(await getCurrentActor(), permission)) return { title: t("notFound.title") };
    return { title: t(key) };
  };
}
