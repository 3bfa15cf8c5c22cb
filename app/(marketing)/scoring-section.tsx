/** How a score is made: the built-in analyzer, the optional AI grader, and how sure each score is. */
export function ScoringSection({ aiConfigured }: { aiConfigured: boolean }) {
  const items = [
    {
      title: "The built-in analyzer",
      body:
        "Runs on this site’s own servers, in well under a second. It reads your answer against the question’s key points and the track’s " +
        "rubric, gives each skill its points, and quotes the sentences each score rests on. The same answer always gets the same score.",
    },
    {
      title: "An AI grader, when the site has one",
      body: aiConfigured
        ? "This site also has an AI model configured: it grades with the same rubric and the same score card. If the model is unavailable, " +
          "the built-in analyzer scores your answer at once and the AI grade replaces it later."
        : "A site can add an AI model (any OpenAI-compatible one) that grades with the same rubric and the same score card. This site has " +
          "none configured, so every score comes from the built-in analyzer.",
    },
    {
      title: "How sure the score is",
      body:
        "When the analyzer is less sure, because an answer is short, in an unusual format or only loosely tied to the question, the card says " +
        "so, marks the score as an estimate and lists the reasons. Every card names the scorer that produced it.",
    },
    {
      title: "A person when it matters",
      body:
        "A score that looks wrong can be disputed from the card, and a person reviews it. Text inside an answer is treated as data, never as " +
        "instructions, so nothing written in it can talk the scorer into a better grade.",
    },
  ];
  return (
    <section id="scoring" aria-labelledby="scoring-heading" className="scroll-mt-16 bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-16 sm:px-6">
        <h2 id="scoring-heading" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          How scoring works
        </h2>
        <ul className="mt-8 grid gap-6 md:grid-cols-2">
          {items.map((item) => (
            <li key={item.title} className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
              <h3 className="font-semibold text-slate-900">{item.title}</h3>
              <p className="mt-2 text-sm text-slate-700">{item.body}</p>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
