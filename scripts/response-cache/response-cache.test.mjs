import { EventEmitter } from "node:events";
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { EntryStore } from "./entry-store.mjs";
import { acceptsGzip, gzippedWithNonce, toEntry, withNonce } from "./kept-answer.mjs";
import { createResponseCache, isReusableRequest, isReusableResponse, TTL_MS } from "./page-cache.mjs";
import { sharedReads } from "./shared-reads.mjs";

const SESSION = "next-auth.session-token=abc; duban-locale=zh";
const CSP = (nonce) => `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`;

function request(url, headers = {}) {
  return { method: "GET", url, headers: { host: "localhost", cookie: SESSION, ...headers } };
}

/** A stand-in for http.ServerResponse: records what is sent, emits finish/close like Node. */
function response() {
  const res = new EventEmitter();
  res.statusCode = 200;
  res.headers = {};
  res.chunks = [];
  res.setHeader = (name, value) => void (res.headers[name.toLowerCase()] = value);
  res.getHeaders = () => ({ ...res.headers });
  res.writeHead = (status) => void (res.statusCode = status);
  res.write = (chunk) => void res.chunks.push(Buffer.from(chunk));
  res.cork = () => {};
  res.end = (chunk) => {
    if (chunk) res.chunks.push(Buffer.from(chunk));
    res.emit("finish");
    res.emit("close");
  };
  res.text = () => {
    const body = Buffer.concat(res.chunks);
    return (res.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(body) : body).toString("utf8");
  };
  return res;
}

/** Next as far as the cache sees it: renders with a nonce of its own and counts its renders. */
function fakeNext(render = (req) => ({ status: 200, body: `<p>${req.url}</p>`, headers: {} })) {
  let n = 0;
  const handle = async (req, res) => {
    n += 1;
    const nonce = `nonce${n}AAAAAAAAAAAAAAAA==`;
    const page = render(req, n);
    res.statusCode = page.status;
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-security-policy", CSP(nonce));
    for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value);
    res.write(`<script nonce="${nonce}"></script>`);
    res.end(page.body);
  };
  return { handle, renders: () => n };
}

function cacheAt(snapshot, clock = { now: 0 }, options = {}) {
  const state = { snapshot };
  const failed = new Set();
  const serve = createResponseCache({ readSnapshot: async () => state.snapshot, now: () => clock.now, failed, ...options });
  return { serve, state, clock, failed };
}

