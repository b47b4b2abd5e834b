// The indicator of a commitment: a short Chinese name for what is counted
// ("高新技术企业", "10亿元以上重大项目", "重点项目完成投资").

import { APPROX_WORD, AS_MUCH_AS, AT_LEAST_WORDS, REDUCED_TO } from "./comparators";
import { findTimePhrases } from "./deadline";
import { OCCASION_YEAR } from "./occasions";
import { isRateOfChangeUnit } from "./units";
import { withoutYearBefore } from "./year-before";
import { STRETCH } from "./year-deadlines";

/** The longest name kept whole: a longer one is shortened (shorten). */
export const MAX_NAME = 30;

/** How far before a number its name is looked for: an indicator is a few words, and no clause is rescanned whole per number. */
export const MAX_INDICATOR_SPAN = 60;

/**
 * Words that open a clause without naming anything (确保, 力争, 全年 …; the plan year, as 今年 or
 * "2024年": a clause about another year is no target, other-years.ts), and the manner of a verb
 * (高标准建成: the verb, a flow, stays — "高标准农田" is a name and keeps its 高标准), and 再 before a
 * verb ("在…基础上再新建", "今年再建成": not 再生资源).
 */
const MANNER =
  "确保|力争|争取|努力|全力|力求|加快|积极|着力|继续|持续|进一步|同时|并且|并|和|及|与|其中|今年|本年度?|(?:19|20)\\d{2}\\s*年度?|全年|全市(?!性)|年内|拟安排|拟|分别|(?:高标准|高质量)(?=新建|建成|建设|实施|打造|推进)|再(?=新建|建成|新增|建设|实施|打造|改造|开工|完成|培育)";
/** Manner and filler, and the light verbs that open a clause about a process (推动物业服务覆盖…, 推进…建设, 实现…联网). */
const LEADING_FILLER = new RegExp(`^(?:${MANNER}|推动|推进|促进|实现)+`);
const LEADING_MANNER = new RegExp(`^(?:${MANNER})+`);
/** Verbs of doing that precede the thing counted (新增高标准农田 → 高标准农田). */
const LEADING_ACTION =
  /^(?:新建改扩建|新建|改扩建|新增|安排|实施|建成(?!区)|建设|打造|培育|创建|争创|完成|组织|策划|开展|引入|招引|谋划|评选|遴选|认定|形成|办理|举办|引育|新培育|开工建设|竣工交付|开工|建好用好|高质量建设|高标准建成|高标准实施|高质量打造|改造提升|改造|提升|开通|新创建|落户|推介|新签约|归集发布|发布|建设筹集|竣工|增加|新参股设立)/;
/**
 * Verbs that make the figure a flow — added, started or finished this year — rather than a stock:
 * they stay in the indicator, or "新增规模以上工业企业260家" would read as a total of 260.
 */
const FLOW_VERBS = "新建改扩建|新建|改扩建|改造提升|改造|新增|增加(?!值)|新培育|新创建|新签约|新备案|新参股设立|开工建设|开工|竣工交付|竣工|建成(?!区)";
const FLOW_VERB = new RegExp(`^(?:${FLOW_VERBS})`);
/**
 * Verbs of work on the things counted — built (建设, 打造, 建好用好) or improved (完善, 改善, 提升,
 * 升级; 改造 is a flow verb already) — stay too: without them "建设高标准农田15万亩" reads as all the
 * farmland there is, "完善10个育新基地功能" as a quality counted. Not 实施, 完成, 开展, 举办 …: they say
 * only that the thing counted is carried out, and a 项目, 工程, 活动 or 治理 is work already.
 */
const WORK_VERBS = "建设筹集|建设(?!用地)|建好用好|打造|完善|改善|提升(?![至到])|升级";
/**
 * Verbs that gain the things counted this year, as a flow verb adds them: recognised (培育, 引育,
 * 认定, 争创, 创建, 评选, 遴选: titles won this year), brought in (引入, 招引, 落户) or planned (谋划:
 * projects readied this year, before 签约 and 开工). Without them "培育数字化转型服务商15家" reads as
 * all the providers there are, "谋划亿元以上产业项目200个" as the projects in hand. Not 组织, 策划,
 * 举办, 安排 …: an 活动 or a 项目 arranged is carried out, as with 实施.
 */
