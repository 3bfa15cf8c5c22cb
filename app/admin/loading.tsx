import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function AdminLoading() {
  return <PageSkeleton label="Loading…" width="none" blocks={[{ tiles: 4, grid: "sm:grid-cols-2 lg:grid-cols-4" }, { box: "h-64" }]} />;
}
