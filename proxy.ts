import { withAuth } from "next-auth/middleware";

// The proxy only answers "signed in?"; every page and action still checks what the user may do.
export default withAuth({ pages: { signIn: "/login" } });

export const config = {
  matcher: ["/((?!login|api/auth|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
