import type { workflowZh } from "./workflow.zh";

export const workflowEn: Record<keyof typeof workflowZh, string> = {
  "workflow.placeholder.remove": "(example, remove)",
};
