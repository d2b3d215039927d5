import type { ReactNode } from "react";
import "./print.css";

/** Printable pages: no navigation, an A4-wide sheet on screen, the page rules of print.css on paper. */
export default function PrintLayout({ children }: { children: ReactNode }) {
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-[210mm] flex-1 bg-white px-6 py-8 text-black print:max-w-none print:p-0">
      {children}
    </main>
  );
}
