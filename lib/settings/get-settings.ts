import "server-only";
import { db, type Tx } from "@/lib/db";
import { SETTINGS, type SettingKey, type SettingValues } from "./settings";

/** Every setting, stored values validated and defaults filled in. */
export async function getSettings(client: Pick<Tx, "setting"> = db): Promise<SettingValues> {
  const rows = await client.setting.findMany();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const out = {} as Record<SettingKey, unknown>;
  for (const key of Object.keys(SETTINGS) as SettingKey[]) {
    const parsed = SETTINGS[key].schema.safeParse(stored.get(key));
    out[key] = parsed.success ? parsed.data : SETTINGS[key].default;
  }
  return out as SettingValues;
}
