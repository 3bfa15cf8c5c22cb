/** What the signals found or would advise, as a Russian-speaking interviewer would say it. */
import { phraseTranslator, quotedItems, type TPhrasePattern } from "@/server/scoring/builtin/feedback-text/phrases";

const FOUND: Record<string, string> = {
  "stays on the question that was asked": "держится заданного вопроса",
  "covers the main points of the question": "раскрывает главное в вопросе",
  "covers the expected key points": "раскрывает ожидаемые ключевые пункты",
  "walks through its steps in a clear order": "излагает шаги в понятном порядке",
  "explains the reasons and conditions behind choices": "объясняет, почему и при каких условиях выбран тот или иной вариант",
  "backs its points with concrete numbers": "подкрепляет доводы конкретными цифрами",
  "puts a number on at least one point": "хотя бы в одном месте опирается на цифру",
  "names specific tools, examples or cases": "называет конкретные инструменты, примеры и случаи",
  "uses precise, specific vocabulary": "говорит точными, предметными терминами",
  "names how success would be measured": "говорит, как будет измеряться успех",
  "plans an experiment or guardrail": "планирует эксперимент или защитную метрику",
  "ranks options and says what comes first": "ранжирует варианты и говорит, с чего начать",
  "weighs what each option costs": "взвешивает цену каждого варианта",
  "contrasts alternatives": "сравнивает альтернативы",
  "starts from users and their needs": "исходит из пользователей и их потребностей",
  "splits users or data into segments": "делит пользователей или данные на сегменты",
  "says what can go wrong": "говорит, что может пойти не так",
  "draws on real examples and practice": "опирается на реальные примеры и практику",
  "says how to measure and verify": "объясняет, как измерить и проверить результат",
  "states things precisely": "формулирует точно",
  "reads easily": "легко читается",
  "gets to the point": "говорит по существу",
  "develops the answer fully": "раскрывает мысль полностью",
  "clarifies assumptions and constraints": "уточняет допущения и ограничения",
  "thinks about edge cases": "продумывает граничные случаи",
  "names the data structures and algorithm": "называет алгоритм и структуры данных",
  "compares approaches (brute force versus better)": "сравнивает подходы (полный перебор и более быстрое решение)",
  "states the time and space complexity": "указывает сложность по времени и памяти",
  "writes actual code": "приводит настоящий код",
  "says how to test it": "говорит, как это протестировать",
  "sets up a specific situation and goal": "описывает конкретную ситуацию и цель",
  "tells a real past story": "рассказывает реальную историю из прошлого",
  "describes one specific episode": "описывает один конкретный эпизод",
  "says what you personally did, step by step": "по шагам описывает, что вы сделали лично",
  'speaks about your own part ("I")': "говорит о вашей личной роли («я»)",
  "states the outcome": "называет итог",
  "draws a lesson and applies it later": "делает вывод и показывает, как он пригодился потом",
};

