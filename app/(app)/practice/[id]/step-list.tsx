import { useTranslations } from "next-intl";
import type { TInterview } from "@/server/contracts/interviews";

type TQuestion = TInterview["questions"][number];

type TStepState = "scoring" | "answered" | "skipped" | "draft" | "open";

const MARKS: Record<TStepState, string> = { scoring: "…", answered: "✓", skipped: "↷", draft: "✎", open: "" };

function stateOf(question: TQuestion): TStepState {
  if (question.answer?.status === "pending") return "scoring";
  if (question.status === "answered") return "answered";
  if (question.status === "skipped") return "skipped";
  if (question.draft.trim() !== "") return "draft";
  return "open";
}

interface StepListProps {
  questions: TQuestion[];
  currentIndex: number;
  onSelect: (index: number) => void;
}

/** Every question of the interview, with its state in words (and a mark), to move between them. */
export function StepList({ questions, currentIndex, onSelect }: StepListProps) {
  const t = useTranslations("interview");
  return (
    <nav aria-label={t("questionsLabel")}>
      <ol className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
        {questions.map((question, index) => {
          const state = stateOf(question);
          const mark = MARKS[state];
          const current = index === currentIndex;
          const done = question.status === "answered";
          return (
            <li key={question.questionId}>
              <button
                type="button"
                aria-current={current ? "step" : undefined}
                onClick={() => onSelect(index)}
                className={`flex items-center gap-3 rounded-lg p-1 text-left lg:w-full lg:px-2 lg:py-2 ${
                  current ? "bg-brand-50 ring-2 ring-brand-700" : "hover:bg-slate-100"
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`relative flex h-9 w-9 flex-none items-center justify-center rounded-full text-sm font-semibold ${
                    done
                      ? "bg-brand-700 text-white"
                      : question.status === "skipped"
                        ? "border-2 border-dashed border-slate-500 text-slate-700"
                        : "border-2 border-slate-400 bg-white text-slate-800"
                  }`}
                >
                  {index + 1}
                  {mark ? (
                    <span className="absolute -bottom-1 -right-1 flex h-4 w-4 items-center justify-center rounded-full bg-white text-[10px] leading-none text-slate-900 ring-1 ring-slate-300">
                      {mark}
                    </span>
                  ) : null}
                </span>
                <span className="sr-only lg:not-sr-only lg:flex lg:flex-col">
                  <span className="text-sm font-medium text-slate-900">{t("question", { number: index + 1 })}</span>
                  <span className="sr-only">, </span>
                  <span className="text-xs text-slate-600">{t(`stepStates.${state}`)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
