import { AsyncLocalStorage } from "node:async_hooks";
import v8 from "node:v8";
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { requestSnapshot, snapshotCached } from "@/lib/cache/snapshot-cache";
import { db, department } from "./support";

// The cache's promise: an answer is reused only while no write has committed since it was read.
// Other test files write to the same database at the same time, so "nothing committed" is
// checked, not assumed: equal snapshot texts before and after mean no commit happened between.

function countingNameOf() {
  const calls = { loads: 0 };
  const nameOf = snapshotCached(async (id: number) => {
    calls.loads++;
    return (await db.department.findUniqueOrThrow({ where: { id } })).name;
  });
  return { calls, nameOf };
}

describe("snapshot cache", () => {
  it("reads once while the database snapshot stays the same", async () => {
    const dept = await department();
    for (let attempt = 0; attempt < 200; attempt++) {
      const { calls, nameOf } = countingNameOf();
      const before = await requestSnapshot();
      const [a, b] = [await nameOf(dept.id), await nameOf(dept.id)];
      const after = await requestSnapshot();
      if (before !== after) continue; // another test committed in between: try again
      expect([a, b]).toEqual([dept.name, dept.name]);
      expect(calls.loads).toBe(1);
      return;
    }
    throw new Error("the database never stayed quiet for two reads");
  });

  it("reads again after a commit, and never keeps what a running transaction has not committed", async () => {
    const dept = await department();
    const { nameOf } = countingNameOf();
    expect(await nameOf(dept.id)).toBe(dept.name);

    await db.$transaction(async (tx) => {
      await tx.department.update({ where: { id: dept.id }, data: { name: `${dept.name}（改）` } });
      // Outside the transaction the rename is not visible yet, whatever was cached.
      expect(await nameOf(dept.id)).toBe(dept.name);
    });
    expect(await nameOf(dept.id)).toBe(`${dept.name}（改）`);
  });

  it("keeps the value it loaded, not the request it loaded it in", async () => {
    // Next keeps each request's store (request, response, render state) in an AsyncLocalStorage;
    // on Node 20 and 22 (AsyncLocalStorage on async_hooks) every promise made during the request
    // carries it, so a kept promise kept the request.
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const als = new AsyncLocalStorage<object>();
    const dept = await department();
    await db.department.count(); // a pooled connection exists already: none is opened inside the request
    for (let attempt = 0; attempt < 200; attempt++) {
      const { calls, nameOf } = countingNameOf();
      let request: object | null = { response: new Uint8Array(1 << 20) };
      const gone = new WeakRef(request);
      const before = await requestSnapshot();
      expect(await als.run(request, () => nameOf(dept.id))).toBe(dept.name);
      request = null;
      await new Promise((resolve) => setImmediate(resolve));
      gc();
      expect(gone.deref()).toBeUndefined();
      // The value is still kept: asked again at the same snapshot, it is not loaded again.
      const again = await nameOf(dept.id);
      if ((await requestSnapshot()) !== before) continue; // another test committed: try again
      expect([again, calls.loads]).toEqual([dept.name, 1]);
      return;
    }
    throw new Error("the database never stayed quiet for two reads");
  });

  it("does not keep a failed load", async () => {
    let loads = 0;
    const flaky = snapshotCached(async (fail: boolean) => {
      loads++;
      if (fail) throw new Error("boom");
      return loads;
    });
    await expect(flaky(true)).rejects.toThrow("boom");
    await expect(flaky(true)).rejects.toThrow("boom");
    expect(loads).toBe(2);
  });
});
