import { Link } from "@/components/ui/link";

type TProps = { label: string; path: string; current?: string; items: { value?: string; label: string }[] };

/** Links that narrow a list to one kind; the current one is marked for screen readers too. */
export function KindNav({ label, path, current, items }: TProps) {
  return (
    <nav aria-label={label} className="mb-4 flex flex-wrap gap-2">
      {items.map((item) => {
        const active = item.value === current;
        return (
          <Link
            key={item.value ?? "all"}
            href={item.value ? `${path}?kind=${item.value}` : path}
            aria-current={active ? "page" : undefined}
            className={`rounded-full border px-3 py-1 text-sm ${active ? "border-brand-700 bg-brand-700 text-white" : "border-gray-400 bg-white text-gray-900 hover:bg-gray-100"}`}
          >
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
