import { Field, inputClass } from "@/components/ui/field";
import { SelectOptions } from "@/components/ui/select-options";
import { DATA_LANG } from "@/lib/reports/report-lang";

/** The role and department choices a user has, shared by the create and the edit form. */
export function RoleDepartmentFields({
  departments,
  labels,
  errors,
  defaults,
  roleFixed,
}: {
  departments: { id: number; name: string }[];
  /** `roles`: role value → its name in the reader's language. */
  labels: { role: string; department: string; departmentHint: string; none: string; roles: Record<string, string> };
  errors: Record<string, string[] | undefined>;
  defaults: { role: string; departmentId: string };
  /** Why the role cannot be changed here (an admin's own): shown, and the choice not offered. */
  roleFixed?: string;
}) {
  const fixed = Boolean(roleFixed);
  return (
    <>
      {/* A disabled select sends nothing: the role it shows goes as it is. */}
      {fixed && <input type="hidden" name="role" value={defaults.role} />}
      <Field id="role" label={labels.role} hint={roleFixed} errors={errors.role}>
        {(p) => (
          <select {...p} name={fixed ? undefined : "role"} disabled={fixed} defaultValue={defaults.role} className={inputClass}>
            {Object.entries(labels.roles).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="departmentId" label={labels.department} hint={labels.departmentHint} errors={errors.departmentId}>
        {(p) => (
          <select {...p} name="departmentId" defaultValue={defaults.departmentId} className={inputClass}>
            <SelectOptions items={departments.map((d) => ({ id: d.id, label: d.name, lang: DATA_LANG }))} empty={labels.none} />
          </select>
        )}
      </Field>
    </>
  );
}
