import { useTranslations } from "next-intl";
import { LocalTime } from "@/app/_components/local-time";

interface TThreadMessage {
  id: string;
  fromStaff: boolean;
  body: string;
  createdAt: string;
}

/** A support conversation, oldest first; bodies are plain text (React escapes them). */
export function TicketThread({ messages, viewer }: { messages: TThreadMessage[]; viewer: "staff" | "candidate" }) {
  const t = useTranslations("help.thread");
  return (
    <ol className="space-y-3">
      {messages.map((message) => {
        const mine = viewer === "staff" ? message.fromStaff : !message.fromStaff;
        const author = t(message.fromStaff ? (viewer === "staff" ? "staffForStaff" : "staff") : viewer === "staff" ? "candidate" : "you");
        return (
          <li key={message.id} className={`rounded-lg p-4 ring-1 ${mine ? "bg-brand-50 ring-brand-100 sm:ml-8" : "bg-white ring-slate-200 sm:mr-8"}`}>
            <p className="flex flex-wrap items-baseline justify-between gap-x-3 text-xs text-slate-600">
              <span className="font-semibold text-slate-900">{author}</span>
              <LocalTime iso={message.createdAt} format="dateTime" />
            </p>
            <p dir="auto" className="mt-2 whitespace-pre-wrap break-words text-sm text-slate-800">{message.body}</p>
          </li>
        );
      })}
    </ol>
  );
}
