import { formatZonedTime } from "@/lib/time/date-time-format";

/** "2023-06-30 14:05", China time: when a reviewer acted, as officials read it. */
export function formatDateTime(iso: string, timeZone = "Asia/Shanghai"): string {
  return formatZonedTime(new Date(iso), { timeZone });
}

/** "1.2 MB", "340 KB": evidence sizes. */
export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MB`;
  if (size >= 1024) return `${Math.round(size / 1024)} KB`;
  return `${size} B`;
}
