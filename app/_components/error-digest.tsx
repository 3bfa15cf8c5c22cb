import type { ReactNode } from "react";

/** The rich-text tag that sets an error's digest apart as code ("quote <code>{digest}</code> to support"). */
export function digestCode(chunks: ReactNode) {
  return <code className="rounded bg-slate-100 px-1">{chunks}</code>;
}

/**
 * The sentence after an error page's text that names the server's id for the error (Next.js'
 * digest, the key to its log line); nothing when the error has none (a failure in the browser).
 */
export function DigestSentence({ digest, sentence }: { digest: string | null; sentence: (digest: string) => ReactNode }) {
  if (!digest) return null;
  return (
    <>
      {" "}
      {sentence(digest)}
    </>
  );
}
