import { splitLinks } from "@/server/mail/outbox";

/** An email's plain text with every link clickable, so a developer can follow verify and reset links. */
export function LinkedText({ text }: { text: string }) {
  return (
    <pre className="mt-4 overflow-x-auto whitespace-pre-wrap break-words rounded-lg bg-slate-50 p-4 font-sans text-sm text-slate-800">
      {splitLinks(text).map((part, index) =>
        part.kind === "link" ? (
          <a key={index} href={part.value} className="break-all font-medium text-brand-700 underline hover:text-brand-900">
            {part.value}
          </a>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </pre>
  );
}
