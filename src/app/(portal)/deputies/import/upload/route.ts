import { handleUpload } from "@/features/deputies/http";

export const dynamic = "force-dynamic";

export const POST = (request: Request) => handleUpload(request);
