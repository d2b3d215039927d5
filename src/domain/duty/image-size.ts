/**
 * Width and height from a PNG, JPEG or WebP header, without decoding the image. The photo check
 * uses it to refuse a file whose header claims nothing sane (0 px, or a 100,000 px "decompression bomb").
 */
export type TImageSize = { width: number; height: number };

export const MAX_IMAGE_SIDE = 12_000;
export const MIN_IMAGE_SIDE = 16;

function png(b: Uint8Array): TImageSize | null {
  if (b.length < 24) return null;
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return { width: v.getUint32(16), height: v.getUint32(20) };
}

function jpeg(b: Uint8Array): TImageSize | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i++;
      continue;
    }
    const len = (b[i + 2]! << 8) | b[i + 3]!;
    // SOF0..SOF15 except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (b[i + 5]! << 8) | b[i + 6]!, width: (b[i + 7]! << 8) | b[i + 8]! };
    }
    if (len < 2) return null;
    i += 2 + len;
  }
  return null;
}

function webp(b: Uint8Array): TImageSize | null {
  if (b.length < 30) return null;
  const chunk = String.fromCharCode(b[12]!, b[13]!, b[14]!, b[15]!);
  if (chunk === "VP8X") {
    return { width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)), height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)) };
  }
  if (chunk === "VP8 ") {
    return { width: (b[26]! | (b[27]! << 8)) & 0x3fff, height: (b[28]! | (b[29]! << 8)) & 0x3fff };
  }
  if (chunk === "VP8L") {
    const bits = b[21]! | (b[22]! << 8) | (b[23]! << 16) | (b[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
  }
  return null;
}

export function imageSize(bytes: Uint8Array, mime: "image/png" | "image/jpeg" | "image/webp"): TImageSize | null {
  if (mime === "image/png") return png(bytes);
  if (mime === "image/jpeg") return jpeg(bytes);
  return webp(bytes);
}

export function isSaneImageSize(size: TImageSize | null): boolean {
  if (!size) return false;
  const ok = (n: number) => Number.isInteger(n) && n >= MIN_IMAGE_SIDE && n <= MAX_IMAGE_SIDE;
  return ok(size.width) && ok(size.height);
}
