// The admin's log read by kind of event (类别), and a bulk action's events under one line.
export const auditLogViewZh = {
  "auditLog.eventKind": "类别",
  "auditLog.eventKind.account": "账号与权限",
  "auditLog.eventKind.signIn": "登录",
  "auditLog.eventKind.work": "督办事项",
  "auditLog.eventKind.refused": "拒绝的操作",
  "auditLog.eventKind.settings": "系统设置",
  "auditLog.batch": "{action}：{count} 项",
  "auditLog.batch.list": "逐项查看",
} as const;