export const RECOGNITION_VERBS = "培育|引育|认定|争创|创建|评选|遴选";
const GAINED_VERBS = `${RECOGNITION_VERBS}|引入|招引|落户|谋划`;
/** What stays before things counted, not before a rate or a sum of money (see countsThings). */
const VERB_ON_THINGS = new RegExp(`^(?:${WORK_VERBS}|${GAINED_VERBS})`);
/** A run of flow, work and gaining verbs a segment opens with, kept whole ("提升改造", "升级改造"). */
const KEPT_VERBS = new RegExp(`^(?:${FLOW_VERBS}|${WORK_VERBS}|${GAINED_VERBS})+`);
/**
 * A figure of things, not a rate or a sum of money: a work verb names what is done to things
 * counted; before a measure of its own ("提升…覆盖率到45%", "建设…完成投资100亿元") the comparator
 * says which way it goes, and the name stays the measure.
 */
export const countsThings = (unit: string | null) => !isRateOfChangeUnit(unit) && !/元$/.test(unit ?? "");
/**
 * Verbs and qualifiers between the indicator and its number (达到, 增长, 控制在 …). 高于 / 低于
 * only right before the number ("失业率低于5.5%"): with a reference between ("高于全省8个百分点")
 * the number is a margin over it, and the reference stays in the indicator.
 */
const TRAILING_PREDICATE = new RegExp(
  `(?:分别|力争|努力|保持|稳定|控制|提高|提升|增长|增加|达到|${AS_MUCH_AS}|达|${AT_LEAST_WORDS}|跨越|跨过|迈上|站上|不超过|高于|低于|${REDUCED_TO}|${APPROX_WORD}|为|在|到|至|拟按|按|累计|等)+$`,
);

/** The 将 / 把 that puts an object before its verb ("将…控制在", "把…减少到"). */
const DISPOSAL = /^(?:将(?!近)|把)/;

/**
 * What leads to a time and leaves the name with it: 截至 / 截止 ("截至年底累计建成…"), and 到 / 至 / 从 opening the
 * text ("到年底累计建成…", "力争到6月底…", "从2024年到2026年…"), not a 到 of a verb before it ("提高到").
 */
const LEAD_REMOVED_WITH_TIME = new RegExp(`(?:截[至止]到?|^(?<stretch>(?:\\s*${STRETCH})*)\\s*[到至从])\\s*$`);

/**
 * The text without its time phrases, but for an occasion that says what is counted ("牡丹文化节期间签约…"):
 * only the year written before it leaves ("2025年春节期间签约…" → 春节期间签约…), as any year does.
 */
export function removeTimePhrases(s: string): string {
  const phrases = findTimePhrases(s);
  let out = s;
  for (const p of phrases.reverse()) {
    if (p.inName) {
      const year = OCCASION_YEAR.exec(out.slice(p.start, p.end));
      if (year) out = out.slice(0, p.start) + out.slice(p.start + year[0].length);
      continue;
    }
    const lead = LEAD_REMOVED_WITH_TIME.exec(out.slice(0, p.start));
    const from = lead ? lead.index + (lead.groups?.stretch?.length ?? 0) : p.start;
    out = out.slice(0, from) + out.slice(p.end);
  }
  return out;
}

/** Without the spaces and punctuation around a name. */
export function tidy(s: string): string {
  return s.replace(/^[\s、，,：:（(]+|[\s、，,：:）)]+$/g, "").replace(/\s{2,}/g, " ");
}

let lastSegment: string | null = null;
let lastUntimed = "";
function untimed(segment: string): string {
  if (segment !== lastSegment) {
    lastSegment = segment;
    lastUntimed = tidy(removeTimePhrases(segment));
  }
  return lastUntimed;
}
function withoutFiller(segment: string): string {
  return untimed(segment).replace(LEADING_FILLER, "");
}

/**
 * 推进 says the things counted are worked on, not that they are done ("推进…31项市政道路工程" →
 * 推进市政道路工程). The filler drops it, as it does where 推进 opens a process ("推进乡村振兴示范区
 * 建设"), so it is looked for after the manner alone. "推进" or "".
 */
function workedOn(segment: string): string {
  return /^推进/.test(untimed(segment).replace(LEADING_MANNER, "")) ? "推进" : "";
}

/**
 * The verb a segment opens with that stays in the name and carries to a list's bare items: a flow
 * verb ("新增", "开工建设") or a verb of work on the things counted ("建设", "完善", "推进"), or "".
 */
export function flowVerb(segment: string): string {
  return KEPT_VERBS.exec(withoutFiller(segment))?.[0] ?? workedOn(segment);
}

/**
 * Verbs whose object is a problem: they stay in the indicator, before or after the number
 * ("治理水土流失200平方公里", "打通15条断头路") — without them the target would read as
 * 200 km² of soil erosion, or 15 dead-end roads.
 */
const PROBLEM_VERBS = "治理|整治|消除|淘汰|拆除|关停|清理|削减|查处|打通|处置|化解";
const PROBLEM_VERB = new RegExp(`^(?:${PROBLEM_VERBS})`);

