import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { executeAction } from "@/lib/actions/execute-action";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { GET as getCsv } from "@/app/api/exports/commitments.csv/route";
import { GET as getXlsx } from "@/app/api/exports/commitments.xlsx/route";
import { approveUpdate } from "@/lib/reviews/approve-update";
import { revokeApproval } from "@/lib/reviews/revoke-approval";
import { submitUpdate } from "@/lib/updates/submit-update";
import { actorFor, department, reportWithCommitments } from "./support";

// 洛阳 2023: 新增高标准农田11万亩. 6.5万亩 for May was approved; 8万亩 for June was approved and
// taken back (撤回审核通过). The ledger's figures are May's; the state beside them must not read as
// theirs: it is the newest reading's, says so, and names that reading's day.
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: vi.fn() }));

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const FIGURES = ["最新已审核进展", "已审核实际值", "完成率", "已审核数据截至日期", "状态", "最近一次报送状态", "最近一次报送的数据截至日期"];

describe("the ledger's figures and the newest reading's state (台账)", () => {
  let reportId: number;

  beforeAll(async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const reviewer = await actorFor({ role: "REVIEWER" });
    const { report, commitments } = await reportWithCommitments([
      { indicator: "新增高标准农田", targetValue: 11, unit: "万亩", leadDepartmentId: dept.id },
      { indicator: "新建5G基站", targetValue: 2000, unit: "个", leadDepartmentId: dept.id },
      { indicator: "新增城镇就业", targetValue: 5, unit: "万人", leadDepartmentId: dept.id },
    ]);
    reportId = report.id;
    const [farmland, stations] = commitments;
    const submit = async (commitmentId: number, asOf: string, actualValue: string) => {
      const sent = await executeAction(submitUpdate, official, { commitmentId, asOf, actualValue, narrative: `截至${asOf}完成${actualValue}` });
      if (!sent.ok) throw new Error(sent.message);
      return (sent.data as { updateId: number }).updateId;
    };
    const approve = async (updateId: number) => expect(await executeAction(approveUpdate, reviewer, { updateId })).toMatchObject({ ok: true });
    await approve(await submit(farmland.id, "2023-05-31", "6.5"));
    const june = await submit(farmland.id, "2023-06-30", "8");
    await approve(june);
    expect(await executeAction(revokeApproval, reviewer, { updateId: june, note: "8万亩含往年已建面积，请更正后重报。" })).toMatchObject({ ok: true });
    await approve(await submit(stations.id, "2023-06-30", "1200"));
    vi.mocked(getCurrentActor).mockResolvedValue(await actorFor({ role: "VIEWER" }));
  });

  const request = (path: string) => new Request(`http://localhost/api/exports/${path}?report=${reportId}`);

  it("heads the figures as the approved ones and the state as the newest reading's, with its day (Excel)", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await getXlsx(request("commitments.xlsx"))).arrayBuffer());
    const sheet = workbook.worksheets[1];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const from = header.indexOf(FIGURES[0]);
    const cells = (n: number) => Array.from({ length: FIGURES.length }, (_, i) => sheet.getRow(n).getCell(1 + from + i).value ?? null);
    expect(cells(1)).toEqual(FIGURES);
    // The approved May figure, and beside it the June reading that was returned, named by its day.
    expect(cells(2)).toEqual(["截至2023-05-31完成6.5", 6.5, 0.5909, day("2023-05-31"), expect.any(String), "已退回", day("2023-06-30")]);
    // The newest reading is the approved one: the same day twice.
    expect(cells(3)).toEqual(["截至2023-06-30完成1200", 1200, 0.6, day("2023-06-30"), expect.any(String), "已通过", day("2023-06-30")]);
    expect(cells(4)).toEqual([null, null, null, null, expect.any(String), "未报送", null]);
    expect(sheet.getRow(2).getCell(1 + from + 6).numFmt).toBe("yyyy-mm-dd");
  });

  it("says the same in the CSV", async () => {
    const text = new TextDecoder().decode(new Uint8Array(await (await getCsv(request("commitments.csv"))).arrayBuffer()).slice(3));
    const lines = text.split("\r\n").map((l) => l.split(","));
    const from = lines[0].indexOf(FIGURES[0]);
    const fields = (n: number) => [...lines[n].slice(from, from + 4), ...lines[n].slice(from + 5, from + 7)];
    expect(lines[0].slice(from, from + FIGURES.length)).toEqual(FIGURES);
    expect(fields(1)).toEqual(["截至2023-05-31完成6.5", "6.5", "59.09%", "2023-05-31", "已退回", "2023-06-30"]);
    expect(fields(2)).toEqual(["截至2023-06-30完成1200", "1200", "60%", "2023-06-30", "已通过", "2023-06-30"]);
    expect(fields(3)).toEqual(["", "", "", "", "未报送", ""]);
  });
});
