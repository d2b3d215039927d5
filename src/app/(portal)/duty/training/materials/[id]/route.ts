import { fileResponse } from "@/server/duty/file-response";
import { getMaterial } from "@/server/duty/training";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return fileResponse((actor) => getMaterial(actor, id));
}