/** A flow, work or problem verb written right before the number, after a place or a condition ("在…的区域新建", "利用闲置空间…等建设"). */
const KEPT_VERB_BEFORE_NUMBER = new RegExp(`(?:${FLOW_VERBS}|${WORK_VERBS}|${PROBLEM_VERBS})$`);

/**
 * Words that say how the figure after them compares ("新建约50个…", "惠及近3000户农户", "新建超过50个…"):
 * not the verb's, nor the name's.
 */
const FIGURE_WORDS = new RegExp(`(?:${APPROX_WORD}|${AT_LEAST_WORDS})+$`);

/**
 * Verbs of reach: what a segment says before the number reaches is part of the name
 * ("推动物业服务覆盖300个老旧小区" counts 老旧小区 that 物业服务 covers, not 老旧小区).
 */
const REACH_VERB = /覆盖|惠及/;
const REACH_OPENING = new RegExp(`^(?:${REACH_VERB.source})`);

/** Whether a name opens with what reaches the things counted ("覆盖二级以上医疗机构…"): it says not what does. */
export function opensWithReach(name: string): boolean {
  return REACH_OPENING.test(name);
}

/**
 * The words before a percent written before its noun ("其他三级公立医院50%的门诊预约号源"): the
 * whole the share is taken from, which stays in the name.
 */
export function shareScope(segment: string): string {
  const scope = tidy(withoutFiller(segment).replace(TRAILING_PREDICATE, ""));
  // "完成80%的改造任务": a verb, no whole; what stays of it is keptVerb's to say.
  return LEADING_ACTION.test(scope) ? "" : scope;
}

/**
 * What stays with a thing counted after the number ("新增", "打通" …): the verb the segment opens
 * with, or the one written right before the number ("在“老老人”较多的区域新建50个养老服务中心");
 * a segment that says what reaches the thing counted stays whole ("物业服务覆盖"). Or "".
 */
export function keptVerb(segment: string): string {
  const s = withoutFiller(segment).replace(FIGURE_WORDS, "");
  if (REACH_VERB.test(s)) return tidy(s);
  if (COORDINATED_VERBS.test(s)) return s;
  return KEPT_VERBS.exec(s)?.[0] ?? PROBLEM_VERB.exec(s)?.[0] ?? KEPT_VERB_BEFORE_NUMBER.exec(s)?.[0] ?? workedOn(segment);
}

/**
 * A flow or problem verb joined with another verb right up to the number ("新建和更新60处…运动场地",
 * "新建或改造"): the thing counted follows the number, so what stands between is the other verb,
 * and the figure counts both — the name keeps the pair, not 新建 alone.
 */
const COORDINATED_VERBS = new RegExp(`^(?:${FLOW_VERBS}|${WORK_VERBS}|${PROBLEM_VERBS})(?:\\s*[和及与或、]\\s*[\\u4e00-\\u9fff]{1,4})+$`);

/** Verbs that do not name a counted thing but are no LEADING_ACTION either (发行专项债券 keeps its verb); 争取 is a LEADING_FILLER, gone before this is tested. */
const SUPPORT_VERBS = "支持|鼓励|引导|推动|帮助|指导|动员";
const OTHER_VERB = new RegExp(`^(?:发行|引进|${SUPPORT_VERBS}|吸引|带动|拉动|兑现|落实|盘活|减少|降低|压减|节约)`);

/**
 * Whether a segment is a bare noun before its number ("规模以上工业企业260家"): no verb of its own
 * at the start, and no predicate before the number (达到, 不低于, 突破 …, which make it a level or
 * a total). Only such an item takes the flow verb of the list it follows.
 */
export function isBareNoun(segment: string): boolean {
  const s = withoutFiller(segment);
  return s.length > 0 && !LEADING_ACTION.test(s) && !VERB_ON_THINGS.test(s) && !OTHER_VERB.test(s) && !PROBLEM_VERB.test(s) && !workedOn(segment) && tidy(s.replace(TRAILING_PREDICATE, "")) === s;
}

/**
 * A verb of support and those it supports, listed up to 等 ("支持企业、高等院校等"): they are not
 * what is counted, what they do is ("…等申建院士工作站、中原学者工作站等3-5个"). An item is two
 * characters or more, so the 等 of a word (高等院校) ends no list.
 */
const SUPPORTED_ACTORS = new RegExp(`^(?:${SUPPORT_VERBS})(?:[\\u4e00-\\u9fff]{2,8}、)*[\\u4e00-\\u9fff]{2,8}?等(?=[\\u4e00-\\u9fff])`);

