import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

// `npm test` type-checks every file (tsc --noEmit) before its e2e step builds the app, and says so
// with LVZHI_SOURCES_TYPECHECKED=1: the build need not check them a second time (46 s on 2 cores).
// CI builds once from a fresh clone, so Turbopack's build cache would be written and never read (11 s).
const typeChecked = process.env.LVZHI_SOURCES_TYPECHECKED === "1";
const ci = !!process.env.CI;

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: typeChecked },
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "pg"],
  experimental: {
    authInterrupts: true,
    turbopackFileSystemCacheForBuild: !ci,
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
