import { CreateDepartmentForm } from "@/components/admin/create-department-form";
import { RenameDepartmentForm } from "@/components/admin/rename-department-form";
import { ToggleForm } from "@/components/admin/toggle-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireActor } from "@/lib/auth/require-actor";
import { listDepartments } from "@/lib/departments/list-departments";
import { getTranslator } from "@/lib/i18n/server-locale";
import { createDepartmentAction, renameDepartmentAction, setDepartmentActiveAction } from "./actions";

export default async function DepartmentsPage() {
  await requireActor("department.manage");
  const [{ t }, departments] = await Promise.all([getTranslator(), listDepartments()]);
  const renameLabels = { open: t("departments.rename"), name: t("departments.newName"), submit: t("form.save") };
  return (
    <>
      <PageHeader title={t("departments.title")} />
      <Card className="mb-6">
        <h2 className="mb-3 font-medium">{t("departments.create")}</h2>
        <CreateDepartmentForm
          action={createDepartmentAction}
          labels={{ title: t("departments.create"), name: t("departments.name"), code: t("departments.code"), submit: t("form.create") }}
        />
      </Card>
      <table className="w-full rounded-lg bg-white text-sm shadow-sm">
        <thead className="bg-slate-100 text-left">
          <tr>
            <th className="px-3 py-2">{t("departments.name")}</th>
            <th className="px-3 py-2">{t("departments.code")}</th>
            <th className="px-3 py-2">{t("departments.userCount")}</th>
            <th className="px-3 py-2">{t("users.status")}</th>
            <th className="px-3 py-2">{t("common.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {departments.map((d) => {
            const toggle = d.active ? t("departments.deactivate") : t("departments.activate");
            return (
              <tr key={d.id} className="border-t border-slate-100 align-top" data-testid={`department-${d.code}`}>
                <td className="px-3 py-2">{d.name}</td>
                <td className="px-3 py-2 font-mono">{d.code}</td>
                <td className="px-3 py-2">{d._count.users}</td>
                <td className="px-3 py-2">{d.active ? t("departments.active") : t("departments.inactive")}</td>
                <td className="px-3 py-2">
                  <ToggleForm
                    action={setDepartmentActiveAction}
                    fields={{ departmentId: String(d.id), active: String(!d.active) }}
                    label={toggle}
                    name={t("admin.toggleSubject", { action: toggle, name: d.name })}
                  />
                  <RenameDepartmentForm
                    action={renameDepartmentAction}
                    department={d}
                    labels={{ ...renameLabels, title: t("departments.renameSubject", { name: d.name }) }}
                  />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