describe("response cache", () => {
  it("reuses a page from its second request at an unchanged snapshot, with a fresh nonce in its CSP and scripts", async () => {
    const next = fakeNext();
    const { serve } = cacheAt("10:10:");
    await serve(request("/dashboard"), response(), next.handle);
    const second = response();
    await serve(request("/dashboard"), second, next.handle);
    expect(second.headers["x-duban-cache"]).toBe("miss");
    const third = response();
    await serve(request("/dashboard"), third, next.handle);
    expect(next.renders()).toBe(2);
    expect(third.headers["x-duban-cache"]).toBe("hit");
    const nonce = /'nonce-([^']+)'/.exec(third.headers["content-security-policy"])[1];
    expect(nonce).not.toBe("nonce2AAAAAAAAAAAAAAAA==");
    expect(third.text()).toBe(`<script nonce="${nonce}"></script><p>/dashboard</p>`);
  });

  it("renders afresh once any commit changed the snapshot", async () => {
    const next = fakeNext((req, n) => ({ status: 200, body: `render ${n}`, headers: {} }));
    const { serve, state } = cacheAt("10:10:");
    await serve(request("/commitments"), response(), next.handle);
    await serve(request("/commitments"), response(), next.handle);
    state.snapshot = "10:11:";
    const after = response();
    await serve(request("/commitments"), after, next.handle);
    expect(next.renders()).toBe(3);
    expect(after.text()).toContain("render 3");
  });

  it("keeps pages apart by session, locale and Next's router headers", async () => {
    const next = fakeNext();
    const { serve } = cacheAt("1:1:");
    await serve(request("/dashboard"), response(), next.handle);
    await serve(request("/dashboard"), response(), next.handle);
    await serve(request("/dashboard", { cookie: "next-auth.session-token=other" }), response(), next.handle);
    await serve(request("/dashboard", { cookie: "next-auth.session-token=abc; duban-locale=en" }), response(), next.handle);
    await serve(request("/dashboard", { rsc: "1" }), response(), next.handle);
    await serve(request("/dashboard?report=2"), response(), next.handle);
    expect(next.renders()).toBe(6);
  });

  it("stops reusing an entry after its time to live and on a new day", async () => {
    const next = fakeNext();
    const { serve, clock } = cacheAt("1:1:", { now: Date.parse("2023-06-30T15:58:00Z") });
    await serve(request("/dashboard"), response(), next.handle);
    await serve(request("/dashboard"), response(), next.handle);
    clock.now += TTL_MS - 1;
    await serve(request("/dashboard"), response(), next.handle);
    expect(next.renders()).toBe(2);
    clock.now += 1;
    await serve(request("/dashboard"), response(), next.handle);
    expect(next.renders()).toBe(3);
    // 16:00 UTC is midnight in Shanghai: overdue counts change with the day.
    clock.now = Date.parse("2023-06-30T16:00:00Z");
    await serve(request("/dashboard"), response(), next.handle);
    await serve(request("/dashboard"), response(), next.handle);
    expect(next.renders()).toBe(5);
  });

  it("never keeps redirects, errors, cookies being set, or requests without a session", async () => {
    const redirect = fakeNext(() => ({ status: 307, body: "", headers: { location: "/login" } }));
    const { serve } = cacheAt("1:1:");
    for (let i = 0; i < 3; i++) await serve(request("/review"), response(), redirect.handle);
    expect(redirect.renders()).toBe(3);
    const setsCookie = fakeNext(() => ({ status: 200, body: "", headers: { "set-cookie": "x=1" } }));
    for (let i = 0; i < 3; i++) await serve(request("/account"), response(), setsCookie.handle);
    expect(setsCookie.renders()).toBe(3);
    const open = fakeNext();
    for (let i = 0; i < 3; i++) await serve(request("/login", { cookie: "" }), response(), open.handle);
    expect(open.renders()).toBe(3);
  });

  it("lets requests that come while a page renders wait for that one render", async () => {
    let finish;
    const gate = new Promise((r) => (finish = r));
    let renders = 0;
    const handle = async (req, res) => {
      renders += 1;
      await gate;
      res.setHeader("content-type", "text/html");
      res.end("<p>once</p>");
    };
    const { serve } = cacheAt("1:1:");
    const answers = [response(), response(), response()];
    const served = answers.map((res) => serve(request("/dashboard"), res, handle));
    await new Promise((r) => setTimeout(r, 0));
    finish();
    await Promise.all(served);
    expect(renders).toBe(1);
    expect(answers.map((res) => res.text())).toEqual(["<p>once</p>", "<p>once</p>", "<p>once</p>"]);
    const later = response();
    await serve(request("/dashboard"), later, handle);
    expect(later.headers["x-duban-cache"]).toBe("hit");
  });

  it("does not keep a page whose render reported an error, nor count refused requests as asked for", async () => {
    let failing = true;
    const { serve, failed } = cacheAt("1:1:");
    const next = fakeNext((req, n) => {
      // Next reports a failed render to instrumentation.ts with the request's headers.
      if (failing) failed.add(req.headers["x-duban-render"]);
      return n === 1 ? { status: 307, body: "", headers: { location: "/login" } } : { status: 200, body: `render ${n}`, headers: {} };
    });
    await serve(request("/dashboard"), response(), next.handle);
    for (let i = 0; i < 3; i++) await serve(request("/dashboard"), response(), next.handle);
    expect(next.renders()).toBe(4);
    expect(failed.size).toBe(0);
    failing = false;
    // The refusal and the failed renders left nothing: the next answer is the first that counts.
    await serve(request("/dashboard"), response(), next.handle);
    await serve(request("/dashboard"), response(), next.handle);
    const hit = response();
    await serve(request("/dashboard"), hit, next.handle);
    expect(next.renders()).toBe(6);
    expect(hit.text()).toContain("render 6");
  });

  it("renders for a waiting request itself when the render it waits for does not end", async () => {
    let renders = 0;
    const hangs = async () => {
      renders += 1;
    };
    const logged = [];
    const { serve } = cacheAt("1:1:", { now: 0 }, { waitMs: 5, log: (line) => logged.push(line) });
    void serve(request("/dashboard"), response(), hangs);
    await serve(request("/dashboard"), response(), hangs);
    expect(renders).toBe(2);
    expect(logged).toEqual(["[serve] waited 5 ms for /dashboard rendering for another request; rendering it again"]);
  });

  it("drops the oldest pages past its memory budget", async () => {
    // Each page is ~280 bytes (its script tag, 60 of text, its headers and key): room for one.
    const next = fakeNext(() => ({ status: 200, body: "x".repeat(60), headers: {} }));
    const state = { snapshot: "1:1:" };
    const serve = createResponseCache({ readSnapshot: async () => state.snapshot, now: () => 0, maxBytes: 400, failed: new Set() });
    const twice = async (url) => {
      await serve(request(url), response(), next.handle);
      await serve(request(url), response(), next.handle);
    };
    await twice("/a");
    await twice("/b");
    expect(next.renders()).toBe(4);
    // /b's arrival pushed /a out; /a's return pushes /b out.
    await serve(request("/a"), response(), next.handle);
    await serve(request("/a"), response(), next.handle);
    expect(next.renders()).toBe(5);
    await serve(request("/b"), response(), next.handle);
    expect(next.renders()).toBe(6);
  });

  it("does not make later requests wait for a render whose client left before it started", async () => {
    // The browser gave up (a superseded navigation, a closed tab) while the snapshot was read:
    // Node emitted "close" before the cache was listening, and Next writes nothing to a destroyed
    // response. Requests for the same page must not wait for that render (they waited WAIT_MS).
    const gone = response();
    const state = { snapshot: "7:7:" };
    const readSnapshot = async () => {
      if (!gone.destroyed) {
        gone.destroyed = true;
        gone.emit("close");
      }
      return state.snapshot;
    };
    let renders = 0;
    const handle = async (req, res) => {
      renders += 1;
      if (res.destroyed) return;
      res.statusCode = 200;
      res.setHeader("content-type", "text/html");
      res.end("<p>page</p>");
    };
    const serve = createResponseCache({ readSnapshot, failed: new Set(), waitMs: 60_000 });
    await serve(request("/commitments"), gone, handle);
    const next = response();
    await serve(request("/commitments"), next, handle);
    expect(next.text()).toBe("<p>page</p>");
    expect(renders).toBe(2);
  });

  it("goes straight to Next when the snapshot cannot be read", async () => {
    const next = fakeNext();
    const serve = createResponseCache({ readSnapshot: async () => Promise.reject(new Error("down")), failed: new Set() });
    await serve(request("/dashboard"), response(), next.handle);
    await serve(request("/dashboard"), response(), next.handle);
    expect(next.renders()).toBe(2);
  });

  it("answers gzip to clients that take it from an entry Next had compressed", async () => {
    const html = `<p>${"督办".repeat(1000)}</p>`;
    const entry = toEntry(200, { "content-type": "text/html", "content-encoding": "gzip", "content-length": "10" }, zlib.gzipSync(html), 0);
    expect(Buffer.concat(entry.parts).toString()).toBe(html);
    expect(entry.headers.map(([name]) => name)).toEqual(["content-type"]);
    const handle = async (req, res) => {
      res.setHeader("content-type", "text/html");
      res.setHeader("content-encoding", "gzip");
      res.end(zlib.gzipSync(html));
    };
    const { serve } = cacheAt("1:1:");
    await serve(request("/dashboard", { "accept-encoding": "gzip, br" }), response(), handle);
    await serve(request("/dashboard", { "accept-encoding": "gzip, br" }), response(), handle);
    const hit = response();
    await serve(request("/dashboard", { "accept-encoding": "gzip, br" }), hit, handle);
    expect(hit.headers["content-encoding"]).toBe("gzip");
    expect(hit.text()).toBe(html);
    const plain = response();
    await serve(request("/dashboard"), plain, handle);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.text()).toBe(html);
  });
});

