import Link from "next/link";
import type { ReactNode } from "react";

const linkClass = "font-medium text-brand-700 underline hover:text-brand-900";

/** The questions a new candidate asks before writing to us. `aiConfigured`: this site scores with an AI model. */
export function Faq({ aiConfigured, freeLimit, windowDays }: { aiConfigured: boolean; freeLimit: number; windowDays: number }) {
  const items: Array<{ id: string; question: string; answer: ReactNode }> = [
    {
      id: "faq-scoring",
      question: "How is my answer scored?",
      answer: (
        <>
          Each track has a rubric of five skills. Every answer gets a score out of 10 per skill, with the words from your answer that the score rests
          on, what to improve and a sample answer; the interview’s overall score is out of 100, with a pass mark that depends on the level. A score
          that looks wrong can be disputed from the feedback card, and a person reviews it.
        </>
      ),
    },
    {
      id: "faq-quota",
      question: "How many interviews can I do?",
      answer: (
        <>
          The free plan includes {freeLimit} interviews every {windowDays} days. Starting an interview uses one; it frees up again {windowDays} days
          after you started it. Answering, retrying an answer and reading feedback never cost anything, and an interview you abandon before answering
          anything is given back. Your <Link href="/dashboard" className={linkClass}>dashboard</Link> and the practice page show how many are left and when the next one frees up.
        </>
      ),
    },
    {
      id: "faq-ai",
      question: "How is AI used?",
      answer: (
        <>
          {aiConfigured
            ? "On this site an AI model scores answers: your answer text is sent to the model provider for that, and for nothing else. "
            : "On this site the built-in analyzer scores answers on our own servers; no answer is sent to an AI provider. "}
          Each score says which scorer produced it. An answer is treated as data, never as instructions, so nothing written in it can change the grade.
        </>
      ),
    },
    {
      id: "faq-privacy",
      question: "Who can see my answers?",
      answer: (
        <>
          Only you, in your history, reports and progress. Other candidates never see them; the benchmark on your progress page compares scores
          only. Our team looks at an answer when it is flagged for review or when you ask us about it.
        </>
      ),
    },
    {
      id: "faq-data",
      question: "Can I download or delete my data?",
      answer: (
        <>
          Yes. <Link href="/settings" className={linkClass}>Settings</Link> has “Export my data” (everything we hold about you, as JSON) and “Delete
          my account…”, which removes your account, interviews and answers for good and cancels any subscription. Your{" "}
          <Link href="/progress" className={linkClass}>progress page</Link> downloads your answers and scores as CSV or JSON.
        </>
      ),
    },
  ];
  return (
    <section id="faq" aria-labelledby="faq-heading" className="scroll-mt-16">
      <h2 id="faq-heading" className="text-lg font-semibold text-slate-900">
        Frequently asked questions
      </h2>
      <div className="mt-4 divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
        {items.map((item) => (
          <details key={item.id} id={item.id} className="group px-5 py-4 sm:px-6">
            <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded font-medium text-slate-900">
              <span>{item.question}</span>
              <span aria-hidden="true" className="text-brand-700 transition-transform group-open:rotate-45">
                +
              </span>
            </summary>
            <p className="mt-2 text-sm text-slate-700">{item.answer}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
