/**
 * A compact list of general tech, data, product and people skills, each pointing at the bank tags
 * that practise it, the tracks whose questions can show it and the rubric dimensions an answer must
 * score on to count as evidence. Terms are lower-case; a trailing `*` matches any word ending, so
 * one entry catches English inflections and Russian cases ("тест*" → тесты, тестирование).
 * The bank's own tags join this list at run time (bank-vocabulary.ts).
 */
import type { TTrack } from "@/server/contracts/vocabulary/tracks";

export interface TSkillEntry {
  id: string;
  label: string;
  terms: string[];
  tags: string[];
  tracks: TTrack[];
  dimensions: string[];
}

const CODE: TTrack[] = ["coding"];
const SE: TTrack[] = ["software_engineering"];
const PM: TTrack[] = ["product_management"];
const BH: TTrack[] = ["behavioral"];
const CODE_DIMS = ["approach", "code_quality"];
const SE_DIMS = ["correctness", "depth", "practical_experience"];
const PM_DIMS = ["structure", "metrics", "prioritization"];
const BH_DIMS = ["action", "result"];

function entry(id: string, terms: string[], tags: string[], tracks: TTrack[], dimensions: string[], label = id): TSkillEntry {
  return { id, label, terms, tags, tracks, dimensions };
}

/** Programming languages and frameworks: shown by writing code, so any coding question practises them. */
const LANGUAGES = [
  entry("python", ["python", "django", "fastapi", "flask", "pandas"], ["arrays", "hash-map"], CODE, CODE_DIMS, "Python"),
  entry("java", ["java", "spring*", "jvm"], ["arrays", "hash-map"], CODE, CODE_DIMS, "Java"),
  entry("go", ["go", "golang"], ["arrays", "hash-map", "concurrency"], [...CODE, ...SE], CODE_DIMS, "Go"),
  entry("kotlin", ["kotlin", "coroutines", "jetpack compose"], ["arrays", "concurrency"], [...CODE, ...SE], CODE_DIMS, "Kotlin"),
  entry("swift", ["swift", "swiftui", "uikit", "ios"], ["arrays", "concurrency"], [...CODE, ...SE], CODE_DIMS, "Swift / iOS"),
  entry("android", ["android"], ["performance", "concurrency"], [...SE, ...CODE], SE_DIMS, "Android"),
  entry("javascript", ["javascript", "typescript", "node.js", "nodejs", "js", "ts"], ["arrays", "strings"], CODE, CODE_DIMS, "JavaScript / TypeScript"),
  entry("react", ["react", "next.js", "angular*", "vue", "frontend", "front-end"], ["performance", "caching", "testing"], [...SE, ...CODE], SE_DIMS, "Frontend frameworks"),
  entry("web", ["html", "css", "responsive design", "browser*", "rendering", "web performance", "core web vitals"], ["performance", "http"], SE, SE_DIMS, "Web platform"),
  entry("other-languages", ["c#", "c++", "ruby", "php", "rust", "scala", "r"], ["arrays"], CODE, CODE_DIMS, "Programming languages"),
  entry("algorithms", ["algorithm*", "data structure*", "алгоритм*"], ["arrays", "graphs", "dynamic-programming"], CODE, ["approach", "complexity"], "Algorithms"),
];

