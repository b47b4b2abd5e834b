// Numbers that are written in a work plan but are not quantities to deliver:
// ordinals (第40届, 二期), slogans (“136”, “三个一批”), names (5G, PM2.5, P3, 伏牛1号),
// dates and durations (6月, 三年行动), and thresholds that define a category
// (the "10亿元以上" in "388个10亿元以上重大项目"). A difference from the year before (较去年多10所)
// is a quantity; whether it is a target depends on its sentence (year-before.ts).

import type { Quantity } from "./quantities";
import { isShareFloorBeforeNoun } from "./shares";
import { nounFollows } from "./text-utils";

export interface QuantityContext {
  /** The clause, and positions relative to it. */
  clause: string;
  quantities: Quantity[];
  index: number;
  quoted: (pos: number) => boolean;
}

/** Verbs that introduce something used or relied upon, not something to be delivered. */
const DESCRIPTIVE_OPENING = /^(?:依托|依靠|借助|利用|发挥|围绕|聚焦|立足|通过|按照|对标|对照|参照|结合|面向)/;
const CLAUSE_FILLER = /^(?:确保|力争|争取|努力|全力|加快|积极|着力|继续|持续|进一步|同时|并)+/;
/** A Chinese numeral counts only right after a verb of building or adding (新建两个…). */
const BUILD_VERB_BEFORE = /(?:新建|建成|建设|打造|创建|争创|新增|培育|引进|设立|启动|开工|开通|实施|完成|改造|创办|新开|组建|新设)\s*$/;
const BUILD_VERB = /新建|建成|建设|打造|创建|新增|培育|实施|完成|形成|改造|治理|开通|引进|设立/;
const DURATION_TARGET_VERB = /(?:压缩|缩短|压减|控制在|不超过|降至|降到|减少到)(?:到|至)?\s*$/;

/** Returns why the quantity is not a commitment, or null if it may be one. */
export function notAQuantityReason(ctx: QuantityContext): string | null {
  const { clause, quantities, index, quoted } = ctx;
  const q = quantities[index];
  // Only the words near the number matter; bounding them keeps long clauses linear.
  const before = clause.slice(Math.max(0, q.numberStart - 60), q.numberStart);
  const after = clause.slice(q.end);

  if (q.glued) return "name with letters";
  if (!q.unit || !q.unitKind) return "no unit";
  if (q.unitKind === "label") return "ordinal or label";
  if (quoted(q.numberStart)) return "inside quotation marks";
  if (/第\s*$/.test(before)) return "ordinal";
  if (/前\s*$/.test(before) && /^[名位强]/.test(q.unit)) return "rank";
  if (/[+＋×*/]\s*$/.test(before) || /^\s*[+＋×*]/.test(clause.slice(q.numberEnd))) return "formula or label";
  if (q.unitKind === "duration" && !DURATION_TARGET_VERB.test(before)) return "date or duration";

  if (q.chinese) {
    // Before its noun right after the verb ("新建两个…"), or after its noun at the end of a part
    // that a verb of building or adding opens ("新建学校五所", "新增就业两万人").
    // A part runs to the last comma: "新建学校五所、幼儿园十所" lists both under its 新建.
    const part = before.split(/[，,；;。：:]/).pop() ?? "";
    const rightAfterVerb = BUILD_VERB_BEFORE.test(before);
    if (!rightAfterVerb && !BUILD_VERB.test(part)) return "Chinese numeral without a verb of building";
    // "新建两千亩高标准农田", but not "建设示范区一张网": before its noun, other than a count word
    // (两个, 三所), only right after the verb.
    if (q.beforeNoun && !rightAfterVerb) return "Chinese numeral inside a phrase";
    // "形成一个中心、多点支撑的格局": 一 before its noun is "a" there too, with a count word; right
    // after a verb of building or adding it counts one ("新建一所学校").
    if (clause.slice(q.numberStart, q.numberEnd) === "一" && nounFollows(clause, q.end) && !rightAfterVerb) return "一 before its noun, an article";
    if (/^\s*方面/.test(after)) return "structure of the text";
  }

  const isThresholdQualifier = q.qualifier !== null && /以上|以下|以内|之内|内/.test(q.qualifier);
  if (isThresholdQualifier && (nounFollows(clause, q.end) || /^\s*的/.test(after))) {
    const previous = quantities[index - 1];
    const directlyAfterCount =
      previous !== undefined && previous.unitKind === "count" && clause.slice(previous.end, q.numberStart).trim() === "";
    // "20项以上互认资质" counts things (a target); "10亿元以上重大项目" sizes them (a category);
    // "覆盖80%以上的行政村" is a share of them to reach (shares.ts).
    const category = q.unitKind !== "count" || directlyAfterCount;
    if (category && !isShareFloorBeforeNoun(clause, q, before)) return "threshold defining a category";
  }

  // "依托国晟集团100亿元产业投资母基金…" names a means; "利用闲置空间…建设2.5万个停车位"
  // still builds something.
  const opening = clause.slice(0, Math.min(q.numberStart, 80)).trimStart().replace(CLAUSE_FILLER, "");
  if (DESCRIPTIVE_OPENING.test(opening) && !BUILD_VERB.test(opening) && nounFollows(clause, q.end)) {
    return "describes a means, not a target";
  }

  return null;
}
