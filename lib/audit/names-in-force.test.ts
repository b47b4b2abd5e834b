import { describe, expect, it } from "vitest";
import { namesInForce } from "./names-in-force";

describe("namesInForce", () => {
  const current = new Map([[7, "市城市更新局"], [8, "市水利局"]]);
  // 市测试局 → 市城市管理局 at event 20, → 市城市更新局 at event 35.
  const at = namesInForce(current, [
    { auditId: "35", id: 7, before: "市城市管理局" },
    { auditId: "20", id: 7, before: "市测试局" },
  ]);

  it("names a record as it was called when the event was written", () => {
    expect(at("10").get(7)).toBe("市测试局");
    expect(at("20").get(7)).toBe("市城市管理局");
    expect(at("34").get(7)).toBe("市城市管理局");
    expect(at("35").get(7)).toBe("市城市更新局");
    expect(at("90071992547409930").get(7)).toBe("市城市更新局");
  });

  it("names a record never renamed by today's name, and an unknown one not at all", () => {
    expect(at("10").get(8)).toBe("市水利局");
    expect(at("10").get(9)).toBeUndefined();
  });
});