describe("what may be reused", () => {
  it("takes page GETs with a session only", () => {
    expect(isReusableRequest(request("/commitments?page=2"))).toBe(true);
    expect(isReusableRequest({ ...request("/commitments/5"), method: "POST" })).toBe(false);
    expect(isReusableRequest(request("/api/exports/ledger"))).toBe(false);
    expect(isReusableRequest(request("/_next/static/chunks/a.js"))).toBe(false);
    expect(isReusableRequest(request("/icon.svg"))).toBe(false);
    expect(isReusableRequest(request("/dashboard", { cookie: "duban-locale=zh" }))).toBe(false);
    expect(isReusableRequest(request("/dashboard", { cookie: "__Secure-next-auth.session-token=x" }))).toBe(true);
  });

  it("keeps whole HTML and RSC answers that vary only on keyed headers", () => {
    expect(isReusableResponse(200, { "content-type": "text/html; charset=utf-8", vary: "rsc, next-router-state-tree, Accept-Encoding" })).toBe(true);
    expect(isReusableResponse(200, { "content-type": "text/x-component" })).toBe(true);
    expect(isReusableResponse(200, { "content-type": "text/html", vary: "accept-language" })).toBe(false);
    expect(isReusableResponse(200, { "content-type": "application/json" })).toBe(false);
    expect(isReusableResponse(404, { "content-type": "text/html" })).toBe(false);
    expect(isReusableResponse(200, { "content-type": "text/html", "content-encoding": "zstd" })).toBe(false);
  });

  it("replaces the nonce in every header and body position", () => {
    const entry = toEntry(200, { "content-security-policy": CSP("OLD"), "content-type": "text/html" }, Buffer.from('<script nonce="OLD"></script><script nonce="OLD">x</script>'), 0);
    const swapped = withNonce(entry, "NEW");
    expect(Buffer.concat(swapped.pieces).toString()).toBe('<script nonce="NEW"></script><script nonce="NEW">x</script>');
    expect(Object.fromEntries(swapped.headers)["content-security-policy"]).toBe(CSP("NEW"));
  });
});

