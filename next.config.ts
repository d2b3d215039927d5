import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pg"],
  // intake: a submission carries up to 3 attachments of 10 MB each (src/domain/attachments.ts)
  // (the proxy buffers a request body up to its own limit, 10 MB by default: the same 32 MB)
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "32mb" }, proxyClientMaxBodySize: "32mb" },
};

export default withNextIntl(nextConfig);
