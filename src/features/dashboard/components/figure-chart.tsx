"use client";

import { Bar, BarChart, CartesianGrid, Cell, Pie, PieChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TFigureCardRow } from "./figure-card";

const COLORS = ["#b91c1c", "#c2410c", "#a16207", "#15803d", "#0e7490", "#1d4ed8", "#6d28d9", "#be185d", "#4b5563", "#0f766e", "#9a3412"];

/** The recharts drawing of a figure's rows (bars, a donut, or a horizontal ranking); a click opens the row's list. */
export function FigureChart({ chart, rows, height, onOpen }: { chart: "bar" | "pie" | "ranking"; rows: TFigureCardRow[]; height: number; onOpen: (row: TFigureCardRow | undefined) => void }) {
  const data = rows.map((r) => ({ ...r }));
  return (
          <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
            {chart === "pie" ? (
              <PieChart>
                <Pie data={data} dataKey="value" nameKey="label" innerRadius={45} outerRadius={80} isAnimationActive={false} onClick={(_, i) => onOpen(rows[i])} label={({ value }) => String(value)}>
                  {data.map((r, i) => (
                    <Cell key={r.key} fill={COLORS[i % COLORS.length]} cursor={r.href ? "pointer" : undefined} />
                  ))}
                </Pie>
                <Tooltip />
              </PieChart>
            ) : chart === "ranking" ? (
              <BarChart data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 11 }} />
                <Tooltip />
                <Bar dataKey="value" fill="#b91c1c" cursor="pointer" onClick={(_, i) => onOpen(rows[i])} />
              </BarChart>
            ) : (
              <BarChart data={data} margin={{ left: 0, right: 8 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} angle={rows.length > 5 ? -30 : 0} textAnchor={rows.length > 5 ? "end" : "middle"} height={rows.length > 5 ? 60 : 30} />
                <YAxis allowDecimals={false} width={64} tick={{ fontSize: 11 }} />
                <Tooltip />
                <Bar dataKey="value" fill="#b91c1c" cursor="pointer" onClick={(_, i) => onOpen(rows[i])} />
              </BarChart>
            )}
          </ResponsiveContainer>
  );
}
