import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function ReportLoading() {
  return <PageSkeleton label="Loading the report…" width="4xl" blocks={[{ ring: true }, { box: "h-48" }]} />;
}
