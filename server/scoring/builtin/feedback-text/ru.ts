/** The analyzer's feedback in Russian, written as a Russian-speaking interviewer would put it (на «вы»). */
import { ruPhrase } from "@/server/scoring/builtin/feedback-text/ru-phrases";
import { capital, joinList, numbered, partlyComment } from "@/server/scoring/builtin/feedback-text/phrases";
import type { TFeedbackText } from "@/server/scoring/builtin/feedback-text/types";
import { CLOSINGS, OUTLINES } from "@/server/scoring/builtin/feedback-text/outlines";
import { CONFIDENCE_REASON_TEXTS } from "@/server/contracts/vocabulary/confidence-reasons";

const LABELS: Record<string, string> = {
  structure: "Структура",
  metrics: "Метрики",
  prioritization: "Приоритизация",
  user_empathy: "Понимание пользователей",
  communication: "Коммуникация",
  situation_task: "Ситуация и задача",
  action: "Действия",
  result: "Результат",
  reflection: "Выводы",
  correctness: "Корректность",
  depth: "Глубина",
  trade_offs: "Компромиссы",
  practical_experience: "Практический опыт",
  clarity: "Ясность",
  problem_understanding: "Понимание задачи",
  approach: "Подход",
  complexity: "Сложность",
  code_quality: "Качество кода",
  understanding: "Понимание вопроса",
  logic: "Логика",
  specificity: "Конкретика",
  job_fit: "Соответствие роли",
};

const and = (items: readonly string[]): string => joinList(items, " и ");


