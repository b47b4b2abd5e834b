import { inputClass, secondaryButtonClass } from "@/components/ui/field";

/** A GET form: the chosen department lands in the URL, so a filtered queue can be shared. */
export function DepartmentFilter({
  action,
  value,
  departments,
  labels,
}: {
  action: string;
  value?: number;
  departments: { id: number; name: string }[];
  labels: { department: string; all: string; apply: string };
}) {
  return (
    <form method="get" action={action} className="mb-4 flex items-end gap-2" role="search">
      <div>
        <label htmlFor="review-department" className="block text-sm font-medium text-slate-700">
          {labels.department}
        </label>
        <select id="review-department" name="department" defaultValue={value ?? ""} className={`${inputClass} mt-1`}>
          <option value="">{labels.all}</option>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={`${secondaryButtonClass} mb-0.5`}>
        {labels.apply}
      </button>
    </form>
  );
}
