// Suggested lead department: a keyword table the admin can edit. The default table uses
// the department names of lib/departments/luoyang-departments.ts.

import type { DepartmentKeywords } from "./types";

export const DEFAULT_DEPARTMENT_KEYWORDS: DepartmentKeywords = [
  { department: "市统计局", keywords: ["统计"] },
  { department: "市医疗保障局", keywords: ["医保", "异地就医", "DIP"] },
  { department: "市乡村振兴局", keywords: ["脱贫", "监测对象", "返贫", "乡村振兴"] },
  { department: "市人力资源社会保障局", keywords: ["就业", "失业", "技能人才", "职业技能", "工匠", "创业担保", "返乡创业", "劳动力", "人才团队", "领军人才", "高校毕业生"] },
  { department: "市科技局", keywords: ["研发", "科技", "高新技术", "创新平台", "实验室", "中试基地", "新型研发机构", "院士", "技术合同", "创新项目", "关键技术", "科创", "成果转化", "科技型中小企业"] },
  { department: "市工业和信息化局", keywords: ["工业", "专精特新", "中小企业", "制造", "智能制造", "5G", "基站", "工业互联网", "数字化转型", "产业集群", "绿色工厂", "绿色制造", "机器换人", "产业研究院", "数字经济", "算力", "退城入园", "入规"] },
  { department: "市发展改革委", keywords: ["生产总值", "GDP", "劳动生产率", "固定资产投资", "重大项目", "重点项目", "储备项目", "完成投资", "居民消费价格", "物价", "能耗", "碳", "居民收入", "民营经济", "城镇化率", "高铁", "抽水蓄能", "电站"] },
  { department: "市财政局", keywords: ["一般公共预算", "财政", "专项债", "赤字"] },
  { department: "市地方金融监管局", keywords: ["融资", "上市", "金融", "基金", "贷款", "债券", "REITs"] },
  { department: "市商务局", keywords: ["消费", "零售", "进出口", "外贸", "电商", "品牌首店", "夜间市场", "招商", "签约", "外资", "自贸", "综保区", "服务外包", "步行街", "商圈", "预制菜", "集装箱", "中欧班列"] },
  { department: "市文化广电和旅游局", keywords: ["游客", "旅游", "文旅", "非遗", "剧本娱乐", "博物馆", "文化", "演出", "演艺", "阅读", "文物", "遗址"] },
  { department: "市住房城乡建设局", keywords: ["住房", "保障性租赁住房", "棚改", "安置房", "经济适用房", "公租房", "老旧小区", "商品房", "房地产", "保障房", "物业", "建筑", "供热", "青年驿站", "城市更新", "集镇"] },
  { department: "市城市管理局", keywords: ["垃圾", "停车", "充电桩", "城市管理", "市容", "背街小巷", "绿道", "超充站"] },
  { department: "市交通运输局", keywords: ["高速", "公路", "航线", "旅客吞吐量", "交通", "快递", "地铁", "公交", "轨道", "断头路", "市政道路", "疏堵", "信号灯", "路口"] },
  { department: "市水利局", keywords: ["水利", "水土流失", "灌区", "水库", "河湖", "自来水", "供水", "防汛", "积水点"] },
  { department: "市农业农村局", keywords: ["农田", "粮食产量", "良种", "养殖", "饲养量", "农业", "农民合作社", "家庭农场", "龙头企业", "改厕", "村庄", "示范村", "精品村", "农村", "蔬菜", "果园", "一村一品"] },
  { department: "市林业局", keywords: ["造林", "林长", "绿化", "森林", "国土绿化", "公园"] },
  { department: "市生态环境局", keywords: ["地表水", "污染", "PM2.5", "空气", "生态环境", "水体", "排放", "受污染耕地", "断面", "绿电"] },
  { department: "市自然资源和规划局", keywords: ["土地", "国土空间", "规划", "耕地", "矿山", "违法建设"] },
  { department: "市卫生健康委", keywords: ["医院", "医疗", "卫生", "健康", "医共体", "门诊", "病历", "托育"] },
  { department: "市教育局", keywords: ["学校", "幼儿园", "高中", "教育", "学位", "职业学校", "大学", "学生"] },
  { department: "市体育局", keywords: ["体育", "体育公园", "健身", "运动会", "赛事", "运动场地"] },
  { department: "市民政局", keywords: ["养老", "养老服务", "邻里中心", "便民服务站", "社会救助", "社区养老", "养老床位", "加装电梯"] },
  { department: "市市场监管局", keywords: ["市场主体", "食品安全", "产品质量", "质量强市", "知识产权", "个体工商户"] },
  { department: "市政务服务和大数据管理局", keywords: ["政务服务", "数字政府", "大数据", "审批", "营商环境", "有诉即办", "智慧城市", "一件事", "京通", "京办"] },
  { department: "市政府国资委", keywords: ["国企", "国资", "股权划转", "信用评级", "混改", "股改", "集团组建", "热力集团", "公交集团"] },
  { department: "市应急管理局", keywords: ["安全生产", "应急", "防灾", "消防", "事故"] },
  { department: "市公安局", keywords: ["治安", "公安", "电信网络诈骗", "平安"] },
  { department: "市司法局", keywords: ["法治", "执法", "司法", "普法"] },
  { department: "市民族宗教局", keywords: ["民族", "宗教"] },
  { department: "市退役军人事务局", keywords: ["退役军人", "双拥", "优抚"] },
  { department: "市外事办", keywords: ["外事", "友好城市", "国际交往"] },
  { department: "市审计局", keywords: ["审计"] },
  { department: "市信访局", keywords: ["信访"] },
  { department: "市人防办", keywords: ["人防", "人民防空"] },
  { department: "市粮食和物资储备局", keywords: ["粮食储备", "物资储备"] },
  { department: "市机关事务管理局", keywords: ["公共机构", "机关事务"] },
  { department: "市政府督查室", keywords: ["督查"] },
  { department: "市政府办公室", keywords: ["政务公开"] },
];

export interface DepartmentContext {
  quote: string;
  indicator: string;
  theme: string | null;
  sectionTitle: string;
}

/**
 * Scores every department by the keywords found in the commitment's own words (weighted
 * most), its theme and its section title; longer keywords are more specific and count
 * more. Ties go to the earlier row, so the admin controls precedence by ordering rows.
 */
export function suggestDepartment(ctx: DepartmentContext, table: DepartmentKeywords): string | null {
  let best: string | null = null;
  let bestScore = 0;
  for (const row of table) {
    let score = 0;
    for (const keyword of row.keywords) {
      if (keyword.length === 0) continue;
      if (ctx.indicator.includes(keyword)) score += 6 * keyword.length;
      else if (ctx.quote.includes(keyword)) score += 3 * keyword.length;
      if (ctx.theme?.includes(keyword)) score += keyword.length;
      if (ctx.sectionTitle.includes(keyword)) score += 0.5 * keyword.length;
    }
    if (score > bestScore) {
      best = row.department;
      bestScore = score;
    }
  }
  return best;
}