const ENGINEERING = [
  entry("api-design", ["api", "apis", "rest", "grpc", "graphql", "endpoint*", "json"], ["api-design", "http"], SE, SE_DIMS, "API design"),
  entry("databases", ["sql", "postgresql", "postgres", "mysql", "database*", "schema design", "indexing", "query tuning", "баз* данных", "запрос*"], ["databases", "indexing"], SE, SE_DIMS, "Databases and SQL"),
  entry("distributed-systems", ["distributed", "microservice*", "event-driven", "eventual consistency", "распредел*", "микросервис*"], ["distributed-systems", "system-design"], SE, ["depth", "trade_offs"], "Distributed systems"),
  entry("queues", ["kafka", "rabbitmq", "queue*", "streaming", "очеред*"], ["distributed-systems", "reliability"], SE, ["depth", "trade_offs"], "Messaging and queues"),
  entry("caching", ["caching", "cache", "redis", "кэш*", "кеш*", "offline"], ["caching"], SE, ["depth", "trade_offs"], "Caching"),
  entry("performance", ["performance", "latency", "startup time", "memory", "battery", "bundle size", "optimi*", "оптимизир*", "производительн*"], ["performance", "scaling"], SE, ["depth", "practical_experience"], "Performance"),
  entry("reliability", ["reliab*", "on-call", "uptime", "crash-free", "slo*", "дежурств*", "incident*", "outage*", "postmortem*"], ["reliability", "incident-response"], SE, ["practical_experience", "trade_offs"], "Reliability and incidents"),
  entry("observability", ["observability", "monitoring", "alerting", "tracing", "logging", "prometheus", "grafana"], ["observability"], SE, ["practical_experience"], "Observability"),
  entry("testing", ["test*", "jest", "playwright", "qa", "тест*", "автотест*"], ["testing"], [...SE, ...CODE], ["practical_experience", "code_quality"], "Testing"),
  entry("code-review", ["code review*", "код-ревью", "ревью"], ["testing", "feedback"], [...SE, ...BH], ["practical_experience"], "Code review"),
  entry("infrastructure", ["docker", "kubernetes", "k8s", "terraform", "infrastructure as code", "aws", "gcp", "azure", "cloud", "ci/cd", "devops", "linux"], ["tooling", "scaling"], SE, ["practical_experience", "trade_offs"], "Cloud and infrastructure"),
  entry("security", ["security", "pci dss", "psd2", "gdpr", "personal data", "compliance", "regulated"], ["security"], SE, ["correctness", "trade_offs"], "Security and compliance"),
  entry("migrations", ["migrat*", "legacy", "zero downtime"], ["migrations"], SE, ["trade_offs", "practical_experience"], "Migrations"),
  entry("concurrency", ["concurrency", "async", "multithread*", "gcd", "flow"], ["concurrency"], SE, ["depth", "correctness"], "Concurrency"),
  entry("architecture", ["architecture", "system design", "design review*", "mvvm", "clean architecture", "modular", "technical direction", "rfc*", "архитектур*"], ["system-design", "design"], SE, ["trade_offs", "depth"], "Architecture"),
  entry("accessibility", ["accessib*", "wcag", "a11y"], ["product-design", "testing"], [...SE, ...PM], ["practical_experience", "user_empathy"], "Accessibility"),
  entry("mobile", ["mobile", "app store", "low-end devices", "poor networks", "maps", "location"], ["performance", "reliability"], SE, SE_DIMS, "Mobile"),
];

const DATA = [
  entry("data-pipelines", ["pipeline*", "airflow", "spark", "etl", "dbt", "batch"], ["distributed-systems", "reliability"], SE, ["depth", "trade_offs"], "Data pipelines"),
  entry("data-warehouse", ["warehouse", "snowflake", "bigquery", "data model*", "data quality"], ["databases"], SE, SE_DIMS, "Data modelling"),
  entry("analytics", ["dashboard*", "looker", "tableau", "amplitude", "excel", "report*", "analy*", "funnel*", "data"], ["metrics", "estimation"], PM, ["metrics", "structure"], "Analytics and dashboards"),
  entry("statistics", ["statistic*", "significance", "confidence interval*", "distribution*", "quantitative"], ["experimentation", "metrics"], PM, ["metrics"], "Statistics"),
  entry("experiments", ["a/b", "experiment*", "ab test*", "split test*"], ["experimentation", "metrics"], PM, ["metrics", "structure"], "Experiments"),
  entry("ml", ["machine learning", "pricing model*", "data scien*", "ml", "ai"], ["ai"], SE, SE_DIMS, "Machine learning"),
];

