/**
 * The station's QR code, drawn on the server (qrcode, SVG) and shown as an image (data: URL, allowed
 * by the CSP's img-src), with the same address as a plain link for those who cannot scan.
 */
export function StationQr({ svg, url, alt, linkLabel }: { svg: string; url: string; alt: string; linkLabel: string }) {
  const src = `data:image/svg+xml;base64,${Buffer.from(svg, "utf8").toString("base64")}`;
  return (
    <div className="flex flex-col items-center gap-3 sm:flex-row sm:items-start">
      {/* eslint-disable-next-line @next/next/no-img-element -- a server-made data: image, nothing to optimize */}
      <img src={src} alt={alt} width={192} height={192} className="h-48 w-48 rounded border border-gray-200" data-testid="station-qr" data-qr-target={url} />
      <div className="space-y-2 text-sm">
        <a href={url} className="text-brand-700 underline break-all" data-testid="station-form-link">
          {linkLabel}
        </a>
        <p className="break-all text-gray-600">{url}</p>
      </div>
    </div>
  );
}