const MISSING: Record<string, string> = {
  "answer the question that was asked head-on; much of the answer is about something next to it":
    "отвечайте прямо на заданный вопрос: большая часть ответа — о соседней теме",
  "answer the question that was asked, directly": "отвечайте прямо на заданный вопрос",
  "cover the main points the question raises": "раскройте главные пункты, которые поднимает вопрос",
  "lay out your steps in order and say which comes first": "разложите решение по шагам и скажите, с чего начнёте",
  "explain the reason behind each choice (because…, so that…, if…)": "объясняйте причину каждого решения («потому что…», «чтобы…», «если…»)",
  "give concrete numbers (sizes, percentages, durations, targets)": "приведите конкретные цифры (объёмы, проценты, сроки, целевые значения)",
  "name specifics: tools, systems, real examples": "назовите конкретику: инструменты, системы, реальные примеры",
  "use precise terms instead of general statements": "используйте точные термины вместо общих слов",
  "name the primary metric and how you would measure it": "назовите главную метрику и скажите, как будете её измерять",
  "say how you would test it (an experiment, a staged rollout) and which guardrail metric you would watch":
    "скажите, как вы это проверите (эксперимент, поэтапный запуск) и за какой защитной метрикой будете следить",
  "rank the options by impact and effort and say what comes first": "ранжируйте варианты по эффекту и трудозатратам и скажите, что делать первым",
  "name the trade-offs: what each option costs (X versus Y, at the cost of…)": "назовите компромиссы: чего стоит каждый вариант («X против Y», «ценой…»)",
  "compare with the main alternative": "сравните с главной альтернативой",
  "say who the users are and what they need or fear": "скажите, кто пользователи, что им нужно и чего они опасаются",
  "split the problem by segment (which users, platforms or cohorts)": "разбейте задачу по сегментам (какие пользователи, платформы или когорты)",
  "say what can go wrong and how you would handle it": "скажите, что может пойти не так и как вы с этим справитесь",
  "add a real example from your own experience": "добавьте реальный пример из своего опыта",
  "say how you would measure or verify the result": "скажите, как вы измерите или проверите результат",
  'replace guesses and absolutes ("basically", "everything") with precise statements': "замените догадки и крайности («в принципе», «всё») точными утверждениями",
  "use shorter, clearer sentences": "пишите короче и яснее",
  "cut buzzwords and generalities; say what you would actually do": "уберите модные слова и общие места; скажите, что именно вы бы сделали",
  "develop the answer further": "раскройте ответ подробнее",
  "state your assumptions and the constraints you would confirm": "назовите свои допущения и ограничения, которые стоит уточнить",
  "handle edge cases (empty input, duplicates, invalid input…)": "учтите граничные случаи (пустой ввод, дубликаты, некорректные данные…)",
  "name the algorithm and data structure you would use": "назовите алгоритм и структуру данных, которые вы бы использовали",
  "compare with another approach (brute force versus optimal)": "сравните с другим подходом (полный перебор и оптимальное решение)",
  "show why your solution meets the time and space bound (which loop or structure sets it), not only that it does":
    "покажите, почему решение укладывается в ограничения по времени и памяти (какой цикл или структура это определяет), а не только что укладывается",
  "state the time and space complexity in Big-O": "укажите сложность по времени и памяти в нотации Big-O",
  "write working code for the solution": "напишите рабочий код решения",
  "list the test cases that prove it works": "перечислите тесты, которые доказывают, что решение работает",
  "set up one specific situation (when, where, what was at stake) and your goal": "опишите одну конкретную ситуацию (когда, где, что было на кону) и свою цель",
  "tell what actually happened, not how you usually behave": "расскажите, что произошло на самом деле, а не как вы обычно поступаете",
  'describe one specific episode instead of general habits ("I always…", "usually…")': "опишите один конкретный эпизод вместо общих привычек («я всегда…», «обычно…»)",
  'describe the concrete steps you personally took ("I wrote…", "I asked…")': "опишите конкретные шаги, которые вы сделали лично («я написал…», «я спросил…»)",
  'make your own part clear: say "I" for what you did, not only "we"': "покажите свою роль: о своих действиях говорите «я», а не только «мы»",
  "state the outcome, measured if possible (what changed, by how much)": "назовите итог, по возможности в цифрах (что изменилось и насколько)",
  "say what you learned and what you do differently since": "скажите, чему вы научились и что с тех пор делаете иначе",
};

/** The framework examples the recipes name, in Russian where a word is English. */
const FRAMEWORK_EXAMPLES: Record<string, string> = {
  "CIRCLES, RICE, a funnel": "CIRCLES, RICE, воронка",
  "RICE, MoSCoW, impact versus effort": "RICE, MoSCoW, «эффект против усилий»",
};

const PATTERNS: readonly TPhrasePattern[] = [
  [/^organises the answer with a named framework$/, () => "строит ответ по известному фреймворку"],
  [/^organises the answer with (.+)$/, (m) => `строит ответ по фреймворку ${m[1] ?? ""}`],
  [/^use a named framework where it helps \((.+)\)$/, (m) => `где уместно, опирайтесь на известный фреймворк (${FRAMEWORK_EXAMPLES[m[1] ?? ""] ?? m[1] ?? ""})`],
  [/^cover (".+")$/, (m) => `раскройте ${quotedItems(m[1] ?? "").map((k) => `«${k}»`).join(" и ")}`],
];

export const ruPhrase = phraseTranslator({ ...FOUND, ...MISSING }, PATTERNS);
