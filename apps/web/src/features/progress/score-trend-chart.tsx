import type { ProgressResponse } from "@mentara/contracts/progress";
import { useTranslation } from "react-i18next";
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

const colours = { coding: "#2f6fdf", system_design: "#b8621b", behavioral: "#1f8a4c" } as const;

/** Scores over time, one line per interview type (recharts; decision 008). */
export function ScoreTrendChart({ sessions }: { sessions: ProgressResponse["sessions"] }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { month: "short", day: "numeric" });
  const types = [...new Set(sessions.map((s) => s.type))];
  const data = sessions.map((s, i) => ({
    n: i + 1,
    label: `${date.format(new Date(s.endedAt))} · ${s.title}`,
    [s.type]: s.score,
  }));
  return (
    <div
      className="chart"
      role="img"
      aria-label={t("progress.chartLabel", { count: sessions.length })}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="n" allowDecimals={false} />
          <YAxis domain={[0, 100]} width={36} />
          <Tooltip labelFormatter={(_, payload) => payload[0]?.payload.label ?? ""} />
          <Legend />
          {types.map((type) => (
            <Line
              key={type}
              type="monotone"
              dataKey={type}
              name={t(`types.${type}`)}
              stroke={colours[type]}
              strokeWidth={2}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
