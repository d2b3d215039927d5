import { handleCommit } from "@/features/deputies/http";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleCommit(request, (await params).id);
}
