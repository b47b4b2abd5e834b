// Builds a small synthetic work report around the given plan text, for focused tests.

export function miniReport(plan: string, options: { year?: number; targets?: string } = {}): string {
  const year = options.year ?? 2024;
  return [
    "政府工作报告",
    "",
    `——${year}年1月10日在某市第一届人民代表大会第一次会议上`,
    "",
    "各位代表：",
    "",
    `一、${year - 1}年工作回顾`,
    "",
    "过去一年，地区生产总值增长5%，新增就业1万人，建成学校20所。",
    "",
    `二、${year}年主要目标任务`,
    "",
    `主要预期目标是：${options.targets ?? "地区生产总值增长6%左右。"}`,
    "",
    `三、${year}年重点工作安排`,
    "",
    `（一）抓好重点工作，推动发展。${plan}`,
    "",
    "各位代表！让我们团结奋斗，作出新的更大贡献！",
  ].join("\n");
}
