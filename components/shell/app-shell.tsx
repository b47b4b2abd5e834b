import Link from "next/link";
import { PASSWORD_CHANGE_PATH } from "@/lib/auth/password-change-path";
import type { Locale } from "@/lib/i18n/translate";
import { LocaleSwitch } from "./locale-switch";
import { MainNav } from "./main-nav";
import { KeepOwnDrafts } from "./keep-own-drafts";
import { SignOutButton } from "./sign-out-button";
import { DATA_LANG } from "@/lib/reports/report-lang";

export interface NavItem {
  href: string;
  label: string;
  /** Things waiting for the user ("3", "99+" on "my work"), shown beside the label when set. */
  badge?: string;
  /** The link's name with its badge ("我的工作，3 项待办": linkNameWithBadge), not the label run into the figure ("我的工作3"). */
  accessibleName?: string;
}

export interface ShellUser {
  displayName: string;
  roleLabel: string;
  departmentName: string | null;
  /** Whose drafts this tab may hold (KeepOwnDrafts). */
  id: number;
}

export function AppShell({
  appName,
  nav,
  user,
  locale,
  labels,
  setLocale,
  children,
}: {
  appName: string;
  nav: NavItem[];
  user: ShellUser;
  locale: Locale;
  labels: { signOut: string; language: string; mainNav: string; changePassword: string; skip: string; comma: string };
  setLocale: (formData: FormData) => Promise<void>;
  children: React.ReactNode;
}) {
  return (
    <div className="min-h-screen">
      <KeepOwnDrafts userId={user.id} />
      {/* The first Tab stop: past the menu and the account bar to the page itself. */}
      <a href="#main" className="sr-only rounded bg-white px-3 py-2 text-sm text-brand-700 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50">
        {labels.skip}
      </a>
      {/* The account bar belongs to the banner too: content outside every landmark is skipped by
          those who move from landmark to landmark. */}
      <header>
        <div className="bg-brand-700 text-white">
          <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3">
            <Link href="/" className="text-lg font-semibold tracking-wide">
              {appName}
            </Link>
            {/* None while the password an admin chose waits to be changed: no empty landmark then. */}
            {nav.length > 0 && <MainNav items={nav} label={labels.mainNav} />}
          </div>
        </div>
        <div className="border-b border-slate-200 bg-white">
          <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-end gap-x-4 gap-y-1 px-4 py-2 text-sm whitespace-nowrap">
            {/* Wraps on a phone: a long name and department ran off the screen's left edge, out of reach. */}
            <span data-testid="current-user" className="min-w-0 whitespace-normal text-right">
              <span lang={DATA_LANG} className="font-medium">{user.displayName}</span>
              <Separator comma={labels.comma} />
              <span data-testid="current-role">{user.roleLabel}</span>
              {user.departmentName && (
                <>
                  <Separator comma={labels.comma} />
                  <span lang={DATA_LANG}>{user.departmentName}</span>
                </>
              )}
            </span>
            <Link href={PASSWORD_CHANGE_PATH} className="inline-flex min-h-6 items-center text-sm text-slate-600 underline-offset-2 hover:text-slate-900 hover:underline">
              {labels.changePassword}
            </Link>
            <LocaleSwitch locale={locale} label={labels.language} action={setLocale} />
            <SignOutButton label={labels.signOut} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 focus:outline-none">
        {children}
      </main>
    </div>
  );
}

/** A dot between name, role and department on screen, a comma to a screen reader (not "dot"). */
function Separator({ comma }: { comma: string }) {
  return (
    <>
      <span aria-hidden className="mx-2 text-slate-400">
        ·
      </span>
      <span className="sr-only">{comma}</span>
    </>
  );
}
