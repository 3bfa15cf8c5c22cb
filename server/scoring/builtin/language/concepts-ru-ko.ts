/**
 * A small bilingual lexicon of interview terms: each entry names one English anchor word and its
 * Russian and Korean counterparts (a few word forms each; stems do the rest). concepts.ts files
 * them into the anchor's concept clusters, or a cluster of their own when the anchor has none, so
 * a Russian answer to an English question (or Python names under a Korean question) meets the
 * question's terms through the concept, as paraphrases already do. It covers the recurring themes
 * and vocabulary of interviews, not any particular question; a term it lacks is simply not matched
 * across languages (the question's own translation, where the bank has one, is the better route).
 */
export const BILINGUAL_TERMS: readonly string[] = [
  // Behavioral themes (the first two are the story-defining mistake and conflict themes).
  "mistake: ошибка ошибки ошибку ошибся ошиблась сломал сломала сломали сломалось сломался упал упало забыл забыла упустил пропустил не проверил откатил откатили откат исправил исправили исправление баг баги инцидент виноват вина промах недосмотр невнимательность | 실수 잘못 오류 놓쳤 깨뜨렸 빠뜨려 빠뜨렸 장애 사고 롤백 잘못했 버그 고쳤 수정 되돌렸",
  "disagree: несогласие разногласие разногласия спор спорил конфликт конфликта возразил возражение не согласился не согласилась настаивал настоял компромисс мнение мнения опасения возражал возражения переубедить переубедил | 갈등 의견 충돌 반대 논쟁 다툼 이견 대립 설득 타협 합의 걱정 우려",
  "learn: вывод выводы урок научился понял осознал | 배웠 배운 교훈 깨달았 깨달음",
  "lead: руководил лидер наставник ментор руководство организовал | 리드 이끌 주도 리더 멘토 관리",
  "deadline: дедлайн срок сроки сжатые успеть опоздание задержка спринт | 마감 기한 일정 촉박 지연 스프린트 납기",
  "deliver: выпустил выпустили запустили релиз запуск поставка | 출시 배포 런칭 완료 전달",
  "feedback: обратная связь фидбек отзыв отзывы критика ревью | 피드백 비판 리뷰 조언 지적",
  "success: успех успешно гордость достижение | 성공 성과 자랑 업적 달성",
  "persuade: убедил убедить уговорил переубедил | 설득 납득",
  "proposal: предложил предложила предложение предложить | 제안 제안했",
  "teammate: коллега коллеги сокомандник напарник | 동료 팀원 협업",
  "manager: руководитель начальник менеджер тимлид | 상사 매니저 팀장 리더",
  "priority: приоритет приоритеты приоритизация | 우선순위",
  "goal: цель цели | 목표",
  "change: изменение перемены адаптация | 변화 변경 적응",
  // Product.
  "conversion: конверсия конверсии | 전환율 전환",
  "retention: удержание | 리텐션 유지율 잔존",
  "churn: отток | 이탈 이탈률",
  "drop: упала падение снижение просела | 하락 감소 떨어졌",
  "improve: улучшить улучшение рост увеличить | 개선 향상 증가",
  "onboarding: онбординг | 온보딩",
  "metric: метрика метрики показатель | 지표 메트릭",
  "funnel: воронка | 퍼널 깔때기",
  "experiment: эксперимент a/b | 실험",
  "price: цена цены стоимость подписка | 가격 요금 구독",
  "user: пользователь пользователи | 사용자 유저",
  "customer: клиент клиенты покупатель | 고객",
  "feature: функция фича возможность | 기능",
  "segment: сегмент сегменты | 세그먼트",
  "market: рынок конкурент конкуренты | 시장 경쟁사",
  "payment: оплата оплаты платеж платежный | 결제 지불",
  "delivery: доставка | 배달 배송",
  // Engineering.
  "cache: кэш кеш кэширование кэша | 캐시 캐싱",
  "invalidate: инвалидация инвалидировать | 무효화",
  "database: база данных бд | 데이터베이스 DB",
  "index: индекс индексы | 인덱스 색인",
  "lock: блокировка блокировки | 잠금 락",
  "transaction: транзакция транзакции | 트랜잭션",
  "query: запрос запросы | 쿼리 질의",
  "latency: задержка задержки латентность | 지연 지연시간 레이턴시",
  "performance: производительность скорость | 성능 속도",
  "scale: масштабирование масштаб | 확장 확장성 스케일",
  "queue: очередь очереди | 큐 대기열",
  "message: сообщение сообщения | 메시지",
  "replica: реплика репликация | 복제 레플리카",
  "shard: шард шардирование | 샤드 샤딩",
  "failure: отказ сбой падение | 장애 실패",
  "retry: повтор повторы ретрай | 재시도",
  "timeout: таймаут | 타임아웃",
  "storage: хранилище хранение | 저장소 스토리지 저장",
  "key: ключ ключи | 키",
  "hash: хеш хэш хеширование | 해시",
  "server: сервер серверы | 서버",
  "service: сервис сервисы | 서비스",
  "request: запрос | 요청",
  "response: ответ | 응답",
  "consistency: консистентность согласованность | 일관성 정합성",
  "availability: доступность | 가용성",
  "monitor: мониторинг метрики алерт | 모니터링 알림",
  "deploy: деплой развертывание выкатил | 배포",
  "test: тест тесты тестирование | 테스트",
  "security: безопасность | 보안",
  "authentication: аутентификация | 인증",
  "api: апи | API",
  "url: ссылка ссылки | URL 링크 주소",
  "shorten: сокращение короткий | 단축 짧은",
  "chat: чат | 채팅",
  "design: проектирование спроектировать архитектура | 설계 아키텍처",
  // Coding.
  "string: строка строки | 문자열",
  "array: массив массива | 배열",
  "palindrome: палиндром палиндромом палиндромы | 회문 팰린드롬",
  "pointer: указатель указатели | 포인터",
  "complexity: сложность | 복잡도",
  "memory: память памяти | 메모리 공간",
  "time: время времени | 시간",
  "sum: сумма сумму | 합",
  "target: цель целевое | 타겟 목표값",
  "duplicate: дубликат повтор | 중복",
  "sort: сортировка отсортировать | 정렬",
  "tree: дерево | 트리",
  "graph: граф | 그래프",
  "stack: стек | 스택",
  "recursion: рекурсия | 재귀",
  "loop: цикл | 반복문 루프",
  "character: символ символы | 문자",
  "letter: буква буквы | 글자",
  "case: регистр | 대소문자",
  "function: функция функцию | 함수",
  "interval: интервал интервалы | 구간",
  "valid: корректный валидный | 유효",
  "bracket: скобка скобки | 괄호",
];

export type TBilingualTerm = { anchor: string; words: string[] };

export function bilingualTerms(): TBilingualTerm[] {
  return BILINGUAL_TERMS.map((line) => {
    const [anchor = "", rest = ""] = line.split(":");
    return { anchor: anchor.trim(), words: rest.replace("|", " ").split(/\s+/).filter((w) => w.length > 0) };
  });
}
