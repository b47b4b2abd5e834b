// Holidays on a fixed day of the Gregorian calendar, read as deadlines: "国庆前" is by 30
// September, "元旦前" by 31 December of the report's year (the next 元旦 is the year after's).
//
// Not here: 春节, 元宵, 端午, 中秋 follow the lunar calendar. Their day moves every year, and
// computing it needs the full Chinese calendar: Intl's (ICU's) is a day off in some years (春节
// 2027 is 6 February, ICU says the 7th; 2030 is 3 February, ICU says the 2nd), and a table per
// year is what we will not keep. Nor events without a fixed day (牡丹文化节前, 汛期前, 开学前).
// Those stay undated (occasions.ts): a clause due before one is kept — a milestone too —
// due at the end of the year with its deadline not stated and the occasion named
// (deadlineOccasion), for the import review to ask the admin for the day.

/** The holiday's name → the last day before it. */
const EVE: Record<string, { month: number; day: number }> = {
  元旦: { month: 12, day: 31 },
  五一劳动节: { month: 4, day: 30 },
  五一: { month: 4, day: 30 },
  劳动节: { month: 4, day: 30 },
  七一: { month: 6, day: 30 },
  国庆节: { month: 9, day: 30 },
  国庆: { month: 9, day: 30 },
};

/**
 * "国庆前", "“五一”之前" (not the 五一 of a larger number, nor 前 starting "前10名"). One capture
 * group: the holiday's name.
 */
export const HOLIDAY_DEADLINE = `(?<![0-9〇零一二三四五六七八九十百千])[“"]?(${Object.keys(EVE).join("|")})[”"]?(?:之前|以前|前)(?![0-9一二三四五六七八九十])`;

export function holidayEve(name: string): { month: number; day: number } | null {
  return EVE[name] ?? null;
}
