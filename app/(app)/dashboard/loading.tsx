import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function DashboardLoading() {
  return <PageSkeleton label="Loading your dashboard…" blocks={[{ main: [{ box: "h-64" }, { box: "h-48" }], side: [{ box: "h-48" }] }]} />;
}
