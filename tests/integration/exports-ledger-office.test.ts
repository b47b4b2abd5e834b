import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { GET as getCsv } from "@/app/api/exports/commitments.csv/route";
import { GET as getXlsx } from "@/app/api/exports/commitments.xlsx/route";
import { actorFor, db, department, reportWithCommitments } from "./support";

// What the 督查 office decided, in the ledger (台账): 洛阳 2023's 生猪出栏170万只 adjusted (调整) to
// 160 and then 150, its deadline extended (延期) to 2027-06-30; a target closed as not delivered
// (未完成办结) with its reason, one verified (核验), one whose 催办 waits for an answer.
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: vi.fn() }));

const at = (instant: string) => new Date(instant);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const OFFICE = ["调整记录", "督查意见"];

describe("the ledger's 调整记录 and 督查意见 (台账)", () => {
  let reportId: number;

  beforeAll(async () => {
    const dept = await department();
    const official = await actorFor({ role: "OFFICIAL", departmentId: dept.id });
    const reviewer = await actorFor({ role: "REVIEWER" });
    const { report, commitments } = await reportWithCommitments([
      { indicator: "生猪出栏", targetValue: 170, unit: "万只", leadDepartmentId: dept.id },
      { indicator: "新建5G基站", targetValue: 2000, unit: "个", leadDepartmentId: dept.id },
      { indicator: "新增城镇就业", targetValue: 5, unit: "万人", leadDepartmentId: dept.id },
      { indicator: "新增高标准农田", targetValue: 11, unit: "万亩", leadDepartmentId: dept.id },
      { indicator: "新增市场主体", targetValue: 10, unit: "万户", leadDepartmentId: dept.id },
    ]);
    reportId = report.id;
    const [pigs, stations, jobs, farmland] = commitments;
    const request = (data: { kind: "EXTEND_DEADLINE" | "ADJUST_TARGET"; state?: "APPROVED" | "REFUSED" | "PENDING"; reviewedAt?: string; proposedValue?: number; proposedDeadline?: string }) =>
      db.changeRequest.create({
        data: {
          commitmentId: pigs.id,
          kind: data.kind,
          requesterId: official.id,
          reason: "受非洲猪瘟影响",
          state: data.state ?? "APPROVED",
          reviewerId: data.state === "PENDING" ? null : reviewer.id,
          reviewedAt: data.reviewedAt ? at(data.reviewedAt) : null,
          proposedValue: data.proposedValue,
          proposedDeadline: data.proposedDeadline ? day(data.proposedDeadline) : undefined,
        },
      });
    // Approved at 08:30 Beijing on 2023-08-01 (00:30 UTC): the day is Beijing's.
    await request({ kind: "ADJUST_TARGET", reviewedAt: "2023-08-01T00:30:00Z", proposedValue: 160 });
    await request({ kind: "EXTEND_DEADLINE", reviewedAt: "2023-09-01T02:00:00Z", proposedDeadline: "2027-06-30" });
    await request({ kind: "ADJUST_TARGET", state: "REFUSED", reviewedAt: "2023-09-15T02:00:00Z", proposedValue: 100 });
    await request({ kind: "ADJUST_TARGET", reviewedAt: "2023-10-10T02:00:00Z", proposedValue: 150 });
    await request({ kind: "EXTEND_DEADLINE", state: "PENDING", proposedDeadline: "2028-06-30" });
    await db.commitment.update({ where: { id: pigs.id }, data: { targetValue: 150, deadline: day("2027-06-30") } });
    // Closed at 00:30 on 2024-01-01 Beijing time, still 2023-12-31 in UTC.
    await db.commitment.update({ where: { id: stations.id }, data: { status: "UNMET", unmetAt: at("2023-12-31T16:30:00Z"), unmetById: reviewer.id, unmetNote: "选址未落实，完成1200个" } });
    await db.commitment.update({ where: { id: jobs.id }, data: { status: "VERIFIED", verifiedAt: at("2024-01-05T02:00:00Z"), verifiedById: reviewer.id, verifyNote: "已核对人社部门台账" } });
    await db.reminder.create({ data: { commitmentId: farmland.id, senderId: reviewer.id, note: "请报送三季度数据", createdAt: at("2023-10-08T02:00:00Z") } });
    await db.reminder.create({ data: { commitmentId: farmland.id, senderId: reviewer.id, note: "已回复的催办", createdAt: at("2023-09-08T02:00:00Z"), answeredAt: at("2023-09-09T02:00:00Z"), answererId: official.id, answer: "已报送" } });
    vi.mocked(getCurrentActor).mockResolvedValue(await actorFor({ role: "VIEWER" }));
  });

  const request = (path: string) => new Request(`http://localhost/api/exports/${path}?report=${reportId}`);
  const EXPECTED = [
    ["2023-08-01 调整：≥ 170万只 → ≥ 160万只；2023-09-01 延期：2023-12-31 → 2027-06-30；2023-10-10 调整：≥ 160万只 → ≥ 150万只", null],
    [null, "2024-01-01 未完成办结：选址未落实，完成1200个"],
    [null, "2024-01-05 核验：已核对人社部门台账"],
    [null, "2023-10-08 催办待回复：请报送三季度数据"],
    [null, null],
  ];

  it("lists each approved change in order with what stood before, and the office's decisions (Excel)", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await getXlsx(request("commitments.xlsx"))).arrayBuffer());
    const sheet = workbook.worksheets[1];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const from = header.indexOf(OFFICE[0]);
    expect(header.slice(from, from + 2)).toEqual(OFFICE);
    const cells = (n: number) => [0, 1].map((i) => sheet.getRow(n).getCell(1 + from + i).value ?? null);
    expect([2, 3, 4, 5, 6].map(cells)).toEqual(EXPECTED);
    // The target column says what stands now.
    expect(sheet.getRow(2).getCell(1 + header.indexOf("目标")).value).toBe("≥ 150万只");
  });

  it("says the same in the CSV", async () => {
    const text = new TextDecoder().decode(new Uint8Array(await (await getCsv(request("commitments.csv"))).arrayBuffer()).slice(3));
    const lines = text.split("\r\n").filter(Boolean).map((l) => l.split(","));
    const from = lines[0].indexOf(OFFICE[0]);
    expect(lines[0].slice(from)).toEqual(OFFICE);
    expect(lines.slice(1).map((l) => l.slice(from).map((v) => v || null))).toEqual(EXPECTED);
  });
});
