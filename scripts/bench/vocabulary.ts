// Chinese names for the bench data: cities issuing reports, departments, section titles and the
// indicators commitments are made of, shaped like the real reports in data/reports.
import type { Comparator } from "@/lib/generated/prisma/enums";

export const CITIES = [
  "郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌",
  "漯河", "三门峡", "南阳", "商丘", "信阳", "周口", "驻马店", "济源", "巩义", "荥阳",
  "新密", "新郑", "登封", "中牟", "偃师", "孟津", "新安", "栾川", "嵩县", "汝阳",
  "宜阳", "洛宁", "伊川", "兰考", "杞县", "通许", "尉氏", "汝州", "舞钢", "林州",
  "滑县", "长垣", "辉县", "卫辉", "沁阳", "孟州", "禹州", "长葛", "义马", "灵宝",
] as const;

/** Departments beyond the 40 of the Luoyang seed list, to reach a province-scale 60. */
export const EXTRA_DEPARTMENTS = [
  "市大数据局", "市国资委", "市金融工作局", "市乡村振兴局", "市粮食和物资储备局", "市人防办",
  "市机关事务管理局", "市信访局", "市地方志办", "市公共资源交易中心", "市供销社", "市住房公积金中心",
  "市医疗保障局", "市林业局", "市畜牧局", "市文物局", "市招商局", "市航空港管委会", "市数据中心", "市消防救援支队",
  "市气象局", "市邮政管理局", "市烟草专卖局", "市税务局", "市海关", "市地震局", "市档案馆", "市残联", "市红十字会", "市科协",
] as const;

export const SECTION_TITLES = [
  "着力扩大有效需求", "加快建设现代化产业体系", "深化改革扩大开放", "全面推进乡村振兴",
  "推进以人为核心的新型城镇化", "持续改善生态环境", "加强科技创新", "保障和改善民生",
  "统筹发展和安全", "加强政府自身建设",
] as const;

export const SECTION_NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"] as const;

export interface IndicatorTemplate {
  name: string;
  unit: string;
  comparator: Comparator;
  /** Range of the target value (for RANGE: of its minimum; the maximum is 1.5×). */
  min: number;
  max: number;
}

export const NUMERIC_INDICATORS: readonly IndicatorTemplate[] = [
  { name: "新增高标准农田", unit: "万亩", comparator: "AT_LEAST", min: 5, max: 60 },
  { name: "实施10亿元以上重大项目", unit: "个", comparator: "AT_LEAST", min: 50, max: 400 },
  { name: "城镇新增就业", unit: "万人", comparator: "AT_LEAST", min: 2, max: 15 },
  { name: "新建改建农村公路", unit: "公里", comparator: "AT_LEAST", min: 100, max: 1200 },
  { name: "新开工保障性租赁住房", unit: "套", comparator: "AT_LEAST", min: 1000, max: 20000 },
  { name: "改造城镇老旧小区", unit: "个", comparator: "EQUAL", min: 50, max: 600 },
  { name: "新增养老床位", unit: "张", comparator: "AT_LEAST", min: 500, max: 5000 },
  { name: "新建改扩建中小学和幼儿园", unit: "所", comparator: "EQUAL", min: 10, max: 120 },
  { name: "完成营造林", unit: "万亩", comparator: "AT_LEAST", min: 5, max: 50 },
  { name: "实际利用外资", unit: "亿美元", comparator: "AT_LEAST", min: 5, max: 40 },
  { name: "新增5G基站", unit: "个", comparator: "EQUAL", min: 1000, max: 8000 },
  { name: "粮食总产量", unit: "万吨", comparator: "AT_LEAST", min: 100, max: 700 },
  { name: "新增城市绿地", unit: "万平方米", comparator: "APPROX", min: 50, max: 500 },
  { name: "培育专精特新中小企业", unit: "家", comparator: "RANGE", min: 30, max: 200 },
  { name: "新增国家高新技术企业", unit: "家", comparator: "RANGE", min: 50, max: 400 },
  { name: "地区生产总值增长", unit: "%", comparator: "GROWTH", min: 4, max: 8 },
  { name: "规模以上工业增加值增长", unit: "%", comparator: "GROWTH", min: 5, max: 9 },
  { name: "固定资产投资增长", unit: "%", comparator: "GROWTH", min: 6, max: 12 },
  { name: "社会消费品零售总额增长", unit: "%", comparator: "GROWTH", min: 5, max: 8 },
  { name: "一般公共预算收入增长", unit: "%", comparator: "GROWTH", min: 3, max: 7 },
  { name: "城镇调查失业率", unit: "%", comparator: "AT_MOST", min: 5, max: 6 },
  { name: "PM2.5平均浓度", unit: "微克/立方米", comparator: "AT_MOST", min: 35, max: 50 },
  { name: "居民消费价格涨幅", unit: "%", comparator: "APPROX", min: 3, max: 3 },
  { name: "新增省级以上研发平台", unit: "家", comparator: "AT_LEAST", min: 10, max: 80 },
  { name: "建设城市地下管网", unit: "公里", comparator: "AT_LEAST", min: 50, max: 500 },
];

export const MILESTONES = [
  "完成公交集团股权划转", "建成投用市民服务中心", "出台优化营商环境实施方案", "开通运营地铁新线",
  "完成国有企业改革三年行动", "建成智慧城市运营中心", "启动城市更新示范区建设", "完成河湖长制考核",
  "建成区域医疗中心", "实现政务服务一网通办", "完成第五次全国经济普查入户登记", "建成投用冷链物流园区",
] as const;

export const NARRATIVES = [
  "按计划推进，各项工作有序开展。", "已完成阶段性目标，正在组织验收。", "受季节因素影响，进度略有滞后，已制定追赶措施。",
  "项目全部开工，资金已拨付到位。", "统计数据已报市统计局复核。", "已召开专题推进会，明确责任分工。",
] as const;

export const RETURN_NOTES = ["请补充佐证材料。", "数据口径与统计部门不一致，请核实。", "请说明滞后原因。"] as const;
