import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { API_CONTENT_SECURITY_POLICY } from "@/lib/http/content-security-policy";
import proxy from "@/proxy";

const get = (path: string) => proxy(new NextRequest(new URL(path, "http://localhost:3000")));
const post = (path: string, headers: Record<string, string>) => proxy(new NextRequest(new URL(path, "http://localhost:3000"), { method: "POST", headers, body: "[]" }));

describe("the proxy's Content-Security-Policy", () => {
  it("gives a page a policy with a fresh nonce, passed on to the render in the request headers", async () => {
    const first = await get("/login");
    const csp = first.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]{20,})'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect((await get("/login")).headers.get("content-security-policy")).not.toBe(csp);
  });

  it("gives API responses a fixed strict policy, no nonce and untouched request headers", async () => {
    for (const path of ["/api/exports/commitments.csv", "/api/auth/session", "/api/evidence/1"]) {
      const response = await get(path);
      expect(response.headers.get("content-security-policy")).toBe(API_CONTENT_SECURITY_POLICY);
      expect(response.headers.get("x-middleware-override-headers")).toBeNull();
      expect(response.status).toBe(200); // passed on to the route handler, which authenticates itself
    }
    expect(API_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(API_CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it("still sends a visitor without a session from a page to the login page", async () => {
    const response = await get("/commitments?page=2");
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?callbackUrl=%2Fcommitments%3Fpage%3D2");
  });
});

describe("the proxy's session check", () => {
  it("lets a server action sent without a session through to the action, which answers in its form (not with a redirect its client cannot read)", async () => {
    const response = await post("/commitments/12?from=my-work", { "Next-Action": "7f3a9c0d1e2b", "content-type": "text/plain;charset=UTF-8" });
    expect(response.status).toBe(200);
    expect(response.headers.get("location")).toBeNull();
    expect(response.headers.get("x-middleware-next")).toBe("1");
    // As a page: a nonce, and the page it was sent from, for the answer's link to sign in and come back.
    expect(response.headers.get("content-security-policy")).toMatch(/'nonce-/);
    expect(response.headers.get("x-middleware-request-x-duban-page")).toBe("/commitments/12?from=my-work");
  });

  it("sends a form posted without the action header (before the page's script loaded) to the login page with 303, to be asked for, not posted to", async () => {
    const response = await post("/commitments/12", { "content-type": "multipart/form-data; boundary=x" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("http://localhost:3000/login?callbackUrl=%2Fcommitments%2F12");
  });
});
