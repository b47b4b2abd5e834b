// Real next-auth sessions: GET /api/auth/csrf, then POST the credentials callback with the CSRF
// token and cookie, as the login form does; the session cookie is what the bench sends after.

export interface Session {
  loginName: string;
  cookie: string;
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(";")[0]);
}

export async function login(base: string, loginName: string, password: string): Promise<Session> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookies.join("; ") },
    body: new URLSearchParams({ csrfToken, loginName, password, json: "true" }).toString(),
  });
  const session = cookiesOf(response).find((c) => /^(__Secure-)?next-auth\.session-token=/.test(c));
  if (!session) throw new Error(`login of ${loginName} failed: HTTP ${response.status} ${await response.text()}`);
  const cookie = session;
  const check = await fetch(`${base}/api/auth/session`, { headers: { cookie } });
  const body = (await check.json()) as { user?: { loginName?: string } };
  if (body.user?.loginName !== loginName) throw new Error(`session of ${loginName} not recognised: ${JSON.stringify(body)}`);
  return { loginName, cookie };
}

export async function loginAll(base: string, loginNames: string[], password: string): Promise<Map<string, Session>> {
  const sessions = new Map<string, Session>();
  // One at a time: argon2 takes ~70 ms of CPU per sign-in and the throttle is per name anyway.
  for (const name of loginNames) sessions.set(name, await login(base, name, password));
  return sessions;
}