/**
 * Units that count those supported, with the words such things end in: 家 and 户 count firms and
 * bodies, 所 schools, 人 and 名 people.
 */
const COUNTED_AS: [unit: RegExp, thing: RegExp][] = [
  [/^[万千]?[家户]$/, /(?:企业|公司|机构|单位|主体|[商农用住]户|家庭|银行|医院|平台|中心|工厂|门店|园区|基地)$/],
  [/^[万千]?所$/, /(?:院校|学校|高校|大学|中学|小学|幼儿园|医院)$/],
  [/^[万千]?(?:人|名|位|人次)$/, /(?:人才|人员|专家|学者|青年|毕业生|农民|居民|职工|劳动力|团队)$/],
];

/**
 * Whether the figure counts those supported themselves ("推动企业等上云5000家": 5000 firms): its
 * unit is one they are counted in, and what they do names no such thing of its own ("支持企业等
 * 新建研发机构10家" counts the institutes).
 */
function countsSupported(actors: string, does: string, unit: string | null): boolean {
  const done = does.replace(/等$/, "");
  return COUNTED_AS.some(([u, thing]) => u.test(unit ?? "") && actors.split(/[、等]/).some((a) => thing.test(a)) && !thing.test(done));
}

/**
 * The segment from what those supported do ("支持企业等申建…" → "申建…"), or the segment as it
 * was: when nothing else is what `unit` counts (countsSupported).
 */
function withoutSupported(segment: string, unit: string | null): string {
  const s = untimed(segment).replace(LEADING_MANNER, "");
  const actors = SUPPORTED_ACTORS.exec(s);
  if (!actors) return segment;
  const does = tidy(s.slice(actors[0].length).replace(TRAILING_PREDICATE, ""));
  return countsSupported(actors[0], does, unit) ? segment : s.slice(actors[0].length);
}

/**
 * Indicator from the text written before the number ("力争房地产开发投资增长" → "房地产开发投资");
 * `unit`, the figure's, tells things counted from a measure of its own (see countsThings).
 */
export function indicatorBefore(written: string, unit: string | null = null): string {
  const segment = withoutSupported(written, unit);
  let s = withoutFiller(segment);
  const withoutAction = s.replace(LEADING_ACTION, "");
  // Keep the verb when it makes the figure a flow ("新增高新技术企业") or says what is done to the
  // things counted ("建设高标准农田"), or when nothing but a word or two would remain ("完成投资").
  const kept = FLOW_VERB.test(s) || (countsThings(unit) && VERB_ON_THINGS.test(s));
  if (!kept && withoutAction.replace(TRAILING_PREDICATE, "").length > 2) s = withoutAction;
  const named = s.replace(TRAILING_PREDICATE, "");
  // "将城镇调查失业率控制在5.5%以内", "把亏损企业减少到10家": 将 / 把 put the object before the verb
  // that sets its level, and name nothing (not 将近, "nearly").
  s = named.length < s.length ? named.replace(DISPOSAL, "") : named;
  s = tidy(withoutYearBefore(s));
  // 推进, gone with the filler, is put back before things counted ("推进…工程").
  return s && !kept && countsThings(unit) && workedOn(segment) ? `推进${s}` : s;
}

/**
 * What a clause without a figure says is built ("加快建设试点集镇" → 试点集镇, "推进乡村振兴示范区建设"
 * → 乡村振兴示范区, "推进地铁3号线建设" → 地铁3号线), or "" when it says something else.
 */
const BUILT_NAME = "([\\u4e00-\\u9fff“”\"0-9A-Za-z]{2,12})";
const BUILDS_NAME = new RegExp(`^(?:建设|打造)${BUILT_NAME}$`);
const NAME_BUILT = new RegExp(`^${BUILT_NAME}建设$`);
export function builtObject(clause: string): string {
  const s = withoutFiller(clause);
  const m = BUILDS_NAME.exec(s) ?? NAME_BUILT.exec(s);
  return m && !LEADING_ACTION.test(m[1]) ? m[1] : "";
}

/** An indicator without the verb it opens with ("新签约亿元以上产业项目" → "亿元以上产业项目"). */
export function withoutLeadingVerb(indicator: string): string {
  return indicator.replace(LEADING_ACTION, "");
}

export function shorten(indicator: string, max = MAX_NAME): string {
  if (indicator.length <= max) return indicator;
  // "A、B…": whole items of a list go from the front, not half a word.
  for (let i = indicator.indexOf("、"); i >= 0; i = indicator.indexOf("、", i + 1)) {
    if (indicator.length - i - 1 <= max) return indicator.slice(i + 1);
  }
  return indicator.slice(indicator.length - max);
}