const PRODUCT = [
  entry("strategy", ["strategy", "roadmap*", "vision", "product direction"], ["strategy", "vision", "prioritization"], PM, ["structure", "prioritization"], "Product strategy and roadmap"),
  entry("metrics", ["metric*", "kpi*", "success measure*", "impact", "activation", "retention", "churn", "outcome*"], ["metrics"], PM, ["metrics"], "Metrics"),
  entry("prioritization", ["prioriti*", "backlog", "trade-off*", "trade offs", "приоритиз*"], ["prioritization"], PM, ["prioritization"], "Prioritization"),
  entry("user-research", ["user research", "discovery", "customer interview*", "usability", "interviews", "survey*", "user stor*", "feedback from", "needs", "curiosity about users"], ["user-research", "product-sense"], PM, ["user_empathy"], "User research"),
  entry("product-design", ["product design", "ux", "user experience", "onboarding", "feature*", "acceptance criteria"], ["product-design", "product-sense"], PM, ["user_empathy", "structure"], "Product design"),
  entry("execution", ["ship*", "deliver*", "launch*", "release*", "sprint*", "milestone*", "requirement document*", "specs", "prd*", "plan quarters"], ["execution"], PM, ["structure", "prioritization"], "Execution and delivery"),
  entry("go-to-market", ["go-to-market", "pricing", "growth", "marketing"], ["go-to-market", "pricing"], PM, ["structure", "metrics"], "Go-to-market"),
  entry("b2b", ["b2b", "saas", "enterprise"], ["strategy", "marketplace"], PM, PM_DIMS, "B2B products"),
];

const PEOPLE = [
  // Not "explain*" alone: PostgreSQL's EXPLAIN is in many a database requirement.
  entry("communication", ["communicat*", "written", "verbal", "explaining", "explanation*", "explain complex", "explain technical", "present*", "коммуника*", "договарива*", "english", "spanish", "portuguese", "german", "dutch"], ["communication"], BH, ["communication", ...BH_DIMS], "Communication"),
  entry("collaboration", ["collaborat*", "work with", "working with", "partner with", "team player", "work closely", "в команде", "cross-functional"], ["collaboration"], BH, BH_DIMS, "Collaboration"),
  entry("stakeholders", ["stakeholder*", "align*", "leadership", "influenc*", "non-technical"], ["stakeholders", "stakeholder-management", "influence"], [...BH, ...PM], BH_DIMS, "Stakeholder management"),
  entry("mentoring", ["mentor*", "coach*", "grow a team", "grow frontend", "share knowledge", "наставни*"], ["mentoring", "leadership"], BH, BH_DIMS, "Mentoring"),
  entry("leadership", ["lead", "leading", "leads", "staff", "principal", "manag* software engineers", "managing", "hire", "hiring", "culture"], ["leadership", "people-management"], BH, [...BH_DIMS, "reflection"], "Leadership"),
  entry("feedback", ["feedback", "one-on-ones", "1:1*", "underperformance"], ["feedback", "people-management"], BH, ["action", "reflection"], "Feedback"),
  entry("conflict", ["conflict*", "disagree*", "negotiat*"], ["conflict"], BH, BH_DIMS, "Conflict resolution"),
  entry("ownership", ["ownership", "own ", "accountab*", "end to end", "proactive", "initiative"], ["ownership", "initiative"], BH, BH_DIMS, "Ownership"),
  entry("ambiguity", ["ambigu*", "incomplete information", "uncertain*", "judgement", "judgment", "decision*", "change"], ["ambiguity", "decision-making"], BH, ["action", "reflection"], "Ambiguity and decisions"),
  entry("learning", ["learn*", "curios*", "growth mindset", "willingness", "обучаем*"], ["learning"], BH, ["reflection"], "Learning"),
  entry("org-design", ["organisational", "organizational", "team structure", "org design"], ["org-design"], BH, BH_DIMS, "Organisation design"),
];

export const SKILLS: readonly TSkillEntry[] = [...LANGUAGES, ...ENGINEERING, ...DATA, ...PRODUCT, ...PEOPLE];
