import type { SeedQuestion } from "./types";

/** Behavioral track: STAR stories whose expected scope and ownership rise with level. */
export const behavioralQuestions: SeedQuestion[] = [
  // ---------------------------------------------------------------- intern
  {
    slug: "bh-disagreement-on-team-project",
    track: "behavioral",
    level: "intern",
    text: "Tell me about a time you disagreed with a teammate on a school or team project. How did you handle it?",
    tags: ["conflict", "collaboration"],
    difficulty: 1,
    keyPoints: [
      "describe the situation and the specific disagreement",
      "listen to and understand the teammate's perspective",
      "use data, a test or a shared goal to resolve it",
      "stay respectful and focus on the outcome, not winning",
      "state the result with a concrete outcome such as the grade or deadline",
      "reflect on what you learned about collaboration",
    ],
    followUps: [
      { text: "What exactly did you say or do to understand your teammate's view before arguing for yours?", dimension: "action" },
      { text: "How did the project turn out, and how do you know the approach you settled on was the right one?", dimension: "result" },
      { text: "If the same disagreement came up tomorrow, what would you do differently?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: In my third year, I was on a four-person team building a mobile app for a course project, with six weeks until the demo. My teammate Priya wanted to build the app natively for both iOS and Android, while I thought we should use a cross-platform framework like React Native.

Task: We needed to decide within a few days because the first milestone was due at the end of week two, and the argument was starting to split the team.

Action: Instead of pushing my view harder, I asked Priya to walk me through her reasoning. Her main concern was performance for the camera feature, which was central to the app. That was a fair point I hadn't considered. I suggested we spend one afternoon each building a tiny prototype of just the camera screen in both approaches, then compare them against what mattered: performance, time to build, and how many of us knew the tools. I also proposed that we agree in advance to follow the results.

Result: The React Native prototype performed fine on both our test phones, and it took half the time to build. Priya agreed, and since she had researched the camera APIs deeply, she took ownership of that feature. We finished all milestones on time and got 92% on the project, one of the highest in the class. Priya and I ended up working together on the next project too.

Reflection: I learned that disagreements often hide a specific concern, and that asking "what are you worried about?" is more useful than repeating my argument. Turning an opinion debate into a small, fair experiment made it easy for both of us to accept the outcome.`,
  },
  {
    slug: "bh-learned-new-skill-quickly",
    track: "behavioral",
    level: "intern",
    text: "Tell me about a time you had to learn something new very quickly to get something done. How did you approach it?",
    tags: ["learning", "ownership"],
    difficulty: 1,
    keyPoints: [
      "explain why the learning was urgent and the deadline",
      "describe a structured learning approach: documentation, tutorials, experts",
      "learn by doing with a small project or prototype",
      "ask for help and feedback at the right moments",
      "quantify the result",
      "reflect on how you learn best and reuse it",
    ],
    followUps: [
      { text: "What did your first day of learning look like? Which resources did you use, and in what order?", dimension: "action" },
      { text: "How good did you actually get, and how did you know it was enough for the task?", dimension: "result" },
      { text: "What have you reused from that way of learning since then?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: During my summer internship at a logistics startup, my manager asked me to build a dashboard showing delivery delays by region. The data lived in SQL, but I had only used spreadsheets, and the dashboard had to be ready in two weeks for a meeting with the operations director.

Task: I needed to learn enough SQL and the company's BI tool, Metabase, to produce accurate numbers on time.

Action: I made a plan for the first three days. I did an interactive SQL course for about three hours a day, focusing only on what I needed: SELECT, JOIN, GROUP BY and date functions. Then I switched to learning by doing. I wrote small queries against the real tables and checked the results against existing spreadsheet reports, which gave me a way to catch my own mistakes. When I got stuck on a join that doubled counts, I tried for 30 minutes, then asked a data analyst, Marco, who explained one-to-many joins in ten minutes. I kept a document of everything I learned, and asked Marco to review my final queries before the meeting.

Result: I delivered the dashboard two days early with six charts. It showed that one region had 35% of all delays, mostly caused by a single warehouse's late dispatch. The operations team changed that warehouse's pickup schedule and delays in the region dropped by about 20% within a month. The dashboard became a weekly report.

Reflection: I learned that I learn fastest by combining a short, focused course with real problems immediately, and that validating against a known source is essential when learning something with data. I also learned to set a time limit before asking for help, instead of either asking too early or struggling too long.`,
  },
  {
    slug: "bh-mistake-you-made-and-fixed",
    track: "behavioral",
    level: "intern",
    text: "Tell me about a mistake you made. What happened, and what did you do about it?",
    tags: ["failure", "ownership", "learning"],
    difficulty: 2,
    keyPoints: [
      "choose a real mistake with genuine consequences",
      "take ownership without blaming others",
      "act quickly to fix or limit the damage",
      "communicate the mistake openly to the affected people",
      "put a prevention step in place such as a checklist",
      "reflect on the lesson and show changed behavior",
    ],
    followUps: [
      { text: "What exactly was the consequence of the mistake, and who was affected?", dimension: "situation_task" },
      { text: "Who did you tell first, and how did you tell them?", dimension: "action" },
      { text: "What did you put in place so it would not happen again, and has it held up?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: As a volunteer treasurer for my university's hiking club, I was responsible for collecting payments for a weekend trip for 40 members and booking the accommodation.

Task: I had to confirm the booking with the hostel by a deadline and pay a 30% deposit.

Action, and the mistake: I tracked payments in a spreadsheet, but when I sent the final numbers to the hostel, I used an older version of the sheet. I booked 34 beds instead of 40. I discovered it a week before the trip, when a member asked which room she was in and she wasn't on the list.

I told the club president the same day and explained exactly what had happened, rather than trying to quietly fix it first. Then I called the hostel. They only had four extra beds left, so I booked those and found a guesthouse 200 meters away for the remaining two people. It cost 60 euros more, so I asked the committee whether the club could cover it; I offered to pay it myself if not. The committee covered it from the reserve fund. I emailed the six affected members personally to explain and let them choose who would stay in the guesthouse; two volunteered.

Result: Everyone had a bed, the trip went ahead, and the feedback survey rated accommodation 4.5 out of 5. Afterwards, I moved tracking to a single shared online sheet with no copies, and added a checklist step: reconcile the booking count with the payment list and have a second committee member verify before confirming.

Reflection: I learned that telling people quickly is more important than fixing things silently, because it gave us more options. And I now double-check any number that goes to an external party against the source of truth.`,
  },
  {
    slug: "bh-received-critical-feedback",
    track: "behavioral",
    level: "intern",
    text: "Tell me about a time you received critical feedback. How did you react, and what did you change?",
    tags: ["feedback", "learning"],
    difficulty: 2,
    keyPoints: [
      "describe the specific feedback and who gave it",
      "show an open, non-defensive reaction",
      "ask clarifying questions and for concrete examples",
      "describe specific behavior changes",
      "show measurable improvement afterwards",
      "reflect on how you now seek feedback proactively",
    ],
    followUps: [
      { text: "What exactly did the feedback say, in the words the person used?", dimension: "situation_task" },
      { text: "What was the first concrete thing you did differently after hearing it?", dimension: "action" },
      { text: "How did you, or the person who gave the feedback, know that you had improved?", dimension: "result" },
      { text: "How do you ask for feedback now, compared with before?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: In my first internship, at a marketing agency, I presented a competitor analysis to my team after three weeks of work. Afterwards, my manager Laura told me the research was solid, but that the presentation was hard to follow: I had 28 slides, dense with data, and by slide 10 the team had lost the main point.

Task: I had a second presentation, to the client, in two weeks, so I needed to fix this quickly.

Action: My first reaction was disappointment, because I was proud of the depth of the research. But I thanked her and asked for specifics: which slides were confusing, and what a good presentation looked like at the agency. She showed me a deck from a senior colleague that started with three key findings and put details in an appendix. I also asked two teammates what they remembered from my presentation; both remembered only a chart about pricing, which told me a lot. I then restructured the deck: one slide with the three main insights and a recommendation, one slide per insight with a single chart, and everything else in the appendix. I rehearsed twice with Laura and cut the talk from 40 minutes to 15.

Result: The client presentation went well. The client asked follow-up questions about the pricing insight and later approved a new pricing campaign based on it. Laura said it was one of the clearest intern presentations she had seen, and she asked me to present at the next team meeting.

Reflection: I learned that feedback stings most when it's about something I'd worked hard on, and that asking for specific examples turns that feeling into something useful. Since then, I ask for feedback on drafts early instead of waiting for the final version.`,
  },
  {
    slug: "bh-juggling-competing-deadlines",
    track: "behavioral",
    level: "intern",
    text: "Tell me about a time you had several deadlines at once and could not do everything perfectly. How did you prioritize?",
    tags: ["prioritization", "communication"],
    difficulty: 2,
    keyPoints: [
      "list the competing tasks and their deadlines",
      "explain prioritization criteria: impact, urgency, consequences",
      "break work down and plan time realistically",
      "communicate early and negotiate a deadline where needed",
      "state the outcome for each task",
      "reflect on what you would do differently",
    ],
    followUps: [
      { text: "What were the deadlines, and what would have happened if you had missed each one?", dimension: "situation_task" },
      { text: "Did you tell anyone that a deadline was at risk? What did you say, and when?", dimension: "action" },
      { text: "How did each of the tasks turn out in the end?", dimension: "result" },
      { text: "If you faced the same week again, what would you plan differently?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: In the final month of my degree, I had three things due in the same week: my thesis draft for my supervisor, a group project presentation, and a take-home coding assignment for a job application that I was very excited about. I was also working 10 hours a week at the library.

Task: I had about 45 hours of available time, and my rough estimate for everything was 60 hours.

Action: I wrote each task down with its deadline, how much it mattered, and whether the deadline was flexible. The group presentation affected three other people and had a fixed date, so it came first. The coding assignment was for a job I really wanted, and the company had given a fixed window of five days. The thesis draft mattered most long term, but it was a draft for feedback, not the final submission.

I emailed my supervisor explaining my situation and asked whether I could submit the draft four days later, offering to send the first two chapters on time. She agreed. I asked to swap two library shifts with a colleague, which freed eight hours. Then I blocked my calendar: mornings for the coding assignment, afternoons for the group project, and I kept one evening free as a buffer.

Result: The group presentation went well and we got an A minus. I submitted the coding assignment on time, passed, and that company later made me an offer. My supervisor gave feedback on the partial draft, which improved the rest of the thesis, and I got a high distinction.

Reflection: I learned that asking early is key. A request for more time five days in advance is easy to accept; the same request the night before isn't. I now check deadlines two weeks ahead so I can spot conflicts early.`,
  },
  {
    slug: "bh-took-initiative-unasked",
    track: "behavioral",
    level: "intern",
    text: "Tell me about a time you took the initiative to do something that was not part of your assignment.",
    tags: ["initiative", "ownership"],
    difficulty: 2,
    keyPoints: [
      "identify a problem or opportunity others overlooked",
      "explain why you chose to act and checked it with your manager",
      "describe concrete steps you took",
      "balance it with your assigned work",
      "quantify the impact",
      "reflect on ownership and what you learned",
    ],
    followUps: [
      { text: "Why had nobody fixed this before you noticed it?", dimension: "situation_task" },
      { text: "How did you make sure your assigned work didn't suffer, and did you check with your manager first?", dimension: "action" },
      { text: "What changed because of what you did? Can you put a number on it?", dimension: "result" },
    ],
    sampleAnswer: `Situation: During my internship on a customer support team at a software company, my assignment was to answer tickets and help update help-center articles. I noticed that about one in five tickets I handled were the same question: how to reset two-factor authentication after getting a new phone.

Task: It wasn't my job to change the product or the support process, but I thought we could save a lot of time.

Action: I first checked whether I was right. I exported the last month of tickets and tagged them by topic in a spreadsheet; 2FA resets were 18% of all tickets, around 300 a month, each taking an agent about 8 minutes. I showed this to my manager, Tom, and asked if I could spend a few hours a week on it. He agreed, as long as my ticket targets stayed on track. I rewrote the help article with screenshots for iPhone and Android, added the article link to the automatic reply for tickets mentioning "2FA" or "new phone," and created a saved reply template for agents. I also wrote a short summary for the product team suggesting backup codes at sign-up, with the ticket data.

Result: Over the next month, 2FA tickets dropped by about 40%, saving roughly 16 agent hours a month. The product team added backup codes to their roadmap the next quarter, and Tom asked me to repeat the analysis for the next most common ticket topic. I still met my ticket targets.

Reflection: I learned that initiative works best when I bring data and check with my manager first, so it's seen as helping the team rather than doing something random. I also learned that small fixes to repetitive problems can have surprisingly large impact.`,
  },
  {
    slug: "bh-knowing-when-to-ask-for-help",
    track: "behavioral",
    level: "intern",
    text: "Tell me about a time you were stuck on a problem. How did you decide when to ask for help, and how did you ask?",
    tags: ["collaboration", "learning"],
    difficulty: 1,
    keyPoints: [
      "describe the problem and what you tried independently first",
      "set a time box before escalating",
      "prepare a clear question with context and attempts",
      "choose the right person to ask",
      "explain the outcome and time saved",
      "reflect on balancing independence and asking for help",
    ],
    followUps: [
      { text: "What had you tried on your own before asking, and how long did you give yourself?", dimension: "action" },
      { text: "What exactly did your question to the person say?", dimension: "communication" },
      { text: "How do you decide now when it is time to ask for help?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: In my software engineering internship, my first task was adding a field to a user settings page. The change looked simple, but my local environment kept failing with a cryptic database connection error, and I couldn't run the app at all.

Task: I wanted to be independent and not bother the busy team in my first week, but I also had a demo at the end of the week.

Action: I spent the first morning debugging on my own: I re-read the setup documentation, searched the error online, checked that the database container was running, and compared my environment variables with the example file. After three hours, I had tried everything I could think of. I decided that spending another day alone would cost more than ten minutes of someone's time, so I set myself a rule: if I'm stuck with no new ideas after about two hours, I ask.

I wrote a message in the team channel instead of messaging one person directly, so anyone available could answer: what I was trying to do, the exact error, what I had already tried, and my guess that it was a port conflict. My mentor, Aisha, replied within 20 minutes. My guess was close: a database installed on my laptop was already using the same port. She showed me how to check with one command.

Result: I was running the app ten minutes later and finished the task two days early. I also added a troubleshooting section to the setup documentation, and the next intern fixed the same problem alone in minutes.

Reflection: I learned that a well-prepared question respects others' time and often leads me to the answer myself. Now I time-box problems and always write down what I've tried, which also makes my questions much faster to answer.`,
  },

  // ---------------------------------------------------------------- junior
  {
    slug: "bh-about-to-miss-a-deadline",
    track: "behavioral",
    level: "junior",
    text: "Tell me about a time you realized you were going to miss a deadline. What did you do, and what was the outcome?",
    tags: ["ownership", "communication", "failure"],
    difficulty: 2,
    keyPoints: [
      "recognize the risk early and explain why it happened",
      "communicate proactively to stakeholders with a new estimate",
      "offer options: reduce scope, add help, move the date",
      "execute the revised plan",
      "quantify the outcome",
      "reflect on improving estimation and early warning",
    ],
    followUps: [
      { text: "When did you first realize you might miss it, and what was the warning sign?", dimension: "situation_task" },
      { text: "What options did you put in front of your stakeholders, and which did they choose?", dimension: "action" },
      { text: "How late were you in the end, if at all, and what did that cost?", dimension: "result" },
      { text: "What do you do differently now to estimate better or flag risk earlier?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: As a junior developer at an e-commerce company, I was building a new returns page that marketing planned to promote in an email campaign to 200,000 customers on a fixed date, three weeks out.

Task: I owned the front end and the integration with the warehouse's returns API.

Action: At the end of the first week, I realized I had badly underestimated the integration. The warehouse API documentation was outdated, and each return required three calls instead of one, with complicated error handling. My honest estimate went from three weeks to almost five. I was tempted to work weekends and hope, but I knew that would likely still miss the date and I'd lose the chance to give people options.

I told my lead, Daniel, the same afternoon, with a short written summary: what I'd found, a revised estimate, and three options. One, cut scope: launch with returns for standard orders only and handle exchanges later, which covered about 85% of returns. Two, add an engineer who knew the warehouse API. Three, move the campaign date by two weeks. Daniel and I went to the marketing manager together. We chose the first option, plus a one-week loan of a backend engineer to help with the API wrapper.

Result: We launched the reduced version on the original date. The campaign ran as planned, and about 4,000 customers used the page in the first week, cutting return-related support tickets by roughly 30%. Exchanges shipped three weeks later.

Reflection: I learned that the earlier I raise a risk, the more options there are. I also changed how I estimate: I now spike any unfamiliar third-party integration for a day before giving an estimate, and I share estimates as ranges with the main risks listed.`,
  },
  {
    slug: "bh-unclear-requirements",
    track: "behavioral",
    level: "junior",
    text: "Tell me about a time you were given a task with unclear or incomplete requirements. How did you move forward?",
    tags: ["ambiguity", "communication"],
    difficulty: 3,
    keyPoints: [
      "describe the ambiguity and the risk of guessing",
      "identify the underlying goal by asking who the user is and why",
      "write down assumptions and confirm them with stakeholders",
      "build an early prototype or draft to get feedback",
      "deliver with measurable results",
      "reflect on handling ambiguity in the future",
    ],
    followUps: [
      { text: "Which questions did you ask, and to whom, to pin down the goal?", dimension: "action" },
      { text: "How close was your first draft to what they actually wanted?", dimension: "result" },
      { text: "What would you do on day one the next time you are handed a vague task?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: Six months into my first job as a data analyst at a subscription meal-kit company, the head of operations asked me for "a report on churn" by the end of the month. There was no more detail, and she was traveling for a week.

Task: Churn can mean many things: cancellations, paused subscriptions, customers who skip deliveries. I could easily spend two weeks building the wrong thing.

Action: First, I looked for context. I found that the operations team was planning next quarter's retention budget, so the report was probably meant to decide where to spend money. I wrote a one-page document listing my assumptions: churn defined as cancellation within 90 days of signing up; breakdowns by acquisition channel, plan size and region; and a list of questions, such as whether pauses should count. I sent it to her with a request for a 15-minute call when she was available, and also reviewed it with a senior analyst, who pointed out that the finance team already used a specific churn definition that I should align with.

During the call, she told me that her real question was whether a discount campaign the previous quarter had brought in customers who churned faster. That changed the focus. I built a first version of the cohort analysis within three days and shared it early, then refined it.

Result: The analysis showed that discount-acquired customers churned at 48% within 90 days, compared with 27% for others. The team reduced discount depth in the next campaign and added an onboarding email sequence, and 90-day churn for new cohorts dropped about 6 percentage points over the next quarter.

Reflection: I learned that with unclear requirements, the most valuable step is finding the decision the work will support. Writing assumptions down and getting early feedback saved me from answering the wrong question.`,
  },
  {
    slug: "bh-disagreed-with-your-manager",
    track: "behavioral",
    level: "junior",
    text: "Tell me about a time you disagreed with your manager's decision. What did you do, and how did it turn out?",
    tags: ["conflict", "communication", "influence"],
    difficulty: 3,
    keyPoints: [
      "describe the decision and why you disagreed, with evidence",
      "raise the concern privately and respectfully at the right time",
      "understand the manager's constraints and reasoning",
      "propose an alternative or compromise",
      "commit fully once a decision is made",
      "reflect on the outcome and the relationship",
    ],
    followUps: [
      { text: "How and when did you raise the disagreement, and what evidence did you bring?", dimension: "action" },
      { text: "What happened after the decision was made, and were you right?", dimension: "result" },
      { text: "How did this change the way you work with that manager?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: As a junior backend engineer at a fintech company, my manager decided we would skip writing automated tests for a new reporting feature to hit a deadline for a customer demo in two weeks.

Task: I thought this was risky. The reports calculated fees that customers would use for their accounting, and we had had two production bugs in similar code the quarter before.

Action: I didn't want to argue in the team meeting, so I asked my manager, Sarah, for ten minutes afterwards. I started by asking about her constraints. She explained that the demo was for a prospect worth a large contract and that the sales team had already committed the date. Then I shared my concern with specifics: the previous fee bugs had taken about four days each to investigate and fix and had triggered customer credits. I proposed a compromise: skip tests for the UI and export formatting, but write tests for the fee calculation module only, which I estimated at a day and a half. I offered to do it myself while keeping the demo date.

Sarah agreed to the compromise. Once we decided, I focused on making the deadline work rather than revisiting the discussion.

Result: We delivered the demo on time, and the prospect signed. During testing, my calculation tests caught a rounding bug that would have overcharged customers on certain currency conversions. Sarah mentioned it in our team retro, and we adopted a rule that money-related code always gets tests, even under deadline pressure.

Reflection: I learned that disagreement works better when I understand the other person's constraints first and come with a specific, low-cost alternative. Framing it as how to meet her goal safely, not whether she was wrong, made it easy for her to say yes.`,
  },
  {
    slug: "bh-gave-hard-feedback-to-peer",
    track: "behavioral",
    level: "junior",
    text: "Tell me about a time you had to give difficult feedback to a peer. How did you prepare, and how did they respond?",
    tags: ["feedback", "communication", "collaboration"],
    difficulty: 3,
    keyPoints: [
      "describe the behavior and its impact on the team",
      "prepare specific examples and pick a private setting",
      "use a structure such as situation-behavior-impact",
      "listen to their perspective and show empathy",
      "agree on next steps together",
      "follow up and describe the outcome",
    ],
    followUps: [
      { text: "How did you prepare? Which examples did you gather, and where did you have the conversation?", dimension: "action" },
      { text: "What were the first two sentences you said to them?", dimension: "communication" },
      { text: "Did their behavior change, and how did you follow up?", dimension: "result" },
    ],
    sampleAnswer: `Situation: I was a junior designer on a team of four building a mobile banking app. A peer, Lucas, regularly delivered his screens one or two days after the agreed handoff dates, which left developers waiting and pushed the whole sprint. Developers had started complaining to me because we sat together.

Task: We had the same level and the same manager, and I wasn't his lead, but the issue was hurting the team and I felt I should talk to him directly before escalating.

Action: I prepared specific examples: the last three handoffs were late by one, two and two days, and in the last sprint two developers had spent a day on lower-priority work while waiting. I asked Lucas for a coffee, in private. I used the situation-behavior-impact structure: "In the last three sprints, the handoffs came after the date we agreed. That meant the developers had to wait, and we missed the sprint goal last time." Then I asked what was going on rather than assuming.

He told me he kept reworking screens because the product manager gave feedback very late, sometimes on the handoff day itself. He hadn't realized the developers were blocked. We agreed on two changes: he'd share work-in-progress designs with the PM two days before handoff, and he would tell the developers early if something was slipping so they could start on other parts first.

Result: Over the next four sprints, his handoffs were on time or flagged in advance every time, and our team hit its sprint goals three out of four times, compared with one out of four before. Lucas also thanked me later for coming to him directly.

Reflection: I learned that preparing specific examples makes feedback feel fair, and that asking "what's going on?" often reveals a problem in the process rather than in the person.`,
  },
  {
    slug: "bh-difficult-stakeholder-or-customer",
    track: "behavioral",
    level: "junior",
    text: "Tell me about a time you worked with a difficult customer or stakeholder. How did you handle the relationship and the outcome?",
    tags: ["stakeholder-management", "communication", "conflict"],
    difficulty: 3,
    keyPoints: [
      "describe the stakeholder's behavior and the stakes",
      "stay calm and seek the underlying need or frustration",
      "set clear expectations and boundaries",
      "communicate regularly with concrete updates",
      "deliver a measurable outcome",
      "reflect on what you learned about managing relationships",
    ],
    followUps: [
      { text: "What did this person need that they were not getting, underneath the difficult behavior?", dimension: "situation_task" },
      { text: "Which expectation or boundary did you set, and how did they react?", dimension: "action" },
      { text: "Where did the relationship end up, and what was delivered?", dimension: "result" },
      { text: "What would you do differently in the first week with a stakeholder like that?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: In my first year as an implementation specialist at a B2B software company, I was assigned a hospital group that was migrating to our scheduling software. Their project lead, Mr. Reyes, sent angry emails almost daily, copied my director, and called our product "unusable" after the first training session.

Task: I needed to get them live within eight weeks, and keep the account, which was worth a significant annual contract.

Action: I asked for a one-hour call and focused on listening rather than defending the product. It turned out he was under pressure from his own leadership: a previous vendor migration had failed, and he was personally accountable. His real fear was another failed launch, and the first training had used generic examples that didn't match how nurses actually scheduled shifts.

I proposed a plan: a weekly 30-minute status call with a written summary afterwards, a shared tracker of every open issue with owners and dates, and a rebuilt training using their actual ward schedules. I also set a boundary politely: for urgent issues, he could call me directly, but I asked him to route non-urgent issues through the tracker so they wouldn't get lost in email threads. When he asked for two features our product didn't have, I told him so clearly instead of making vague promises, and found workarounds for one of them.

Result: The hospital went live one week late but with no critical issues, and within two months, 95% of shifts were scheduled in the system. Mr. Reyes later became a reference customer and the account renewed with an expansion to two more hospitals.

Reflection: I learned that difficult behavior is often fear or pressure, and that predictable communication builds trust faster than anything else. Being honest about what we couldn't do actually increased his confidence in what we said we would do.`,
  },
  {
    slug: "bh-improved-team-process",
    track: "behavioral",
    level: "junior",
    text: "Tell me about a time you improved a process or tool your team used. How did you get people to adopt it, and how did you measure the improvement?",
    tags: ["initiative", "influence", "ownership"],
    difficulty: 3,
    keyPoints: [
      "identify the inefficiency with data such as time lost or error rate",
      "propose a solution and get buy-in before building",
      "pilot with a small group and gather feedback",
      "drive adoption with documentation and demos",
      "measure before and after with concrete numbers",
      "reflect on change management",
    ],
    followUps: [
      { text: "Who resisted the change, and what did you do to win them over?", dimension: "action" },
      { text: "What did you measure before and after, and how big was the change?", dimension: "result" },
      { text: "What would you do differently to get people to adopt it faster next time?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: As a junior QA engineer at a SaaS company, I noticed our release process relied on a manual regression checklist of about 120 steps, run by two people every two weeks. It took a full day and a half, and bugs still slipped through because people skipped steps when rushed.

Task: Nobody asked me to fix it, but I wanted to reduce the time and make releases more reliable.

Action: First I gathered data: over the last six releases, the manual checklist took an average of 11 person-hours, and four production bugs came from areas the checklist covered. I proposed to my lead that I automate the 30 most important checks using Playwright, which some developers had already used, and asked for 20% of my time for a month. She agreed.

Before building, I asked the two testers and a developer which checks were most tedious and most valuable, which changed my priority list. I automated 35 checks over four weeks, ran them in CI on every merge to the main branch, and posted results in the team channel. To drive adoption, I wrote a short guide, did a 20-minute demo, and paired with one developer to add a new test so others saw how easy it was.

Result: Manual regression time dropped from 11 to about 4 person-hours per release. In the following quarter, the automated tests caught seven regressions before release, and production bugs from covered areas dropped to zero. Developers added 25 more tests themselves within three months.

Reflection: I learned that involving the people affected before building anything made them co-owners instead of skeptics. Measuring the baseline first was also essential; without it, I couldn't have shown the impact and asked for more time to continue.`,
  },
  {
    slug: "bh-project-you-are-most-proud-of",
    track: "behavioral",
    level: "junior",
    text: "Walk me through the project you are most proud of. What exactly was your contribution, and what would you do differently now?",
    tags: ["ownership", "decision-making"],
    difficulty: 2,
    keyPoints: [
      "set context: goal, team size and your role",
      "distinguish your contribution from the team's using I statements",
      "describe a key technical or design decision and its trade-off",
      "explain how you handled an obstacle",
      "quantify the result",
      "reflect honestly on what you would do differently",
    ],
    followUps: [
      { text: "Which part of the project would not exist without you specifically?", dimension: "action" },
      { text: "How did you measure the project's success, and what were the numbers?", dimension: "result" },
      { text: "Knowing what you know now, what would you change about how you built it?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: The project I'm most proud of was rebuilding the search feature for a recipe website where I worked as a junior developer. Users complained that search was slow and returned irrelevant results; it took about 2 seconds and searching "chicken pasta" often showed desserts. The team was three developers and a product manager.

Task: I was responsible for the search backend: choosing the approach, indexing the 80,000 recipes, and the ranking logic. Another developer built the new front end.

Action: I compared three options: improving our SQL LIKE queries, Postgres full-text search, and a dedicated engine like Elasticsearch. I chose Postgres full-text search, because it gave us good relevance with stemming and weighting, and avoided running a new system our small team would have to maintain. I set up weighted search vectors, so matches in the title counted more than in the ingredients or description, and added a GIN index. The biggest obstacle was ranking: popular recipes with few matching words were ranked below obscure ones. I combined the text rank with a popularity score and tuned the weights using a set of 50 real queries from our logs, where the product manager and I labeled the ideal top results.

Result: Search latency dropped from about 2 seconds to 80 milliseconds, the click-through rate on search results rose from 31% to 47%, and complaints about search in our feedback form almost disappeared.

Reflection: What I'd do differently: I built the labeled query set late, after two weeks of tuning by intuition. If I had built it first, I would have saved time and been more confident in each change. I now try to define how I'll measure quality before I start optimizing.`,
  },
  {
    slug: "bh-something-you-shipped-broke",
    track: "behavioral",
    level: "junior",
    text: "Tell me about a time something you built or shipped broke in production. What did you do in the moment and afterwards?",
    tags: ["ownership", "failure", "incident-response"],
    difficulty: 3,
    keyPoints: [
      "describe the incident and its impact on users",
      "act quickly: roll back or mitigate first, then investigate",
      "communicate status to the team and stakeholders",
      "find the root cause honestly",
      "put prevention in place: tests, monitoring, process changes",
      "blameless reflection on what you learned",
    ],
    followUps: [
      { text: "What was the first thing you did when you found out, and why that before investigating?", dimension: "action" },
      { text: "What did you tell your team and the affected users while it was broken?", dimension: "communication" },
      { text: "How long were users affected, and how many of them?", dimension: "result" },
      { text: "What was the root cause, and what did you change so it cannot happen the same way again?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: About eight months into my first developer job at a food delivery startup, I shipped a change to how we calculated delivery fees. It passed code review and tests. Two hours after deployment, customer support reported that some customers in one city were seeing a delivery fee of zero.

Task: It was my change, so I took ownership of the fix while keeping the team informed.

Action: I confirmed the issue in five minutes by placing a test order. Since every free delivery cost us money, I proposed rolling back immediately rather than trying to fix it forward, and my lead agreed. I rolled back within 15 minutes of the report and posted updates in the incident channel: what we knew, what we'd done, and when I'd update next.

Then I investigated. The city in question was configured with a fee in a different format, a flat fee instead of distance-based tiers, and my new code treated a missing tier list as zero. Our tests only used distance-based configurations. I queried the orders and found 340 orders with a zero fee, costing around 1,100 euros. I shared the number with my manager openly.

I fixed the bug, added tests for every fee configuration type, and added a validation that fails loudly if a fee calculates to zero unless it's an explicit promotion. I also proposed, and then built, a dashboard alert on the average delivery fee per city, which would have caught this within minutes.

Result: The fix shipped the next day. In the blameless postmortem, we also added production-like configuration samples to our test data. The alert caught a different configuration issue two months later within ten minutes.

Reflection: I learned to roll back first and debug later, and that tests are only as good as the data they use. I now ask "what are all the shapes this input can take?" before changing business logic.`,
  },

  // ---------------------------------------------------------------- mid
  {
    slug: "bh-influence-without-authority",
    track: "behavioral",
    level: "mid",
    text: "Tell me about a time you needed another team to change their plans or priorities, but you had no authority over them. How did you get it done?",
    tags: ["influence", "stakeholder-management", "collaboration"],
    difficulty: 4,
    keyPoints: [
      "explain why the other team's help was needed and the business stakes",
      "understand their goals, constraints and incentives",
      "build a case with data framed in terms of their priorities",
      "reduce their cost: offer engineers, do the groundwork, phase the request",
      "escalate only transparently and as a last resort",
      "quantify the outcome and reflect on relationships",
    ],
    followUps: [
      { text: "Why was this not already a priority for the other team? What did they care about instead?", dimension: "situation_task" },
      { text: "What did you offer to make it cheaper for them to say yes?", dimension: "action" },
      { text: "What did the other team end up doing, and when?", dimension: "result" },
      { text: "Would you have escalated if they had said no? Why or why not?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: I was a product manager for the checkout team at an online retailer. Our data showed that 12% of customers abandoned checkout at the address step, largely because address validation rejected valid addresses in rural areas. The validation service belonged to the logistics platform team, whose roadmap was full for the next two quarters.

Task: I needed them to change the validation logic, without any authority over their priorities.

Action: First, I met their engineering manager, Nadia, to understand her goals rather than pitch immediately. Her team was measured on failed deliveries and operating cost, and they were worried that loosening validation would increase failed deliveries.

So I reframed the request around her metrics. With an analyst, I pulled data showing that 70% of rejected addresses were valid, and that customers who got rejected often entered slightly wrong addresses just to get through, which actually increased failed deliveries. I estimated the lost revenue at roughly 2 million a year.

Then I lowered the cost for her team. I offered one of my engineers for four weeks to do the implementation under their review, proposed a phased rollout starting with one region, and suggested a shared success metric: checkout completion up, failed deliveries flat or down. I shared the proposal with her before anyone else, so she could shape it and present it to her director as a joint initiative. I didn't escalate, but I had told my own director, so she wasn't surprised if it came up.

Result: Nadia agreed. The pilot region saw address-step abandonment drop from 12% to 7%, and failed deliveries fell 4% because addresses were more accurate. The change rolled out everywhere the next quarter.

Reflection: I learned that influence starts with understanding what the other team is measured on. Offering my own team's effort turned a request into a partnership.`,
  },
  {
    slug: "bh-mentoring-a-junior-colleague",
    track: "behavioral",
    level: "mid",
    text: "Tell me about a time you mentored a less experienced colleague. How did you tailor your approach, and how did you know it was working?",
    tags: ["mentoring", "leadership", "feedback"],
    difficulty: 3,
    keyPoints: [
      "assess the mentee's starting point and goals",
      "tailor the approach: pairing, stretch tasks, guiding questions rather than answers",
      "set a regular cadence and concrete growth goals",
      "give specific, timely feedback",
      "measure progress with observable outcomes",
      "reflect on what you learned as a mentor",
    ],
    followUps: [
      { text: "Where was this person when you started, and what did they want to get better at?", dimension: "situation_task" },
      { text: "Tell me about a moment when you asked a question instead of giving the answer.", dimension: "action" },
      { text: "What could they do on their own afterwards that they could not do before?", dimension: "result" },
      { text: "What did you get wrong as a mentor at first?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: As a mid-level engineer on a payments team, I was asked to mentor Tom, a new graduate who joined our team. After his first month, he was quiet in meetings, his pull requests were large and sat in review for days, and he rarely asked questions.

Task: My goal was to help him become an independent contributor within about six months, owning small features end to end.

Action: I started by asking what he wanted to learn and where he felt stuck. He said he was afraid of asking "stupid questions" and didn't know how to break work into pieces. So I tailored my approach:
- We paired for an hour twice a week. At first I drove; after two weeks, he drove and I asked guiding questions like "how could we split this change?" rather than giving answers.
- I gave him a task slightly beyond his comfort zone: a small feature for refund notifications, with me as a safety net.
- We agreed that every pull request should be under about 300 lines, and I reviewed his within a day with specific comments, explaining the why.
- I told him a few stories about my own beginner mistakes, which made questions feel normal, and I encouraged him to ask in the team channel instead of only asking me.

Every two weeks we checked progress against goals we had written down together.

Result: Within three months, his average pull request size dropped from about 900 to 250 lines, and review time went from four days to under one. He shipped the refund notification feature, and in month five he presented a design for a small service at our team design review. In his six-month review, he was rated as meeting expectations and he later joined the on-call rotation.

Reflection: I learned that the most useful thing I did was asking questions instead of giving answers, even though it felt slower. I also learned to make goals explicit, so we could both see progress.`,
  },
  {
    slug: "bh-mediated-conflict-between-teammates",
    track: "behavioral",
    level: "mid",
    text: "Tell me about a time two people on your team were in conflict and it was affecting the work. What did you do?",
    tags: ["conflict", "leadership", "collaboration"],
    difficulty: 4,
    keyPoints: [
      "describe the conflict and its impact on delivery or morale",
      "talk to each person separately to understand their views",
      "separate the substance of the disagreement from personal friction",
      "facilitate a joint conversation focused on shared goals",
      "agree on a decision process or clear ownership",
      "follow up, quantify the outcome and reflect",
    ],
    followUps: [
      { text: "What did you learn in the separate conversations that changed how you ran the joint one?", dimension: "action" },
      { text: "How did you know the conflict was actually resolved and not just quieter?", dimension: "result" },
      { text: "Looking back, should you have stepped in earlier or later?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: I was the tech lead of a team of six building a logistics tracking app. Two senior engineers, Ana and James, had been clashing for weeks over the architecture of a new notification service. Code reviews between them turned into long comment threads with a sharp tone, and the service was three weeks behind plan. Other engineers had started avoiding reviews involving either of them.

Task: As tech lead, I needed to resolve the technical disagreement and restore a working relationship, without simply imposing my own solution.

Action: I talked to each of them separately first. Ana wanted an event-driven design with a queue; James wanted a simpler synchronous approach to ship faster. Underneath, Ana felt James dismissed her ideas in front of others, and James felt Ana was over-engineering to block him. Both cared about the project.

I then set up a meeting with both. I started by naming the shared goal: a reliable notification service shipped within five weeks. I asked each to write down their design with its main risks and the requirements they thought mattered, and we agreed on evaluation criteria before discussing options: expected volume, failure handling, and time to ship. With the criteria on the table, they found that expected volume was low enough for a synchronous version now, but retries needed a queue. They converged on a hybrid: synchronous for the first release, with a queue-based retry path.

I also addressed the behavior directly: I asked both to move disagreements longer than three comments to a short call, and I agreed with them on clear ownership: James owned the API, Ana the delivery pipeline.

Result: The service shipped two weeks later than originally planned but one week earlier than the revised forecast. Review threads between them shortened noticeably, and in the next retro both mentioned the call rule as helpful.

Reflection: I learned that technical conflicts are often partly personal, and that agreeing on criteria before debating options depersonalizes the decision.`,
  },
  {
    slug: "bh-said-no-to-a-stakeholder",
    track: "behavioral",
    level: "mid",
    text: "Tell me about a time you had to say no to an important stakeholder's request. How did you handle it, and what happened to the relationship?",
    tags: ["prioritization", "stakeholder-management", "communication"],
    difficulty: 4,
    keyPoints: [
      "explain the request and why saying yes would be harmful",
      "understand the underlying need behind the request",
      "use data and priorities to explain the trade-off",
      "offer an alternative, partial solution or timeline",
      "keep the relationship strong with transparency and follow-up",
      "describe the result and reflect",
    ],
    followUps: [
      { text: "What was the need behind the request, and how did you find it out?", dimension: "situation_task" },
      { text: "How exactly did you phrase the no, and what did you offer instead?", dimension: "communication" },
      { text: "How was your relationship with that stakeholder six months later?", dimension: "result" },
    ],
    sampleAnswer: `Situation: I was an engineering manager for a data platform team. The VP of Sales asked us to build a custom data export for a large prospect within three weeks, which would have consumed most of my five-person team. At the same time, we were in the middle of a database migration that had to finish before our old infrastructure lost vendor support in six weeks.

Task: I needed to protect the migration without damaging a relationship with a senior leader, and ideally still help close the deal.

Action: I first met the VP to understand the need. The prospect really wanted to get their data into their own data warehouse weekly; the "custom export" was a solution sales had proposed. I explained our constraint in business terms: if the migration slipped, we risked running unsupported infrastructure that handled data for all 400 existing customers, and a failure there could affect far more revenue than this deal.

Then I offered alternatives instead of just a no. Our existing API could support a scheduled export with a small script; one engineer could build and document it in four days, and our solutions engineer could help the prospect set it up. A fully productized export would go on the roadmap for the following quarter, with a committed date after the migration. I put the trade-off in writing and shared it with my director and the VP together so the decision was visible.

Result: The VP agreed. The prospect accepted the scripted export, and the deal closed a month later. We finished the migration one week before the deadline. The following quarter, we built the productized export, and three other customers used it. The VP later came to me early with requests, which made planning easier.

Reflection: I learned that "no" lands much better as "not this way, but here's how we can meet your goal," backed by clear reasoning about the trade-off. Understanding the underlying need turned a three-week project into a four-day one.`,
  },
  {
    slug: "bh-led-project-with-unclear-goal",
    track: "behavioral",
    level: "mid",
    text: "Tell me about a time you led a project where the goal or the path to it was unclear at the start. How did you create clarity for the team?",
    tags: ["ambiguity", "leadership", "execution"],
    difficulty: 4,
    keyPoints: [
      "describe the ambiguity and why it mattered",
      "define the problem and success criteria with stakeholders",
      "break the uncertainty into experiments or phases",
      "make decisions with incomplete information and document assumptions",
      "communicate progress and changes regularly",
      "quantify the outcome and reflect",
    ],
    followUps: [
      { text: "What was unclear at the start: the goal itself, or how to reach it?", dimension: "situation_task" },
      { text: "Name one decision you made with incomplete information. What did you assume, and how did you check it later?", dimension: "action" },
      { text: "Did the team meet the success criteria you defined, and how did you measure that?", dimension: "result" },
      { text: "How did you keep stakeholders informed when the plan changed?", dimension: "communication" },
    ],
    sampleAnswer: `Situation: I was a senior analyst at a mobile gaming company when the CEO said in an all-hands that we needed to "fix monetization" because revenue per user had declined 15% over two quarters. I was asked to lead a small group of an analyst, a designer and two engineers, with no defined scope.

Task: Turn a vague mandate into a focused plan that could show results within a quarter.

Action: First, I defined the problem. In the first week, I broke revenue per user into its components: percentage of paying users, purchases per payer and average purchase value, by country and player cohort. The decline came almost entirely from fewer new players making a first purchase, while existing payers were stable. That narrowed the problem enormously.

I wrote a one-page brief with the problem statement, a success metric, which was first-purchase conversion within 14 days, and what was out of scope, such as changing prices for existing items. I reviewed it with the CEO and the head of product to get explicit agreement.

Since we didn't know the cause, I structured the work as experiments in two-week cycles. We generated hypotheses from player interviews and funnel data: the first offer appeared too late, the starter bundle was poor value, and a recent tutorial change had removed the store introduction. We prioritized by expected impact and effort and ran three A/B tests.

Each week I sent a short update with results, what we'd learned, and what we'd do next, so leadership could see progress even when a test failed.

Result: One test failed, one was neutral, and restoring the store introduction in the tutorial plus an earlier starter offer raised first-purchase conversion from 2.1% to 2.9%. Revenue per user recovered 11% within the quarter.

Reflection: I learned that in ambiguous projects, the first deliverable should be a sharp problem definition, and that short experiment cycles keep a team motivated even when individual ideas fail.`,
  },
  {
    slug: "bh-data-proved-you-wrong",
    track: "behavioral",
    level: "mid",
    text: "Tell me about a time you were confident about something, but the data proved you wrong. What did you do next?",
    tags: ["decision-making", "learning"],
    difficulty: 3,
    keyPoints: [
      "describe the original belief and why you held it",
      "explain how the data contradicted it",
      "show intellectual honesty: validate the data, then accept the result",
      "communicate the change of view openly to others",
      "adjust the plan and describe the outcome",
      "reflect on how it changed your decision-making",
    ],
    followUps: [
      { text: "Before accepting the data, what did you do to make sure it was right?", dimension: "action" },
      { text: "How did you tell the people you had convinced that you had been wrong?", dimension: "communication" },
      { text: "What do you do differently now before you become confident about something?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: I was a product designer at a personal finance app. I was convinced that our onboarding was too long: it had seven screens, and I had strong opinions from design best practices that shorter is always better. I had pushed for a redesign that cut it to three screens by moving questions about financial goals to later.

Task: We ran an A/B test, and I was responsible for the design and for presenting the results.

Action: After three weeks, the data clearly contradicted me. The short onboarding increased completion from 64% to 78%, which looked great, but 30-day retention was lower: 22% versus 27% for the long version. My first instinct was to look for problems with the test. I checked with our analyst for sample ratio issues and segment effects; the test was clean, and the pattern was consistent across platforms.

So I dug into why. Session recordings and a few user interviews showed that the goal-setting questions I had removed were what made the app feel personalized. Users who set a savings goal in onboarding were twice as likely to return in week two. The "long" onboarding was actually delivering value, not just friction.

I presented the results to the team honestly, including that my hypothesis was wrong, and proposed a new direction: keep the goal questions, but cut other screens like notification permissions and profile details, and make the goal step more engaging with a visual preview of progress.

Result: The second test kept completion at 75% while raising 30-day retention to 29%, better than both previous versions. We shipped it.

Reflection: I learned to distrust my own "best practices" when they haven't been tested with our users, and to measure the outcome we actually care about, not just the easiest one. Being open about being wrong also made the team more comfortable sharing their failed ideas.`,
  },
  {
    slug: "bh-project-you-led-that-failed",
    track: "behavioral",
    level: "mid",
    text: "Tell me about a project you led that failed or fell well short of its goals. What was your role in the failure, and what did you change afterwards?",
    tags: ["failure", "ownership", "leadership"],
    difficulty: 4,
    keyPoints: [
      "pick a genuine failure with meaningful stakes",
      "own your specific decisions that contributed",
      "explain warning signs that were missed",
      "describe how you handled the failure: communication, wind-down, salvage",
      "concrete changes to your approach afterwards",
      "show the lesson applied successfully later",
    ],
    followUps: [
      { text: "What warning signs were there, and why did you miss or discount them?", dimension: "situation_task" },
      { text: "Which of your own decisions contributed most to the failure?", dimension: "action" },
      { text: "What did you manage to salvage, and how did you wind the project down?", dimension: "result" },
      { text: "Tell me about a later project where you applied the lesson. What happened?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: As a team lead at a B2B software company, I led a four-month project to build an in-app analytics module that our sales team said customers were asking for. I had a team of four engineers and a designer.

Task: The goal was that 30% of customers would use the module within three months of launch, and it would help sales in deals.

Action and failure: We built a polished module with about 20 chart types and custom filters, and launched on time. After three months, only 6% of customers had used it more than once. When we interviewed customers, most said they already exported data to their own BI tools, and what they really wanted was a better export and an API.

My role in the failure was significant. I accepted the sales team's description of demand without talking to enough customers myself; I had spoken to three, all of them recommended by sales. I also chose to build a complete feature set before releasing anything, so we got real feedback only after four months. There were warning signs: in the beta, two customers asked about exporting, and I treated that as a separate request.

Once the data was clear, I presented a retrospective to my director and the sales leadership, taking responsibility for the discovery gaps. I recommended we stop investing in the module, keep it in maintenance mode, and redirect the team to a data export API, which we built in six weeks.

Result: The export API was adopted by 25% of customers within two months, and it was cited in several renewals.

Reflection: I changed how I run projects. I now talk to at least eight to ten customers, including some I find myself, before committing a team for more than a month, and I plan for a usable slice within four to six weeks. On my next project, that approach helped us kill a weak idea after three weeks instead of four months.`,
  },
  {
    slug: "bh-blocked-by-another-team",
    track: "behavioral",
    level: "mid",
    text: "Tell me about a time your work was blocked by another team's dependency. How did you unblock it without damaging the relationship?",
    tags: ["collaboration", "stakeholder-management", "execution"],
    difficulty: 3,
    keyPoints: [
      "identify the dependency early and the impact of the delay",
      "understand the other team's constraints and priorities",
      "propose options: contribute code, interim workaround, re-sequence work",
      "agree on clear commitments, dates and communication",
      "escalate transparently only if needed",
      "quantify the outcome and reflect on preventing future blockers",
    ],
    followUps: [
      { text: "What options did you put on the table besides waiting?", dimension: "action" },
      { text: "How long was the delay in the end, and what did it cost?", dimension: "result" },
      { text: "What do you do now at the start of a project to avoid being blocked by a dependency?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: I was a mid-level engineer on a mobile team building a new loyalty program for a retail app. Our launch, timed with a marketing campaign eight weeks out, depended on the identity team adding a new field for loyalty membership to their user profile API. Three weeks in, the work hadn't started and their estimate kept slipping.

Task: I was responsible for our team's delivery, and I needed the API change without damaging our relationship with the identity team, which we relied on constantly.

Action: I set up a short call with their tech lead, Kenji, to understand what was going on rather than pushing. His team was dealing with a security audit with a hard regulatory deadline, and any change to the profile API needed careful review because dozens of services used it.

I proposed three options. First, I could write the change myself following their patterns, and they would only need to review it. Second, as an interim workaround, we could store loyalty status in our own service and migrate later. Third, we could re-sequence our work so the API was only needed in week six. Kenji preferred the first option, because reviewing was much cheaper than building, and asked that I include tests and a migration plan. We agreed on a date for the review and a short weekly check-in. I also informed my manager about the risk and our plan, so nobody would be surprised.

Result: I wrote the change in four days; their review took two rounds and it was merged in week five. We also started our front-end work against a mocked API to avoid idle time. We launched on schedule, and 180,000 customers joined the loyalty program in the first month. Kenji later asked me to document the contribution process so other teams could do the same.

Reflection: I learned to surface dependencies in week one, not week three, and that offering my own effort is often the fastest way to unblock another team.`,
  },

  // ---------------------------------------------------------------- senior
  {
    slug: "bh-hard-decision-with-incomplete-information",
    track: "behavioral",
    level: "senior",
    text: "Tell me about the hardest decision you made as a leader with incomplete information, one that some people strongly disagreed with. How did you make it, and how did you handle the people who disagreed?",
    tags: ["decision-making", "leadership", "stakeholder-management"],
    difficulty: 5,
    keyPoints: [
      "describe the stakes and why the decision could not wait",
      "gather input from diverse perspectives within a time box",
      "make reasoning explicit: options, risks, reversibility",
      "communicate the decision and rationale transparently",
      "address dissenters respectfully and define what would change the decision",
      "describe the outcome and reflect, including what you would do differently",
    ],
    followUps: [
      { text: "Which options did you consider, and how did reversibility affect your choice?", dimension: "action" },
      { text: "What did you say to the people who strongly disagreed, and what would have made you change your mind?", dimension: "communication" },
      { text: "What happened as a result of the decision, in numbers if you can?", dimension: "result" },
      { text: "Looking back, was the timing right, and what would you do differently?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: I was director of engineering for a 40-person organization at a healthtech company. Our main product ran on a platform that was reaching its limits: incidents had doubled in a year, and a major hospital customer was threatening to leave. We had to choose between a major rewrite of the core scheduling engine, estimated at 9 to 12 months, or an incremental refactor while continuing feature work. The board also expected two large features that year.

Task: I had to decide within a month, before annual planning, without being certain which estimate was right.

Action: I time-boxed the investigation to three weeks. Two senior engineers ran a spike on the rewrite's riskiest part, and another pair analyzed which components caused most incidents. The data showed 70% of incidents came from two modules. I held a session with tech leads and product leadership where each option was argued by its strongest advocate, and I framed the decision around reversibility: an incremental path could be reversed or accelerated; a full rewrite was a one-way door.

I chose the incremental approach: rebuild the two problematic modules behind interfaces over two quarters, with 40% of capacity, and delay one of the board's features by a quarter. Several senior engineers strongly wanted the full rewrite. I met each one personally, explained my reasoning, acknowledged the risks they raised, and told them what evidence would make me revisit the decision: if incidents didn't drop by 50% within two quarters, we would reconsider the rewrite. I made one of the strongest critics the lead of the first module, which he accepted.

Result: Incidents dropped 60% in two quarters, the hospital customer renewed, and we delivered the delayed feature one quarter late, as planned. Two engineers still felt the rewrite would have been better, and one left the following year, partly over this.

Reflection: I learned that stating up front what would change my mind made disagreement more productive. I'd involve the senior engineers earlier in defining the options, not only evaluating them.`,
  },
  {
    slug: "bh-handling-underperforming-team-member",
    track: "behavioral",
    level: "senior",
    text: "Tell me about a time you had to deal with a consistently underperforming team member. What did you do, and what was the outcome for them and for the team?",
    tags: ["leadership", "feedback", "people-management"],
    difficulty: 5,
    keyPoints: [
      "describe the performance gap with specific evidence",
      "explore root causes: clarity, skills, motivation, personal circumstances",
      "give direct feedback with clear expectations and a timeline",
      "provide support: coaching, adjusted scope, regular check-ins",
      "document progress and make a fair decision, including exit if needed",
      "consider the team impact and reflect on fairness and timing",
    ],
    followUps: [
      { text: "What evidence told you this was a performance problem and not a clarity or personal problem?", dimension: "situation_task" },
      { text: "What did the expectations and timeline you set look like, concretely?", dimension: "action" },
      { text: "What happened to the person and to the team in the end?", dimension: "result" },
      { text: "Did you act too early, too late or at the right time? Why do you think so?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: As an engineering manager of eight engineers, I inherited Mark, a senior engineer who had been with the company for five years. Over the previous two quarters, he had missed most of his commitments, his code reviews were slow and sometimes dismissive, and two engineers had told me they avoided working with him. The previous manager had never addressed it directly.

Task: I needed to either help Mark get back to the senior bar or make a fair decision, while protecting the team.

Action: I started by understanding, not judging. In our first one-on-ones, I asked about his work and motivation. He admitted he felt stuck maintaining a legacy system nobody valued, and he'd been passed over for promotion. I also gathered concrete evidence: three missed deadlines in the last quarter, and specific review comments.

Then I gave him direct feedback, in private, with examples: what was expected of a senior engineer, where he was falling short, and the impact on the team. I was clear that this was serious. We agreed on a 60-day plan with three specific goals: deliver a migration project he was interested in by a set date, respond to reviews within one working day with constructive tone, and mentor one junior engineer. I gave him the more meaningful project he'd asked for, and we met weekly to review progress, with written notes after each meeting.

Result: For the first month, he improved significantly: he delivered the first milestone early and reviews became faster. In the second month, he slipped again and missed the final delivery by three weeks without warning. In an honest conversation, he said he no longer wanted this kind of work. With HR, we agreed on a fair exit and transition, and he moved to a role elsewhere that suited him better. Team satisfaction scores on collaboration rose from 3.1 to 4.2 out of 5 the following quarter.

Reflection: I learned that clarity is kindness: the previous lack of feedback had hurt Mark more than any hard conversation. I'd now address issues within weeks, not quarters.`,
  },
  {
    slug: "bh-changed-organization-strategy",
    track: "behavioral",
    level: "senior",
    text: "Tell me about a time you changed the direction or strategy of your organization. How did you build the case and bring people along?",
    tags: ["influence", "leadership", "stakeholder-management"],
    difficulty: 5,
    keyPoints: [
      "describe the original strategy and why it needed to change",
      "build an evidence-based case with customer, market and financial data",
      "identify key stakeholders and their concerns early",
      "build coalitions and pilot to reduce risk",
      "manage the transition: communication, reorganization, metrics",
      "quantify the outcome and reflect on change leadership",
    ],
    followUps: [
      { text: "What evidence showed that the original strategy had to change?", dimension: "situation_task" },
      { text: "Who was the hardest person to convince, and what finally changed their mind?", dimension: "action" },
      { text: "What measurable change did the new strategy produce, and over what period?", dimension: "result" },
      { text: "What would you do differently in leading the transition?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: I was head of product for a B2B HR software company. For three years, our strategy had been to win enterprise customers with extensive customization, and each large deal came with custom development. By the time I raised the issue, custom work consumed 45% of engineering capacity, our release cycle had slowed to quarterly, and net revenue retention was dropping because smaller customers felt ignored.

Task: I believed we needed to shift to a configurable, standardized product serving mid-market customers, which meant changing how sales sold, how engineering worked and which deals we took.

Action: I started with evidence. With finance, I calculated the contribution margin by customer segment: after accounting for custom development and support, enterprise deals were barely profitable, while mid-market customers had a 3 times higher margin and grew faster. I also interviewed 20 customers and found most customization requests fell into about 12 patterns that could be handled with configuration.

Before presenting to the executive team, I met each executive individually. The Chief Revenue Officer was the most concerned, since his team's quota depended on large deals. I worked with him to design a transition: a deal desk where custom requests above a threshold required approval, and a compensation change rewarding standardized deals. I proposed a six-month pilot rather than a complete change, with a shared scorecard: share of engineering on roadmap work, release frequency, and mid-market win rate.

Result: The executive team approved the pilot. Within a year, custom development fell from 45% to 15% of capacity, we moved from quarterly to biweekly releases, and net revenue retention rose from 98% to 112%. We declined two large enterprise deals, which was painful, and one enterprise customer churned.

Reflection: I learned that a strategic change is mostly a change to incentives and habits, not a slide deck. Co-designing the transition with the person who had the most to lose was the turning point.`,
  },
  {
    slug: "bh-developed-someone-into-a-leader",
    track: "behavioral",
    level: "senior",
    text: "Tell me about a time you developed someone on your team into a leader. What did you do specifically, and how did you let go of control?",
    tags: ["mentoring", "leadership"],
    difficulty: 4,
    keyPoints: [
      "identify leadership potential and the person's aspirations",
      "create a development plan with stretch opportunities",
      "delegate real ownership and decision authority, not just tasks",
      "coach through feedback and reflection rather than rescuing",
      "provide visibility and sponsorship with senior leaders",
      "measure the outcome: promotion, team results; reflect on letting go",
    ],
    followUps: [
      { text: "What did you see in this person that told you they could lead?", dimension: "situation_task" },
      { text: "Which decision did you hand over to them that you would previously have made yourself?", dimension: "action" },
      { text: "Where is this person now, and how did the team do under their leadership?", dimension: "result" },
      { text: "When was it hardest not to step in, and what did you do?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: As a senior engineering manager with two teams, I noticed that Lina, a mid-level engineer, was the person others went to for help, and she ran design discussions well. In a career conversation, she told me she was curious about leadership but unsure whether she'd be good at it.

Task: My goal was to give her real opportunities to lead, with enough support to succeed, and to see whether she enjoyed it, without setting her up to fail.

Action: We made a development plan with three steps over about nine months. First, she led the technical design of a new billing integration, including running the design review with senior engineers. Second, she became tech lead for a four-person project, owning planning, stakeholder updates and technical decisions. Third, she mentored two new hires.

The hardest part was letting go. In the first project, I saw her heading toward a sprint plan I thought was too ambitious. Instead of stepping in, I asked questions in our weekly one-on-one: "What happens if the API integration takes twice as long?" She adjusted part of the plan but kept the timeline, and the team missed the sprint goal. We did a retrospective together, and she introduced buffer planning on her own the next time. I made a rule for myself: intervene only if the risk was to customers or to someone's wellbeing, not just because I'd do it differently.

I also sponsored her: I made sure she presented her project results to the director and recommended her for an internal leadership course.

Result: Her project shipped a month ahead of the original roadmap, and her team's engagement scores were the highest in my group. After a year, she was promoted to engineering manager of a new team of five, and two years later she's still leading it successfully.

Reflection: I learned that developing leaders means allowing small, recoverable failures. My most useful tools were questions, not answers.`,
  },
  {
    slug: "bh-disagree-and-commit-with-executive",
    track: "behavioral",
    level: "senior",
    text: "Tell me about a time you strongly disagreed with a decision made by senior leadership, but had to commit to it and lead your team through it.",
    tags: ["conflict", "leadership", "communication"],
    difficulty: 5,
    keyPoints: [
      "describe the decision and your disagreement with reasons and data",
      "voice dissent through the right channel before the decision",
      "understand the leadership context you did not have",
      "commit fully once decided without undermining it to the team",
      "translate the decision for your team honestly while managing morale",
      "track results, raise new evidence appropriately and reflect",
    ],
    followUps: [
      { text: "How and when did you voice your disagreement before the decision was final?", dimension: "action" },
      { text: "How did you present the decision to your team without undermining it or pretending to agree?", dimension: "communication" },
      { text: "How did the decision turn out, and did any new evidence come up that you raised?", dimension: "result" },
      { text: "What did you learn about the context leadership had that you did not?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: I was a senior engineering manager leading three teams at a consumer app company. The executive team decided to freeze all new hiring and move our mobile platform work to an outsourced vendor in another time zone, to cut costs by about 20%.

Task: I disagreed. Our mobile platform was core to the product, and I believed outsourcing it would slow us down and increase quality problems. But once the decision was made, I had to lead my teams through it.

Action: Before the final decision, I shared my concerns with my VP in writing: our release cadence data, the estimated onboarding time for a new team on our codebase, and the risk to the upcoming payments launch. I proposed an alternative: outsource the less critical internal tools instead. The VP took it to the executive team, and I learned more context: the company's runway was shorter than I knew, and the board required the savings within two quarters. The decision stayed.

I then committed. With my teams, I was honest without undermining leadership: I explained the business reason, said I had raised concerns and that the decision was made, and that our job now was to make it work. I didn't say "I disagree, but...", because that would have given everyone permission to resist it. I focused on what we controlled: I designed a three-month transition plan, created architecture documentation, set up pairing sessions with the vendor, and defined quality gates such as automated test coverage thresholds and review by our engineers for the payments module.

Result: The transition finished on schedule and saved the targeted cost. Release frequency dropped by about 30% for two months, then recovered to 90% of the previous level. I shared the data with my VP, and we kept payments work in-house, which leadership agreed to based on the evidence.

Reflection: I learned that disagreeing well means doing it early, with data, to the right people, and that committing means owning the execution. Understanding the context leaders had made it much easier to commit sincerely.`,
  },
  {
    slug: "bh-leading-through-major-incident",
    track: "behavioral",
    level: "senior",
    text: "Tell me about a time you led your team or organization through a crisis, such as a major outage or a security incident. How did you lead in the moment and afterwards?",
    tags: ["incident-response", "leadership", "communication"],
    difficulty: 4,
    keyPoints: [
      "describe the crisis and its business impact",
      "establish structure: incident commander, roles, communication channel",
      "prioritize mitigation over root cause during the incident",
      "communicate regularly with executives and customers",
      "look after the team: rotations, preventing burnout",
      "lead a blameless postmortem with tracked follow-up actions",
    ],
    followUps: [
      { text: "Which roles did you set up in the first 30 minutes, and who did what?", dimension: "action" },
      { text: "What did your first update to executives or customers say?", dimension: "communication" },
      { text: "How long did the incident last, and what was the impact on customers?", dimension: "result" },
      { text: "Which postmortem action item mattered most, and did it actually get done?", dimension: "reflection" },
    ],
    sampleAnswer: `Situation: I was head of platform engineering at a payments company when a database failover went wrong on a Friday evening. Our primary database cluster came back in a degraded state, and about 40% of card transactions from our merchants failed for almost two hours, during a busy shopping weekend.

Task: I was the senior person on call, so I took the incident commander role to coordinate the response, restore service and manage communication.

Action: In the first ten minutes, I set up structure: a dedicated incident channel and video bridge, one engineer as technical lead, one person handling communication, and one person writing a timeline. I kept myself out of debugging so I could coordinate and make decisions. I set a clear priority: restore transactions first, understand the root cause later. When the team proposed two options, I chose the one that was more reversible: route traffic to the replica in the other region, even though it meant temporarily degraded reporting.

Every 20 minutes, we posted updates to the status page and to the executive team, including what we knew and didn't know. I asked our support lead to prepare a merchant-facing explanation. After service was restored, I made sure the engineers who had worked since the start went home, and set up a rotation for the monitoring that continued overnight.

Result: Full service was restored in 1 hour 55 minutes. We ran a blameless postmortem within a week. The root cause was a failover script that hadn't been tested with a recent configuration change. We produced eleven action items with owners and dates, including quarterly failover drills, and completed all of them within two months. Over the next year, we had no incidents of similar severity, and merchant churn from the incident was minimal because of our transparent communication.

Reflection: I learned that in a crisis, structure and calm matter more than technical heroics, and that the commander should not be debugging. I also learned that how you treat people during and after an incident determines whether they speak up honestly in the postmortem.`,
  },
  {
    slug: "bh-turned-around-struggling-team",
    track: "behavioral",
    level: "senior",
    text: "Tell me about a time you inherited a struggling team. How did you diagnose what was wrong, and what did you change?",
    tags: ["leadership", "people-management", "execution"],
    difficulty: 5,
    keyPoints: [
      "describe the symptoms: delivery, quality, morale and attrition",
      "diagnose through one-on-ones, data and stakeholder interviews before acting",
      "prioritize a few high-leverage changes",
      "fix clarity: goals, roles, ownership and process",
      "address people issues and rebuild trust with stakeholders",
      "measure the turnaround with concrete metrics and reflect",
    ],
    followUps: [
      { text: "What did you find in your first month that the previous leadership had missed?", dimension: "situation_task" },
      { text: "Which single change had the most effect, and why did you make it first?", dimension: "action" },
      { text: "Which metrics showed the turnaround, and over what period?", dimension: "result" },
    ],
    sampleAnswer: `Situation: I joined a fintech company as engineering manager of a seven-person team responsible for the customer onboarding flow. The team had missed its last three quarterly goals, two engineers had left in six months, on-call pages averaged 30 a week, and the product team had stopped trusting their estimates.

Task: Turn the team around within about two quarters: predictable delivery, stable systems and a healthy team.

Action: I spent my first three weeks listening before changing anything. I held one-on-ones with every engineer, asking what they'd change and what they'd protect. I talked to the product manager and two partner teams, and looked at data: incident history, cycle time and the backlog.

Three themes emerged. First, the team had no clear priorities: it received requests from four stakeholders directly, so everything was urgent. Second, the system was fragile: a legacy identity verification integration caused 70% of pages, which burned people out and stole time from roadmap work. Third, there was no trust: estimates were imposed from outside.

I focused on three changes. I made the product manager the single entry point for requests and we published a quarterly plan with only three committed goals. I negotiated with my director to dedicate 30% of capacity for two quarters to reliability, starting with the verification integration. And I changed planning so engineers estimated their own work, and we tracked forecast accuracy openly.

I also had a difficult conversation with one engineer whose behavior in reviews discouraged others, and it improved.

Result: After two quarters, weekly pages dropped from 30 to 6, the team delivered all three quarterly goals, and cycle time fell from 12 days to 5. Engagement scores rose from the bottom quartile to above the company average, and no one left in the following year.

Reflection: I learned that struggling teams are usually suffering from unclear priorities and overload, not lack of talent. Listening first earned the credibility I needed to make changes quickly.`,
  },
];
