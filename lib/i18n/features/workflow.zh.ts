// UI strings of the tracking workflow (progress updates, review, change requests, evidence).
export const workflowZh = {
  "workflow.placeholder.remove": "（示例，删除）",
} as const;
