import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function HelpLoading() {
  return <PageSkeleton label="Loading your requests…" width="3xl" blocks={[{ box: "h-72" }, { box: "h-20" }]} />;
}
