import { AppShell } from "@/components/shell/app-shell";
import { requireActor } from "@/lib/auth/require-actor";
import { getTranslator } from "@/lib/i18n/server-locale";
import { navFor } from "@/lib/navigation/nav-items";
import { badgeText, countMyWork } from "@/lib/my-work/count-my-work";
import { can } from "@/lib/permissions/permissions";
import { linkNameWithBadge } from "@/lib/navigation/link-name";
import { setLocaleAction } from "../locale-action";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const { locale, t } = await getTranslator();
  // Until the password an admin chose is changed, 修改密码 is the one page: no menu leads elsewhere.
  const nav = actor.mustChangePassword ? [] : navFor(actor);
  const waiting = nav.length > 0 && can(actor, "myWork.view") ? await countMyWork(actor) : 0;
  return (
    <AppShell
      appName={t("app.name")}
      nav={nav.map((item) => {
        const badge = item.workBadge ? badgeText(waiting) : undefined;
        const label = t(item.labelKey);
        return { href: item.href, label, badge, accessibleName: linkNameWithBadge(label, badge, t) };
      })}
      user={{ id: actor.id, displayName: actor.displayName, roleLabel: t(`role.${actor.role}`), departmentName: actor.departmentName ?? null }}
      locale={locale}
      labels={{ signOut: t("nav.signOut"), language: t("nav.language"), mainNav: t("nav.main"), changePassword: t("account.changePassword"), skip: t("nav.skip"), comma: t("common.comma") }}
      setLocale={setLocaleAction}
    >
      {children}
    </AppShell>
  );
}
