import { describe, expect, it } from "vitest";
import { parseChineseNumeral } from "./numbers";
import { numericDrafts } from "./numeric";
import { findQuantities } from "./quantities";
import { quotedMask } from "./text-utils";

/** The targets the numeric analyser keeps in one clause: "value unit". */
function targets(clause: string): string[] {
  const mask = quotedMask(clause);
  return numericDrafts(clause, (pos) => mask[pos] === 1).map((d) => {
    const q = d.quantity;
    return `${q.min !== null ? `${q.min}-${q.max}` : q.value}${q.unit}`;
  });
}

describe("Chinese numerals", () => {
  it.each([
    ["两", 2], ["十", 10], ["十五", 15], ["二十", 20], ["二百零三", 203], ["三千五百", 3500], ["一万二千", 12000],
  ])("%s → %d", (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it("rejects non-numerals", () => {
    expect(parseChineseNumeral("两个")).toBeNull();
    expect(parseChineseNumeral("")).toBeNull();
  });

  it("reads Chinese numerals that state a quantity", () => {
    expect(targets("新建两个产业园")).toEqual(["2个"]);
    expect(targets("建成三所学校")).toEqual(["3所"]);
  });
});

describe("quantities as written", () => {
  it("reads value and unit as written", () => {
    const [q] = findQuantities("年度完成投资2600亿元");
    expect(q).toMatchObject({ value: 2600, unit: "亿元", min: null, max: null });
    expect(findQuantities("新增高标准农田11万亩")[0]).toMatchObject({ value: 11, unit: "万亩" });
    expect(findQuantities("提高0.7个百分点")[0]).toMatchObject({ value: 0.7, unit: "个百分点" });
    expect(findQuantities("完成职业技能培训30万人次")[0]).toMatchObject({ value: 30, unit: "万人次" });
    expect(findQuantities("算力达到 42P。")[0]).toMatchObject({ value: 42, unit: "P" });
    expect(findQuantities("突破 1 万个")[0]).toMatchObject({ value: 1, unit: "万个" });
    expect(findQuantities("保持在1.3万亿斤以上")[0]).toMatchObject({ value: 1.3, unit: "万亿斤", qualifier: "以上" });
  });

  it.each([
    ["新建市级重点实验室 5 - 8 个", 5, 8, "个"],
    ["力争新增上市企业3—4家", 3, 4, "家"],
    ["培育5—10个省级以上乡村旅游品牌", 5, 10, "个"],
    ["增长5%—8%", 5, 8, "%"],
    ["建设5至8个", 5, 8, "个"],
    ["培育两到三个", 2, 3, "个"],
    ["新增三至五家", 3, 5, "家"],
    ["新建十至十五所", 10, 15, "所"],
  ])("reads the range in %s as one quantity", (text, min, max, unit) => {
    const qs = findQuantities(text);
    expect(qs).toHaveLength(1);
    expect(qs[0]).toMatchObject({ min, max, value: max, unit });
  });
});

describe("a measure word that opens the noun after it", () => {
  // Each read as a count in 万家 / 亿人 / 万人 / 亿项 of «庭», «口», «才», «目» (named «惠及庭», «口全部参保»).
  it.each([
    ["惠及2900万家庭", 2900, "万"],
    ["惠及2900多万家庭", 2900, "万"],
    ["全国14亿人口全部参保", 14, "亿"],
    ["吸引10万人才来洛创业", 10, "万"],
    ["签约100亿项目", 100, "亿"],
    ["新增户籍人口10万人", 10, "万人"],
  ])("leaves the whole word to the noun: %s → %d %s", (text, value, unit) => {
    expect(findQuantities(text)[0]).toMatchObject({ value, unit });
  });

  it("still reads the measure word where it opens no such noun", () => {
    expect(findQuantities("新增2万家市场主体")[0]).toMatchObject({ value: 2, unit: "万家" });
    expect(findQuantities("新增城镇就业10万人")[0]).toMatchObject({ value: 10, unit: "万人" });
    expect(findQuantities("完成职业技能培训30万人次")[0]).toMatchObject({ value: 30, unit: "万人次" });
  });

  it("names the thing counted with the whole word", () => {
    expect(numericDrafts("惠及2900万家庭", () => false).map((d) => [d.indicator, d.quantity.value, d.quantity.unit])).toEqual([["惠及家庭", 2900, "万"]]);
    expect(numericDrafts("覆盖14亿人口", () => false).map((d) => [d.indicator, d.quantity.value, d.quantity.unit])).toEqual([["覆盖人口", 14, "亿"]]);
  });
});

describe("an amount of standard coal (吨标准煤) is one unit", () => {
  // Read as 吨 of a thing counted after the number: named «标准煤», «标准煤以内», the subject lost.
  const named = (clause: string) => numericDrafts(clause, () => false).map((d) => [d.indicator, d.quantity.value, d.quantity.unit, d.comparator]);

  it.each([
    ["节约能源5万吨标准煤", "节约能源", 5, "万吨标准煤", "="],
    ["万元地区生产总值能耗降至0.5吨标准煤", "万元地区生产总值能耗", 0.5, "吨标准煤", "<="],
    ["能源消费总量控制在1500万吨标准煤以内", "能源消费总量", 1500, "万吨标准煤", "<="],
    ["新增节能量5万吨标煤", "新增节能量", 5, "万吨标煤", "="],
    ["单位地区生产总值能耗不超过0.35千克标准煤", "单位地区生产总值能耗", 0.35, "千克标准煤", "<="],
  ])("%s → %s %d %s %s", (clause, indicator, value, unit, comparator) => {
    expect(named(clause)).toEqual([[indicator, value, unit, comparator]]);
  });
});

describe("not quantities", () => {
  it.each([
    ["ordinal", "办好第40届中国洛阳牡丹文化节"],
    ["ordinal with spaces", "获得世界客属第 33 届恳亲大会承办权"],
    ["batch and phase", "启动第二批现代化高中建设"],
    ["phase", "加快中州时代新能源生产基地一期等项目建设进度"],
    ["slogan", "全面实施“136”工作举措"],
    ["slogan", "深入实施“351”工作举措"],
    ["slogan", "严格落实“13710”工作制度"],
    ["slogan", "全方位提升“五大品牌”"],
    ["slogan", "大抓“三个一批”"],
    ["slogan", "保持PM2.5、PM10、优良天数“两降一升”"],
    ["slogan with a number", "实施“0.1微克”行动"],
    ["name", "全力推动百万吨乙烯、中航光电四期等项目尽快开工"],
    ["name", "加快建设中国伏牛1号生态旅游公路"],
    ["name", "建设 5G、人工智能等产业核心区"],
    ["name", "加快6G实验室建设"],
    ["name", "隋唐洛阳城3.0版大遗址保护利用示范样板"],
    ["name", "发挥港资、台资、日韩、500 强等四个外资专班作用"],
    ["label", "国宏集团、轨道集团完成AA+信用评级"],
    ["duration", "实施氢能产业发展三年行动计划"],
    ["duration", "提供24小时“不打烊”服务"],
    ["duration", "开展第二轮土地承包到期后再延长30年试点"],
    ["date", "6 月底前开工建设城市文化客厅"],
    ["anniversary", "做好中国人民抗日战争胜利80周年纪念活动服务保障"],
    ["structure", "重点抓好以下十个方面工作"],
    ["an existing means", "依托国晟集团100亿元产业投资母基金与头部基金管理人合作"],
  ])("%s: %s", (_, clause) => {
    expect(targets(clause)).toEqual([]);
  });

  it("keeps the count, not the threshold that defines the category", () => {
    expect(targets("实施388个10亿元以上重大项目")).toEqual(["388个"]);
    expect(targets("公交与轨道50米内换乘比例提高到90%")).toEqual(["90%"]);
  });

  it("keeps a count of things that is itself a minimum", () => {
    expect(targets("实现20项以上互认资质资格统一规范办理")).toEqual(["20项"]);
  });

  it("keeps the target next to a label", () => {
    expect(targets("确保 5G 基站总数突破 1 万个")).toEqual(["1万个"]);
    expect(targets("确保华为人工智能实验室上半年算力达到 42P")).toEqual(["42P"]);
    expect(targets("利用闲置空间、人防工程等建设2.5万个停车位")).toEqual(["2.5万个"]);
  });
});
