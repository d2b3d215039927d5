import "server-only";
import { fileTypeFromBuffer } from "file-type";
import { imageSize, isSaneImageSize } from "@/domain/duty/image-size";
import { ActionRefusal } from "../actions";

/**
 * Uploaded files are judged by their bytes, never by name or declared type (security.md #13):
 * photos must be JPEG, PNG or WebP by magic bytes, at most 5 MB, with a sane size in the header;
 * course materials and learning files are PDF, Office documents or images, at most 8 MB.
 */
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
export const MAX_FILE_BYTES = 8 * 1024 * 1024;
export const MAX_PHOTOS_PER_RECORD = 6;

const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
type TPhotoMime = (typeof PHOTO_TYPES)[number];

const FILE_TYPES: Readonly<Record<string, string>> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
};

export type TCheckedPhoto = { bytes: Uint8Array<ArrayBuffer>; mime: TPhotoMime; size: number; width: number; height: number };
export type TCheckedFile = { bytes: Uint8Array<ArrayBuffer>; mime: string; size: number; fileName: string };

export async function checkPhoto(bytes: Uint8Array<ArrayBuffer>, field = "photo"): Promise<TCheckedPhoto> {
  if (bytes.byteLength === 0) throw new ActionRefusal("duty.errors.photoEmpty", field);
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw new ActionRefusal("duty.errors.photoTooLarge", field);
  const type = await fileTypeFromBuffer(bytes);
  const mime = type?.mime as TPhotoMime | undefined;
  if (!mime || !PHOTO_TYPES.includes(mime)) throw new ActionRefusal("duty.errors.photoType", field);
  const size = imageSize(bytes, mime);
  if (!size || !isSaneImageSize(size)) throw new ActionRefusal("duty.errors.photoDimensions", field);
  return { bytes, mime, size: bytes.byteLength, width: size.width, height: size.height };
}

/** A server-made file name: the user's name reduced to safe characters, with the extension of the real type. */
export function safeFileName(name: string, ext: string): string {
  const base = name.replace(/\.[^.]*$/, "").replace(/[^\p{L}\p{N}_-]+/gu, "_").slice(0, 80) || "file";
  return `${base}.${ext}`;
}

export async function checkDocument(bytes: Uint8Array<ArrayBuffer>, name: string, field = "file"): Promise<TCheckedFile> {
  if (bytes.byteLength === 0) throw new ActionRefusal("duty.errors.fileEmpty", field);
  if (bytes.byteLength > MAX_FILE_BYTES) throw new ActionRefusal("duty.errors.fileTooLarge", field);
  const type = await fileTypeFromBuffer(bytes);
  const mime = type ? FILE_TYPES[type.ext] : undefined;
  if (!type || !mime) throw new ActionRefusal("duty.errors.fileType", field);
  return { bytes, mime, size: bytes.byteLength, fileName: safeFileName(name, type.ext) };
}

/** A File from a form as bytes; an empty file input (no file chosen) is null. */
export async function fileBytes(file: File | null | undefined): Promise<{ bytes: Uint8Array<ArrayBuffer>; name: string } | null> {
  if (!file || (file.size === 0 && file.name === "")) return null;
  return { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name };
}
