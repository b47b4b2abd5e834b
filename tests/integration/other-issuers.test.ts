import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findOtherIssuers } from "@/lib/imports/find-other-issuers";
import { db } from "./support";

describe("the issuers an import is compared with", () => {
  it("are those of the reports imported: none when the draft's is one of them (spaces aside), all of them, once each, when it is not", async () => {
    const issuer = `${randomUUID().slice(0, 8)}市人民政府`;
    for (const n of [1, 2]) {
      await db.report.create({ data: { title: "政府工作报告", issuer, year: 2023, sourceText: "。", sourceHash: `issuer-${randomUUID()}-${n}` } });
    }
    expect(await findOtherIssuers(` ${issuer.replace("市", "市 ")} `)).toEqual([]);
    const others = await findOtherIssuers(`另一${issuer}`);
    expect(others.filter((i) => i === issuer)).toEqual([issuer]);
  });
});
