import { handleTemplate } from "@/features/deputies/http";

export const dynamic = "force-dynamic";

export const GET = () => handleTemplate();
