import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pg"],
  experimental: {
    authInterrupts: true,
    // duty photos (5 MB each, src/server/duty/uploads.ts) and training materials (8 MB; under the proxy's 10 MB body buffer) are sent
    // through server actions; the commands check every file's size and bytes themselves
    // research reports (issue 4, 10 MB files plus the form) are the largest
    serverActions: { bodySizeLimit: "11mb" },
    // deputies: roster uploads (10 MB, src/domain/roster/columns.ts) pass the proxy whole; a larger
    // declared body is refused with 413 by the upload route before it is read.
    proxyClientMaxBodySize: "11mb",
  },
};

export default withNextIntl(nextConfig);
