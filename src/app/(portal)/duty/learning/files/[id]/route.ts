import { fileResponse } from "@/server/duty/file-response";
import { getLearningFile } from "@/server/duty/learning";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return fileResponse((actor) => getLearningFile(actor, id));
}
