import { Card } from "@/components/ui/card";
import { FactList } from "./fact-list";
import { dataLang } from "@/lib/reports/report-lang";
import { OwnersForm, type OwnersFormProps } from "./owners-form";

/** The owners as the commitment's page holds them (a detail row). */
export interface CommitmentOwners {
  id: number;
  version: number;
  leadDepartmentId: number | null;
  leadDepartment: { name: string } | null;
  supporting: { department: { id: number; name: string } }[];
  responsibleUserId: number | null;
  responsibleUser: { displayName: string } | null;
}

/** Who leads, supports and answers for a commitment: the admin's form with `assign`, the names otherwise. */
export function OwnersCard({
  commitment: c,
  labels,
  assign,
}: {
  commitment: CommitmentOwners;
  /** The form's words, and how names are listed in the reader's language ("、" / ", "). */
  labels: OwnersFormProps["labels"] & { enumeration: string };
  assign?: Pick<OwnersFormProps, "action" | "departments" | "officials">;
}) {
  return (
    <Card>
      <h2 className="mb-3 font-medium">{labels.title}</h2>
      {assign ? (
        <OwnersForm
          action={assign.action}
          commitmentId={c.id}
          version={c.version}
          current={{ leadDepartmentId: c.leadDepartmentId, supportingDepartmentIds: c.supporting.map((s) => s.department.id), responsibleUserId: c.responsibleUserId }}
          // With their `lang`: an active department's name is data, marked for a screen reader.
          departments={assign.departments}
          officials={assign.officials}
          responsible={c.responsibleUserId != null && c.responsibleUser ? { id: c.responsibleUserId, displayName: c.responsibleUser.displayName } : null}
          labels={labels}
        />
      ) : (
        <FactList
          facts={[
            // Names are Chinese data (dataLang); "none" is the page's own word.
            { label: labels.lead, value: c.leadDepartment?.name ?? labels.none, testId: "lead-department", lang: dataLang(c.leadDepartment) },
            { label: labels.supporting, value: c.supporting.map((s) => s.department.name).join(labels.enumeration) || labels.none, lang: dataLang(c.supporting) },
            { label: labels.responsible, value: c.responsibleUser?.displayName ?? labels.none, lang: dataLang(c.responsibleUser) },
          ]}
        />
      )}
    </Card>
  );
}
