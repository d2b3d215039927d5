import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pg"],
  experimental: {
    authInterrupts: true,
    // The largest bodies: a submission with up to 3 attachments of 10 MB (src/domain/attachments.ts);
    // duty photos (5 MB), training materials (8 MB), research reports (10 MB) and roster uploads
    // (10 MB, refused with 413 above that by their route) are smaller. The proxy buffers a request
    // body up to its own limit (10 MB by default), hence the same figure. Every command checks each
    // file's size and bytes itself.
    serverActions: { bodySizeLimit: "32mb" },
    proxyClientMaxBodySize: "32mb",
  },
};

export default withNextIntl(nextConfig);
