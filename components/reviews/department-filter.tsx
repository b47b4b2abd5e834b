import { inputClass, secondaryButtonClass } from "@/components/ui/field";
import { SelectOptions } from "@/components/ui/select-options";

/** A GET form: the chosen department lands in the URL, so a filtered queue can be shared. */
export function DepartmentFilter({
  action,
  value,
  departments,
  labels,
}: {
  action: string;
  value?: number;
  departments: { id: number; name: string; lang?: string }[];
  labels: { department: string; all: string; apply: string };
}) {
  return (
    <form method="get" action={action} className="mb-4 flex items-end gap-2" role="search">
      <div>
        <label htmlFor="review-department" className="block text-sm font-medium text-slate-700">
          {labels.department}
        </label>
        <select id="review-department" name="department" defaultValue={value ?? ""} className={`${inputClass} mt-1`}>
          <SelectOptions items={departments.map((d) => ({ id: d.id, label: d.name, lang: d.lang }))} empty={labels.all} />
        </select>
      </div>
      <button type="submit" className={`${secondaryButtonClass} mb-0.5`}>
        {labels.apply}
      </button>
    </form>
  );
}