export const RU: TFeedbackText = {
  language: "ru",
  labels: LABELS,
  phrase: ruPhrase,
  and,
  strong: (found, gap) =>
    `Сильная сторона: ответ ${found.length > 0 ? and(found) : "закрывает то, что требуется по этому критерию"}.${gap ? ` Чтобы выйти на максимум, ${gap}.` : ""}`,
  partly: (found, gap, label, variant) =>
    partlyComment({ found: ["Отчасти получилось: ответ {found}.", "Хорошее начало: ответ {found}.", "Ответ {found}, и это помогает."], next: ["Дальше — {gap}.", "Чтобы продвинуться, {gap}.", "Что поднимет оценку: {gap}."], noFound: `Критерий «${label}» раскрыт частично.`, noGap: `углубитесь в критерий «${label}»: добавьте причину или пример` }, found, gap, variant),
  weak: (gaps, label, variant) => {
    const [gap, second] = gaps;
    if (!gap) return `Критерий «${label}» раскрыт слабее всего: добавьте причину или конкретный пример.`;
    const first = [`${capital(gap)}.`, `Здесь ответу не хватает главного: ${gap}.`, `${capital(gap)} — именно здесь теряется больше всего баллов.`, `Чего не хватает больше всего: ${gap}.`, `Начните с этого: ${gap}.`][variant % 5] ?? "";
    return second ? `${first} Также ${second}.` : first;
  },
  strength: (label, found) => `${label}: ${found.length > 0 ? `ответ ${and(found)}` : "здесь всё хорошо"}.`,
  improvement: (label, gap) => (gap.toLowerCase().includes(label.toLowerCase()) ? `${capital(gap)}.` : `${label}: ${gap}.`),
  verdicts: ["Сильный ответ.", "Хороший ответ с несколькими пробелами.", "Ответ неполный: основа есть, но важные части упущены.", "Слабый ответ: он остаётся общим и упускает большую часть того, что ищет интервьюер.", "Этот ответ пока не показывает того, что ищет интервьюер."],
  weakest: (labels) =>
    `Больше всего баллов ещё можно набрать ${labels.length === 1 ? "в критерии" : "в критериях"} ${and(labels.map((l) => `«${l}»`))}; в комментарии к ${labels.length === 1 ? "нему" : "каждому"} сказано, что поможет.`,
  noAnswer: (topic) => `Ответа на вопрос «${topic}» пока нет. Даже частичная попытка приносит баллы: скажите, с чего бы вы начали и почему.`,
  offTopic: (topic) =>
    `Этот ответ — на другой вопрос, не на заданный («${topic}»), поэтому почти не приносит баллов, как бы хорошо ни был рассказан. Перечитайте вопрос и ответьте прямо на него.`,
  tooShort: "Ответ слишком короткий, чтобы показать глубину: раскройте каждый шаг, добавив причину или пример.",
  padding:
    "Большая часть ответа — общие слова (модные термины, «всегда», «важно»), за которые баллы не начисляются; замените их тем, что вы на самом деле сделали или сделали бы.",
  injected:
    "Часть ответа обращалась не к интервьюеру, а к системе оценки (просила балл или объявляла вердикт). Этот текст проигнорирован; интервьюер счёл бы это попыткой обмануть собеседование, поэтому ответ оценён как слабый.",
  graderIgnored: {
    comment: "Оценено по остальной части ответа; текст, обращённый к системе оценки, проигнорирован.",
    feedback: "Часть ответа обращалась не к интервьюеру, а к системе оценки; она проигнорирована, и оценка основана на остальном ответе.",
  },
  confidence: CONFIDENCE_REASON_TEXTS.ru,
  followUps: {
    product_management: {
      structure: "Как бы вы разбили эту задачу на шаги и с какого шага начали бы?",
      metrics: "По какой одной метрике вы поймёте, что это сработало, и за какой защитной метрикой будете следить?",
      prioritization: "Если бы можно было сделать только что-то одно, что бы вы выбрали и чем ради этого пожертвовали?",
      user_empathy: "Каких пользователей это затрагивает сильнее всего, что им нужно и что их беспокоит?",
      communication: "Можете изложить свой план в трёх шагах?",
    },
    behavioral: {
      situation_task: "Когда и где это было, что стояло на кону и какая именно у вас была цель?",
      action: "Что вы сделали лично, шаг за шагом?",
      result: "Чем всё закончилось и как вы это поняли?",
      reflection: "Что бы вы сейчас сделали иначе и где с тех пор применили этот опыт?",
      communication: "Можете пересказать это за минуту: ситуация, ваши действия и результат?",
    },
    software_engineering: {
      correctness: "Можете подробно объяснить, как это устроено внутри?",
      depth: "Что произойдёт под нагрузкой или при отказе одной из частей и почему?",
      trade_offs: "Какая главная альтернатива и в каком случае вы бы выбрали её?",
      practical_experience: "Вы делали это на практике? Какими инструментами и как проверяли, что всё работает?",
      clarity: "Можете объяснить это ещё раз в трёх коротких шагах?",
    },
    coding: {
      problem_understanding: "Какие допущения вы бы уточнили до начала кодирования и какие граничные случаи вас беспокоят?",
      approach: "Есть ли подход быстрее вашего и какая структура данных для него нужна?",
      complexity: "Какова сложность вашего решения по времени и памяти и можно ли лучше?",
      code_quality: "Как бы вы протестировали решение? Какие входные данные попробовали бы первыми?",
      communication: "Можете пройтись по решению на маленьком примере, шаг за шагом?",
    },
    general: {
      understanding: "В чём, по-вашему, суть этого вопроса и что бы вы уточнили в первую очередь?",
      logic: "Почему именно этот выбор, а не альтернативы?",
      specificity: "Можете привести конкретный пример с цифрами?",
      job_fit: "Когда вы делали что-то подобное на практике и каким был результат?",
    },
  },
  outline: (topic, rubric) => `Как построить сильный ответ на вопрос «${topic}»: ${OUTLINES.ru[rubric]}`,
  fromKeyPoints: (points, rubric) =>
    `Сильный ответ раскрывает: ${numbered(points)}. ${CLOSINGS.ru[rubric]}`,
};
