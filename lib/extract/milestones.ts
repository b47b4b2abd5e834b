// Dated milestones: actions promised by a stated time, without a number
// ("6月底前公交集团完成股权划转、热力集团组建到位" → two milestones).

import type { TimePhrase } from "./deadline";
import type { ClauseBefore } from "./borrowed-subjects";
import { builtObject } from "./indicator";

export interface MilestoneDraft {
  start: number; // relative to the clause
  end: number;
  indicator: string;
}

/** Verbs of completion that make a dated clause a checkable milestone. */
export const COMPLETION_VERB =
  /完成|建成|投产|开工|通车|运营|投用|交付|到位|落地|核准|实现|启动|竣工|上线|开通|挂牌|揭牌|签约|开业|开放|评级|划转|组建|搬迁|验收|批复|出台|印发|施行|获批|贯通|并网|试运行|达效|完工|办结|覆盖/;
const LEADING_WORDS = /^(?:确保|力争|争取|努力|推动|推进|实现|全面|基本|加快)+/;

/**
 * How a completion is done, said without a thing (全面建成, 建成投用, 主体完工, 投入使用): with only
 * these and completion verbs, a milestone names no subject of its own.
 */
const MANNER = /全面|基本|正式|整体|全线|主体|实质性|如期|按期|顺利|率先|尽快|投入|使用|建设|[并和及]/g;

const COMPLETION_VERBS = new RegExp(COMPLETION_VERB.source, "g");

function saysNoSubject(indicator: string): boolean {
  return indicator.replace(COMPLETION_VERBS, "").replace(MANNER, "") === "";
}


function cleanIndicator(text: string): string {
  return text
    .replace(/^[\s，、]+|[\s，、。]+$/g, "")
    .replace(LEADING_WORDS, "")
    .replace(/\s{2,}/g, " ");
}

/**
 * Milestones in a clause that has a stated time (its own, or one set by a preceding
 * time-only clause such as "上半年，"). Parts joined by "、" are separate milestones when
 * each carries its own verb; "开工建设城市文化客厅、城市阳台" stays one. A milestone that says
 * only the action ("年底前建成通车") is of what the clause before builds ("推进西环高速建设" →
 * 西环高速建成通车), quoted from there, as a figure without its subject is (numeric.ts).
 */
export function findMilestones(clause: string, ownTime: TimePhrase | null, builds: Pick<ClauseBefore, "text" | "start"> | null = null): MilestoneDraft[] {
  const pieces: { start: number; end: number }[] = [];
  const re = /[^、]+/g;
  for (let m = re.exec(clause); m; m = re.exec(clause)) pieces.push({ start: m.index, end: m.index + m[0].length });

  const groups: { start: number; end: number }[] = [];
  for (const piece of pieces) {
    const text = clause.slice(piece.start, piece.end);
    const previous = groups[groups.length - 1];
    const previousHasAction = previous !== undefined && COMPLETION_VERB.test(clause.slice(previous.start, previous.end));
    if (previous && (!previousHasAction || !COMPLETION_VERB.test(text))) previous.end = piece.end;
    else groups.push({ ...piece });
  }

  return groups
    .filter((g) => COMPLETION_VERB.test(clause.slice(g.start, g.end)))
    .map((g) => {
      const raw = clause.slice(g.start, g.end);
      let text = raw;
      // "牡丹文化节期间签约…" names what is counted: the occasion stays (deadline.ts, inName).
      if (ownTime && !ownTime.inName && ownTime.start >= g.start && ownTime.end <= g.end) {
        // "力争到6月底完成…": the 到/于/在 that led to the time goes with it (not 于 of 于洪区;
        // "确保在国庆前建成…" is not 在建成…).
        const before = raw.slice(0, ownTime.start - g.start).replace(/[到于在]\s*$/, "");
        text = before + raw.slice(ownTime.end - g.start);
      }
      const start = g.start + (raw.length - raw.trimStart().length);
      const end = g.end - (raw.length - raw.trimEnd().length);
      const indicator = cleanIndicator(text);
      const subject = builds && saysNoSubject(indicator) ? builtObject(builds.text) : "";
      if (subject && builds) return { start: builds.start, end, indicator: subject + indicator };
      return { start, end, indicator };
    })
    .filter((d) => d.indicator.length >= 2);
}
