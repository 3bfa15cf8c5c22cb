import type { TStats } from "@/server/analytics/stats";
import { formatDay, formatLongDay, formatPoints } from "@/app/_components/format";

interface TTile {
  label: string;
  value: string;
  detail: string;
}

function tiles(stats: TStats): TTile[] {
  const memberDay = stats.memberSince.slice(0, 10);
  return [
    {
      label: "Practice streak",
      value: `${stats.currentStreak} ${stats.currentStreak === 1 ? "day" : "days"}`,
      detail: stats.lastPracticedOn ? `Last practised ${formatDay(stats.lastPracticedOn)}` : "Answer a question to start one",
    },
    {
      label: "Average score",
      value: stats.averageScore === null ? "—" : formatPoints(stats.averageScore),
      detail: stats.completedInterviews > 0 ? `Across ${stats.completedInterviews} completed ${stats.completedInterviews === 1 ? "interview" : "interviews"}` : "After your first completed interview",
    },
    {
      label: "Best score",
      value: stats.bestScore === null ? "—" : String(stats.bestScore),
      detail: "Highest interview score",
    },
    {
      label: "Questions answered",
      value: String(stats.questionsAnswered),
      detail: "Retries of a question count once",
    },
    {
      label: "Interviews",
      value: `${stats.completedInterviews} / ${stats.totalInterviews}`,
      detail: "Completed of started",
    },
    {
      label: "Member since",
      value: formatDay(memberDay),
      detail: formatLongDay(memberDay).split(" ").at(-1) ?? "",
    },
  ];
}

export function StatsTiles({ stats }: { stats: TStats }) {
  return (
    <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {tiles(stats).map((tile) => (
        <div key={tile.label} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
          <dt className="text-sm font-medium text-slate-600">{tile.label}</dt>
          <dd className="mt-1 text-2xl font-bold text-slate-900">{tile.value}</dd>
          <dd className="mt-1 text-xs text-slate-600">{tile.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
