import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function HistoryLoading() {
  return <PageSkeleton label="Loading your interviews…" blocks={[{ box: "h-32" }, { rows: 4 }]} />;
}
