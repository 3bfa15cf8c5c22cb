import { PageSkeleton } from "@/app/_components/page-skeleton";

export default function InterviewLoading() {
  return <PageSkeleton label="Loading your interview…" blocks={[{ main: [{ box: "h-56" }], side: [{ rows: 3 }] }]} />;
}
