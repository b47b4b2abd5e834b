// Luoyang's city government departments (洛阳市人民政府工作部门), as the seed creates them.
// `code` is a short stable key used in URLs, exports and the department keyword table.
export interface DepartmentSeed {
  code: string;
  name: string;
}

export const LUOYANG_DEPARTMENTS: readonly DepartmentSeed[] = [
  { code: "GOV-OFFICE", name: "市政府办公室" },
  { code: "DRC", name: "市发展改革委" },
  { code: "EDU", name: "市教育局" },
  { code: "SCI", name: "市科技局" },
  { code: "MIIT", name: "市工业和信息化局" },
  { code: "ETHNIC", name: "市民族宗教局" },
  { code: "PSB", name: "市公安局" },
  { code: "CIVIL", name: "市民政局" },
  { code: "JUSTICE", name: "市司法局" },
  { code: "FIN", name: "市财政局" },
  { code: "HRSS", name: "市人力资源社会保障局" },
  { code: "NRP", name: "市自然资源和规划局" },
  { code: "ECO", name: "市生态环境局" },
  { code: "HOUSING", name: "市住房城乡建设局" },
  { code: "URBAN", name: "市城市管理局" },
  { code: "TRANSPORT", name: "市交通运输局" },
  { code: "WATER", name: "市水利局" },
  { code: "AGRI", name: "市农业农村局" },
  { code: "COMMERCE", name: "市商务局" },
  { code: "CULTOUR", name: "市文化广电和旅游局" },
  { code: "HEALTH", name: "市卫生健康委" },
  { code: "VETERANS", name: "市退役军人事务局" },
  { code: "EMERGENCY", name: "市应急管理局" },
  { code: "AUDIT", name: "市审计局" },
  { code: "FOREIGN", name: "市外事办" },
  { code: "SASAC", name: "市政府国资委" },
  { code: "MARKET", name: "市市场监管局" },
  { code: "SPORT", name: "市体育局" },
  { code: "STATS", name: "市统计局" },
  { code: "MEDICARE", name: "市医疗保障局" },
  { code: "RURAL", name: "市乡村振兴局" },
  { code: "FORESTRY", name: "市林业局" },
  { code: "FINANCE-REG", name: "市地方金融监管局" },
  { code: "DATA", name: "市政务服务和大数据管理局" },
  { code: "PETITION", name: "市信访局" },
  { code: "ADMIN-AFFAIRS", name: "市机关事务管理局" },
  { code: "CIVIL-DEFENSE", name: "市人防办" },
  { code: "GRAIN", name: "市粮食和物资储备局" },
  { code: "SUPERVISION", name: "市政府督查室" },
];
