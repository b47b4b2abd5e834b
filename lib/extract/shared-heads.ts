// A head noun shared by a list of modifiers, or by a compound of two, each a target of its own:
//   "城镇、农村居民人均可支配收入分别增长6%、8%" → 城镇居民人均可支配收入 6%, 农村居民人均可支配收入 8%
//   "城乡居民人均可支配收入分别增长6%、8%"     → the same two (城乡 is 城镇 and 农村)
// Two statistics, published and met or missed apart: the one named for both would be neither.

/**
 * Modifiers of one kind, which a report lists before one head noun: places, ownership, sectors,
 * school stages, goods checked (食品、药品抽检合格率). Longest first, so an item opens with the whole of its modifier.
 */
const KINDS: string[][] = [
  ["中心城区", "城镇", "农村", "城市", "乡村", "城区", "郊区", "市区", "县城", "乡镇", "山区"],
  ["国有", "民营", "集体", "外资", "公办", "民办", "公立", "私立"],
  ["第一产业", "第二产业", "第三产业", "服务业", "建筑业", "制造业", "工业", "农业"],
  ["学前", "小学", "初中", "高中", "中职", "高职"],
  ["食品", "药品", "化妆品", "医疗器械", "农产品"],
].map((kind) => [...kind].sort((a, b) => b.length - a.length));

/** Compounds of two modifiers of one kind: "城乡" is 城镇 and 农村, "进出口" 进口 and 出口. */
const COMPOUNDS: [compound: string, parts: string[]][] = [
  ["城乡", ["城镇", "农村"]],
  ["工农业", ["工业", "农业"]],
  ["进出口", ["进口", "出口"]],
];

/** The modifier of `kind` a name opens with, or "". */
const openingOf = (name: string, kind: string[]) => kind.find((m) => name.startsWith(m)) ?? "";

/**
 * "城镇、农村居民人均可支配收入" → the head written after the last modifier (居民人均可支配收入) given to
 * each: every item opens with a modifier of the same kind as the last one's, and what it says
 * after its modifier ("城镇居民、农村居民…": 居民) starts the head. Null when the items are no such
 * list ("规上工业、服务业增加值": 规上工业 is no modifier of the kind; enumerations.ts then shares the metric).
 */
export function withSharedHead(items: string[]): string[] | null {
  if (items.length < 2) return null;
  const last = items[items.length - 1];
  for (const kind of KINDS) {
    const modifier = openingOf(last, kind);
    const head = last.slice(modifier.length);
    if (!modifier || head.length === 0) continue;
    const named = items.slice(0, -1).map((item) => {
      const own = openingOf(item, kind);
      const rest = item.slice(own.length);
      return own && head.startsWith(rest) && head.length > rest.length ? item + head.slice(rest.length) : null;
    });
    if (named.every((n) => n !== null)) return [...(named as string[]), last];
  }
  return null;
}

/**
 * "城乡居民人均可支配收入" → 城镇居民人均可支配收入, 农村居民人均可支配收入: a name opening with a compound
 * of `count` modifiers, split, or null. Only where the text says the figures are each one's
 * (分别 with as many figures, 均): alone, "城乡居民人均可支配收入增长7%" names one figure.
 */
export function splitCompound(name: string, count: number): string[] | null {
  const found = COMPOUNDS.find(([compound, parts]) => parts.length === count && name.startsWith(compound) && name.length > compound.length);
  return found ? found[1].map((part) => part + name.slice(found[0].length)) : null;
}
