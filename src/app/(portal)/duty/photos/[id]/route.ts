import { fileResponse } from "@/server/duty/file-response";
import { getPhoto } from "@/server/duty/record-queries";

/** A duty photo's bytes for whoever may read its record. */
export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return fileResponse(async (actor) => {
    const p = await getPhoto(actor, id);
    return { ...p, fileName: `photo-${id}.${p.mime.split("/")[1] ?? "bin"}` };
  });
}
