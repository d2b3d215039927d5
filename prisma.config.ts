import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here. Only `prisma generate` is used on machines where the
// native schema engine cannot be downloaded; migrations are applied by scripts/db/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
