import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pg"],
  // intake: a submission carries up to 3 attachments of 10 MB each (src/domain/attachments.ts)
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "32mb" } },
};

export default withNextIntl(nextConfig);