describe("kept pages", () => {
  it("are not stored for a snapshot pushed out while they rendered", () => {
    const store = new EntryStore();
    store.open("1:1:");
    store.open("2:2:");
    store.open("3:3:");
    store.set("1:1:", "k", { bytes: 10 });
    expect(store.get("1:1:", "k")).toBeUndefined();
    expect(store.bytes).toBe(0);
    store.set("3:3:", "k", { bytes: 10 });
    expect(store.get("3:3:", "k")).toEqual({ bytes: 10 });
  });

  it("are gzipped from pieces compressed once, whatever nonce goes between them", () => {
    const old = "b2xkb2xkb2xkb2xkb2xkbw==";
    const page = `<script nonce="${old}">self.x=1</script>${"<tr><td>督办</td></tr>".repeat(300)}<script nonce="${old}"></script>`;
    const entry = toEntry(200, { "content-security-policy": CSP(old), "content-type": "text/html" }, Buffer.from(page), 0);
    for (const nonce of ["bmV3bmV3bmV3bmV3bmV3bg==", "AAAAAAAAAAAAAAAAAAAAAA=="]) {
      const { pieces } = withNonce(entry, nonce);
      const gzipped = Buffer.concat(gzippedWithNonce(entry, nonce, pieces));
      expect(zlib.gunzipSync(gzipped).toString()).toBe(page.replaceAll(old, nonce));
    }
    const plain = toEntry(200, { "content-type": "text/html" }, Buffer.from("<p>no scripts</p>"), 0);
    expect(zlib.gunzipSync(Buffer.concat(gzippedWithNonce(plain, "x", withNonce(plain, "x").pieces))).toString()).toBe("<p>no scripts</p>");
  });

  it("hold no more memory than they count: a small compressed piece does not keep zlib's 16 KB output buffer", () => {
    const nonce = "b2xkb2xkb2xkb2xkb2xkbw==";
    // Rendered pages carry the nonce in every inline script: many pieces, each compressing small.
    const page = Array.from({ length: 40 }, (_, i) => `<script nonce="${nonce}">self.__next_f.push([1,"${"督办".repeat(200)}${i}"])</script>`).join("");
    const entry = toEntry(200, { "content-security-policy": CSP(nonce), "content-type": "text/html" }, Buffer.from(page), 0);
    expect(entry.deflatedParts.length).toBe(41);
    for (const piece of entry.deflatedParts) expect(piece.buffer.byteLength).toBeLessThanOrEqual(Math.max(piece.length, Buffer.poolSize));
  });

  it("are gzipped only for clients that take gzip", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});

describe("shared snapshot reads", () => {
  it("answers callers who came while a read was under way from one read sent after it", async () => {
    const sent = [];
    const read = sharedReads(
      () =>
        new Promise((resolve) => {
          sent.push(resolve);
        }),
    );
    const first = read();
    const second = read();
    const third = read();
    expect(sent).toHaveLength(1);
    sent[0]("before");
    expect(await first).toBe("before");
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toHaveLength(2);
    sent[1]("after");
    expect(await second).toBe("after");
    expect(await third).toBe("after");
  });

  it("passes a failed read to its callers and reads again for the next", async () => {
    let n = 0;
    const read = sharedReads(async () => {
      n += 1;
      if (n === 1) throw new Error("down");
      return "up";
    });
    await expect(read()).rejects.toThrow("down");
    expect(await read()).toBe("up");
  });
});
