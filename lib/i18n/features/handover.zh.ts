// Handing over a departing official's work: the list's 责任人 filter, what disabling them would
// leave behind, the bulk owners form's clearing, and disabled accounts marked where named.
export const handoverZh = {
  "people.disabledName": "{name}（已停用）",
  "list.responsible": "责任人",
  "list.responsibleOnly": "仅列出责任人为{name}的目标任务。",
  "list.responsibleClear": "取消按责任人筛选",
  "list.selectPage": "全选本页 {count} 项",
  "owners.clearResponsible": "清空责任人（暂不指定）",
  "owners.pickLeadOrSameLead": "请先选择牵头单位，或勾选牵头单位相同的目标任务，再指定责任人；清空责任人不受此限。",
  "owners.commonLead": "所选目标任务的牵头单位相同：可从该单位的经办人中指定责任人。",
  "users.stillResponsibleLink": "查看这 {count} 项目标任务",
  "users.disableResponsibleNote": "该用户是 {count} 项未办结目标任务的责任人：须先为这些目标任务更换或清空责任人，否则不能停用。",
} as const;
