/**
 * Russian and Korean counterparts of the analyzer's plain word lists (word-lists.ts): everyday
 * words, generic interview vocabulary, question framing and light verbs. Like the English lists,
 * they describe the languages and interview talk in general, never a particular question.
 */
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w.length > 0);

/** Everyday words: an answer made mostly of these says little. */
export const RU_KO_COMMON_WORDS: readonly string[] = words(`
  хорошо плохо важно нужно можно нельзя надо просто сложно легко быстро медленно лучше хуже больше меньше сначала
  потом затем дальше всегда никогда часто иногда обычно конечно наверное думаю считаю кажется вообще очень сильно
  делать сделать сделал сделали делаю сказать сказал говорить знать знаю понимать понять понял видеть смотреть
  работать работа работу работе работал время раз день дни неделя неделю месяц год года лет человек люди вещь вещи
  дело дела случай случае ситуация ситуации вопрос вопросы ответ пример например способ подход результат проблема
  проблемы задача задачи решение решения вариант варианты часть части момент образом итоге целом главное
  좋다 좋은 나쁜 중요 필요 가능 쉽게 빠르 느리 먼저 나중 항상 자주 가끔 보통 물론 아마 생각 정말 매우 아주 많이 조금
  하다 되다 보다 알다 모르 말하 일 시간 날 주 달 년 사람 사람들 것 문제 방법 결과 경우 상황 질문 답변 예 예를 방식 부분
  때 다음 이번 지금 오늘 전체 결국 가장 최고 최선 노력 개선 다양 여러 모든 각각 자신 스스로`);

/** Words so frequent in interview answers of every track that sharing them with the question proves little. */
export const RU_KO_GENERIC_DOMAIN_WORDS: readonly string[] = words(`
  пользователь пользователи пользователей пользователям клиент клиенты клиентов продукт продукта продукты приложение
  приложения компания компании команда команды команде проект проекта функция функции фича данные данных система
  системы сервис сервиса решение бизнес время неделя день месяц год новый хороший лучший улучшить сделать проблема
  사용자 고객 제품 앱 애플리케이션 회사 팀 팀원 프로젝트 기능 데이터 시스템 서비스 시간 주 일 월 년 새 좋은 개선 문제 방법`);

/** The question's own framing ("Расскажите о случае...", "경험을 말씀해 주세요"): says nothing about its topic. */
export const RU_KO_QUESTION_FRAME_WORDS: readonly string[] = words(`
  расскажите опишите объясните приведите пример примеры случай случае ситуацию ситуация как бы вы вам ваш поступили
  поступите сделали сделаете будете стали чем всё закончилось почему зачем какой какие каким когда
  말씀 설명 경험 어떻게 무엇 무엇인가 어떤 왜 언제 하시겠습니까 주세요 해주세요 있었던 했던 그것 이를`);

/** Verbs so light that a question using them says nothing about its topic. */
export const RU_KO_LIGHT_VERBS: readonly string[] = words(`
  делать сделать использовать использую используем получить дать взять прийти стать быть иметь
  하다 되다 사용 쓰다 만들 주다 받다 가다 오다 보다`);

/**
 * Russian nouns that name the scene of a product question ("в нашем интернет-магазине",
 * "новый бэкенд-сервис"), written as the start every case form shares: the words before them set
 * the scene, as in English ("a budgeting app", see topic-question.ts). Korean is left out: the words
 * before its noun are as often a relative clause ("매일 사용하는 제품", "a product you use daily")
 * or the very subject asked about as a modifier.
 */
export const RU_SETTING_NOUNS: readonly string[] = words(`
  приложени продукт платформ сервис компани сайт стартап маркетплейс инструмент подписк бизнес магазин`);
