import { describe, expect, it } from "vitest";
import { gateOf, signInRedirect } from "./proxy-gate";

const request = (method: string, pathname: string, headers: Record<string, string> = {}) => ({ method, pathname, headers: new Headers(headers) });
const ACTION = { "Next-Action": "7f3a9c0d1e2b" };

describe("what the proxy asks of a request before it goes on", () => {
  it("lets a server action's POST through to the action wrapper, which authenticates it and answers in its form", () => {
    for (const path of ["/commitments/12", "/review", "/bulk-updates", "/reports/import", "/reports/import/4", "/admin/users", "/"]) {
      expect(gateOf(request("POST", path, ACTION))).toBe("action");
    }
  });

  it("checks the session of every other page request: a GET, a POST without the action header (a form sent before the script loaded), a GET claiming to be an action", () => {
    expect(gateOf(request("GET", "/commitments/12"))).toBe("page");
    expect(gateOf(request("HEAD", "/review"))).toBe("page");
    expect(gateOf(request("POST", "/commitments/12", { "content-type": "multipart/form-data; boundary=x" }))).toBe("page");
    expect(gateOf(request("GET", "/commitments/12", ACTION))).toBe("page");
    expect(gateOf(request("PUT", "/commitments/12", ACTION))).toBe("page");
  });

  it("leaves route handlers to authenticate themselves, and the login and public pages open", () => {
    expect(gateOf(request("GET", "/api/exports/commitments.csv"))).toBe("api");
    expect(gateOf(request("POST", "/api/auth/signout"))).toBe("api");
    expect(gateOf(request("GET", "/login"))).toBe("open");
    expect(gateOf(request("POST", "/login", ACTION))).toBe("open");
    expect(gateOf(request("GET", "/public"))).toBe("open");
    // Only the paths themselves: a page whose name begins the same is a page.
    expect(gateOf(request("GET", "/loginx"))).toBe("page");
    expect(gateOf(request("GET", "/apix"))).toBe("page");
  });
});

describe("where a page request without a session goes", () => {
  const url = "http://localhost:3000/commitments/12?tab=history";
  it("to the login page, with the page to come back to, as asked for a GET", () => {
    const { location, status } = signInRedirect({ method: "GET", pathname: "/commitments/12", search: "?tab=history", url });
    expect(status).toBe(307);
    expect(location.href).toBe("http://localhost:3000/login?callbackUrl=%2Fcommitments%2F12%3Ftab%3Dhistory");
  });

  it("with 303 for a form posted there, so the browser asks for the login page rather than post the form to it", () => {
    expect(signInRedirect({ method: "POST", pathname: "/commitments/12", search: "", url }).status).toBe(303);
  });
});
