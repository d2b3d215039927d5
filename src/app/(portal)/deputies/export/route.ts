import { handleExport } from "@/features/deputies/http";

export const dynamic = "force-dynamic";

export const GET = (request: Request) => handleExport(request);
