import "server-only";
import { db, type Tx } from "@/lib/db";
import { snapshotCached } from "@/lib/cache/snapshot-cache";
import { SETTINGS, type SettingKey, type SettingValues } from "./settings";

const readCommitted = snapshotCached(() => readSettings(db));

/**
 * Every setting, stored values validated and defaults filled in. Read through the snapshot cache
 * unless a transaction's client is given (a write must read inside its own transaction).
 */
export function getSettings(client: Pick<Tx, "setting"> = db): Promise<SettingValues> {
  return client === db ? readCommitted() : readSettings(client);
}

async function readSettings(client: Pick<Tx, "setting">): Promise<SettingValues> {
  const rows = await client.setting.findMany();
  const stored = new Map(rows.map((r) => [r.key, r.value]));
  const out = {} as Record<SettingKey, unknown>;
  for (const key of Object.keys(SETTINGS) as SettingKey[]) {
    const parsed = SETTINGS[key].schema.safeParse(stored.get(key));
    out[key] = parsed.success ? parsed.data : SETTINGS[key].default;
  }
  return out as SettingValues;
}
