import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pg"],
  // research reports (issue 4) are uploaded through a server action: 10 MB files plus the form
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "11mb" } },
};

export default withNextIntl(nextConfig);
