import type { SeedQuestion } from "./types";

/** Product management track: product sense, metrics, estimation, prioritization, execution, strategy. */
export const productManagementQuestions: SeedQuestion[] = [
  // ---------------------------------------------------------------- intern
  {
    slug: "pm-improve-a-product-you-use-daily",
    track: "product_management",
    level: "intern",
    text: "Tell me about a product you use almost every day. What is one thing you would improve about it, and how would you know the change worked?",
    tags: ["product-sense", "product-design", "metrics"],
    difficulty: 1,
    keyPoints: [
      "name the product, its core user and the job to be done",
      "identify a specific pain point backed by observation or reviews",
      "propose a concrete improvement and explain why it beats alternatives",
      "define a success metric such as retention or completion rate",
      "name a guardrail metric that must not get worse",
      "validate cheaply with user interviews or a small experiment",
    ],
    followUps: [
      { text: "Which users of the product would not want your change, and how would you keep it from getting in their way?", dimension: "user_empathy" },
      { text: "Your primary metric goes up but the guardrail drops slightly. How do you decide whether the change worked?", dimension: "metrics" },
      { text: "Why this improvement rather than the second-biggest pain point you noticed? What made it first?", dimension: "prioritization" },
    ],
    sampleAnswer: `I use Duolingo every morning to practice Spanish. Its core user is a casual learner who wants to build a daily habit in a few minutes, and it does that very well with streaks and short lessons. The gap I notice is the jump from recognizing words to actually speaking. I can finish lessons at 95% accuracy and still freeze in a real conversation, and app-store reviews repeat that complaint often.

My improvement would be a weekly "conversation checkpoint": a three-minute, voice-based role-play, like ordering at a cafe, built from the vocabulary I learned that week, with gentle pronunciation feedback and hints when I get stuck. I prefer this to adding more speaking drills inside lessons because it tests transfer to a realistic situation, and keeping it weekly protects the short daily habit.

To know it worked, my primary metric would be the share of weekly active learners who complete a checkpoint, plus a one-question confidence rating afterwards. The longer-term signal is 30-day retention for learners past unit 3, where I suspect many people plateau and quit. My guardrail is daily lesson completion: I don't want the checkpoint to feel like an exam that scares people away from their streak.

Before building the full version, I'd test a lightweight one with a small percentage of users, for example scripted dialogues without speech scoring, and run five or six user interviews to hear whether it feels motivating or stressful. If completion is high but retention doesn't move, I'd treat that as learning and iterate on difficulty and timing rather than drop the idea.`,
  },
  {
    slug: "pm-design-quiet-study-spot-finder",
    track: "product_management",
    level: "intern",
    text: "Design a mobile app that helps university students find a quiet place to study on campus. Who is it for, what does the first version do, and what would you leave out?",
    tags: ["product-design", "user-research", "prioritization"],
    difficulty: 2,
    keyPoints: [
      "clarify the user segment, for example students during exam weeks",
      "list user pain points such as wasted walking time and full libraries",
      "define a minimum viable product with real-time occupancy",
      "explain the data source: check-ins, Wi-Fi counts or sensors",
      "explicitly cut scope such as room booking or social features",
      "define a success metric like time to find a seat",
    ],
    followUps: [
      { text: "How would you find out whether students really struggle to find a quiet place before building anything?", dimension: "user_empathy" },
      { text: "Your engineer says live occupancy data will take two months. What do you ship in the first two weeks instead?", dimension: "prioritization" },
      { text: "How would you know the occupancy shown in the app is accurate enough for students to trust it?", dimension: "metrics" },
    ],
    sampleAnswer: `I'd start by clarifying the user. Every student studies, but the sharpest pain is for students without a quiet home environment, during midterms and finals, when libraries fill up by 10 a.m. Their problem is not knowing where spaces are; it's wasting 20 minutes walking between full buildings.

So the job to be done is "find a seat that matches my needs, right now, close to me." Needs vary: silent versus low chatter, power outlets, group tables, opening hours.

For version one I'd build three things:
1. A map and list of study spaces with attributes: noise level, outlets, hours, distance.
2. A live "how busy" indicator for each space.
3. Filters for quiet, outlets and open now.

The hard part is the occupancy data. Options are crowdsourced check-ins, which are cheap but sparse; Wi-Fi connection counts from campus IT, which are accurate and automatic but need a partnership; and sensors, which are too expensive for an MVP. I'd pursue Wi-Fi counts with the university and fall back to a simple "it's full" button so users can correct stale data.

What I'd leave out: room reservations, study-buddy matching, and chat. They're interesting, but each adds complexity and doesn't solve the core "where can I sit now" problem.

Success would be measured by the median time from opening the app to arriving at a seat, which I could approximate with a short in-app survey, plus weekly active users during exam periods and repeat usage. A guardrail is data accuracy: if more than about 15% of users report that a "quiet" space was actually full, trust will collapse, so I'd track those reports closely. I'd validate the concept first by interviewing ten students and testing a clickable prototype before any engineering work.`,
  },
  {
    slug: "pm-metrics-restaurant-ratings-feature",
    track: "product_management",
    level: "intern",
    text: "A food delivery app recently launched a feature that lets customers rate individual dishes instead of just the restaurant. How would you measure whether it is successful?",
    tags: ["metrics", "product-sense"],
    difficulty: 2,
    keyPoints: [
      "state the goal of the feature for customers and restaurants",
      "adoption metric: percentage of orders with a dish rating",
      "impact metric: order conversion or reorder rate influenced by ratings",
      "quality metric: rating coverage per dish and review volume",
      "guardrail metrics such as post-order survey drop-off or restaurant churn",
      "compare against a control group or pre-launch baseline",
    ],
    followUps: [
      { text: "Dish ratings are being left on many orders, but the reorder rate is flat. What do you conclude, and what do you check next?", dimension: "metrics" },
      { text: "How might restaurants react to ratings of individual dishes, and how would that change what you measure?", dimension: "user_empathy" },
      { text: "Summarize for the restaurant-partnerships team, in two sentences, whether the feature is working and how you know.", dimension: "communication" },
    ],
    sampleAnswer: `First I'd clarify why we built it. Dish ratings should help customers pick the right item, reducing disappointing orders, and give restaurants specific feedback. So success means customers choose better and come back more.

I'd structure metrics in a funnel.

Adoption: what percentage of completed orders receive at least one dish rating, and how many dishes per order get rated. If only 2% of orders get ratings, the data will be too sparse to help anyone.

Coverage and quality: the share of menu items with at least five ratings, since a rating based on one vote isn't trustworthy. I'd also check distribution; if everything is five stars, the signal is useless.

Customer impact, which is the real goal: conversion rate from menu view to order on restaurants with good coverage, the reorder rate within 30 days, and the rate of complaints or refunds about food quality. I'd expect fewer "this wasn't what I expected" complaints.

Restaurant impact: whether restaurants view the dish feedback in their dashboard and whether low-rated dishes improve or get removed over time.

Guardrails: the rating flow shouldn't annoy people, so I'd watch completion of the post-order screen and app ratings. I'd also watch for restaurants with a few bad dish ratings losing disproportionate orders, which could increase restaurant churn.

If I had to pick one headline metric, it would be 30-day reorder rate for customers exposed to dish ratings versus a holdout group, because it captures whether the feature leads to better decisions. Since launch timing can coincide with seasonality, I'd rely on a holdout or a staged rollout rather than a simple before-and-after comparison.`,
  },
  {
    slug: "pm-estimate-campus-coffee-sales",
    track: "product_management",
    level: "intern",
    text: "Estimate how many cups of coffee are sold on a typical weekday at a large university campus. Walk me through your reasoning out loud.",
    tags: ["estimation"],
    difficulty: 2,
    keyPoints: [
      "clarify scope: which campus size and which sellers count",
      "segment the population into students, staff and visitors",
      "estimate the share who buy coffee and cups per buyer",
      "state assumptions explicitly with round numbers",
      "sanity-check with a supply-side estimate such as cafes times throughput",
      "reconcile the two estimates and give a final range",
    ],
    followUps: [
      { text: "How would you cross-check your number from the supply side, starting from the cafés on campus?", dimension: "structure" },
      { text: "How would the number change in exam week or over the summer, and which groups of people drive that change?", dimension: "user_empathy" },
      { text: "Give me your final answer as a range in one sentence, and say which assumption you are least sure of.", dimension: "communication" },
    ],
    sampleAnswer: `I'll assume a large campus of about 30,000 students and 10,000 faculty and staff, and I'll count any coffee sold on campus: cafes, dining halls and carts, but not coffee people bring from home.

Demand side. Of 30,000 students, maybe 70% are on campus on a given weekday, so 21,000. I'd guess about a third of them buy coffee on campus on a given day; many drink at home or skip it. That's about 7,000 students, averaging 1.3 cups for the ones who buy, so roughly 9,000 cups. For 10,000 staff, about 80% are on campus, so 8,000; staff are heavier coffee drinkers but often use office machines, so perhaps 30% buy, at 1.5 cups each, about 3,600 cups. Visitors and others add maybe 500. Total demand: around 13,000 cups.

Supply side sanity check. A large campus might have about 20 coffee points of sale. A busy cafe serves roughly 60 to 100 cups an hour at peak, but averaged across a 10-hour day maybe 40 an hour, so 400 a day. Twenty outlets times 400 is 8,000 cups, and a few very busy library cafes might do 1,000 or more, pushing this toward 10,000.

The two estimates are 10,000 to 13,000, which are reasonably close. I'd give a final answer of about 11,000 to 12,000 cups per weekday, with exam weeks higher and Fridays lower.

The assumptions I'm least sure about are the share of students who buy daily and the average outlet throughput. If I could check one thing, I'd ask one cafe manager for their daily sales, because that would calibrate the supply side quickly.`,
  },
  {
    slug: "pm-prioritize-three-user-requests",
    track: "product_management",
    level: "intern",
    text: "Users of our note-taking app are asking for dark mode, export to PDF, and faster load times. You have one engineer for a month. How do you decide what to build?",
    tags: ["prioritization", "product-sense"],
    difficulty: 2,
    keyPoints: [
      "tie the decision to a product goal such as retention or activation",
      "gather evidence: request volume, affected users, churn reasons",
      "estimate effort for each request with the engineer",
      "use a simple framework such as impact versus effort or RICE",
      "explain the trade-off and what is deferred",
      "communicate the decision back to users and stakeholders",
    ],
    followUps: [
      { text: "Dark mode has the most requests, but faster load times may matter more for retention. Which do you pick, and why?", dimension: "prioritization" },
      { text: "How would you find out who is asking for PDF export and what they are really trying to do with it?", dimension: "user_empathy" },
      { text: "A month after shipping, how would you know you made the right choice?", dimension: "metrics" },
      { text: "What do you tell the users whose request you deferred?", dimension: "communication" },
    ],
    sampleAnswer: `I'd start with what the team is trying to achieve this quarter. If the goal is retention, I care most about what makes people stop using the app.

Then I'd gather evidence on each request. How many users asked for it, through support tickets, reviews and surveys? Who asks: paying users or free users? And is there behavioral data, for example are users with slow load times on older phones churning more? Load time is unusual because users rarely request it in words, but it affects everyone, every session.

Next I'd sit with the engineer to size each one. Dark mode might be a week or two depending on how consistent our styling is. PDF export might be a week using a library, plus edge cases like images and tables. Faster load times is uncertain: it could be a quick win like lazy-loading notes, or a deep refactor, so I'd ask for a two-day investigation first.

Using a simple RICE-style score: load time has the highest reach and likely strong impact on retention; PDF export has medium reach but high impact for people who share notes at work and might even unlock paid upgrades; dark mode has high reach but lower impact, since it's mostly comfort.

My likely plan: spend the first two days profiling performance. If there's a clear fix that cuts load time by around 40%, do that first, then PDF export with the remaining time. Dark mode goes on the roadmap for next month. I'd measure results with median load time, day-7 retention and export usage. Finally, I'd reply to users who requested dark mode so they know it's planned, not ignored.`,
  },
  {
    slug: "pm-idea-to-launch-with-small-team",
    track: "product_management",
    level: "intern",
    text: "Walk me through how you would take a small feature from idea to launch, working with one designer and two engineers. What does the product manager actually do at each step?",
    tags: ["execution", "stakeholders"],
    difficulty: 1,
    keyPoints: [
      "define the problem and target user with evidence before solutions",
      "write a short spec with goals, success metrics and non-goals",
      "collaborate with design on prototypes and usability testing",
      "break work into milestones with engineers and agree on scope",
      "plan launch: QA, staged rollout, support and documentation",
      "measure results after launch and iterate",
    ],
    followUps: [
      { text: "How would you check that the problem is real for users before the designer starts on mockups?", dimension: "user_empathy" },
      { text: "Halfway through, the engineers tell you the feature will take twice as long as planned. What do you do?", dimension: "prioritization" },
      { text: "What would you look at in the first two weeks after launch to decide whether to iterate, roll back or move on?", dimension: "metrics" },
      { text: "What goes into the one-page spec you share before work starts, and what do you deliberately leave out?", dimension: "structure" },
    ],
    sampleAnswer: `Imagine the feature is "remind me later" for unfinished checkout carts.

1. Problem first. I'd gather evidence that the problem is real: how many carts are abandoned, what users say in surveys, maybe three quick interviews. I'd write a one-page problem statement with the target user and the goal, for example increasing completed purchases from returning users.

2. Spec. I'd write a short spec: the user problem, goals and success metrics (cart recovery rate, purchase conversion), non-goals (no discount codes in version one), open questions and rough requirements. I'd share it early with the designer and engineers, because they often spot simpler solutions or hidden risks.

3. Design. The designer owns the solution's look and flow; my job is to bring user context, give fast feedback and help run a quick usability test with five users on a prototype.

4. Build. With the engineers, I'd break the work into milestones, agree on what is in scope, and make sure edge cases like users who unsubscribed from notifications are covered. During the build I answer questions quickly, protect the team from scope creep and keep stakeholders updated with a short weekly status.

5. Launch. I'd coordinate QA, write release notes, brief customer support with an FAQ, and recommend a staged rollout, starting with 10% of users so we can catch problems.

6. Learn. After two weeks, I'd compare the metrics with the control group, read user feedback and share results with the team, including what didn't work. Then we decide to iterate, expand or roll back.

Throughout, the PM's job is clarity: the team should always know why we're building this and what success looks like.`,
  },
  {
    slug: "pm-gym-app-signups-not-booking",
    track: "product_management",
    level: "intern",
    text: "Our gym class booking app gets plenty of sign-ups, but 60% of new users never book a class. How would you find out why, and what would you try first?",
    tags: ["user-research", "execution", "metrics"],
    difficulty: 2,
    keyPoints: [
      "map the activation funnel step by step from sign-up to first booking",
      "find the biggest drop-off step with analytics",
      "segment users by acquisition channel, device and location",
      "combine quantitative data with user interviews or surveys",
      "form hypotheses such as no classes nearby or price shock",
      "test a fix and measure activation rate",
    ],
    followUps: [
      { text: "Walk me through the steps between sign-up and first booking. Where would you look first, and why?", dimension: "structure" },
      { text: "What would you ask in five interviews with people who signed up but never booked a class?", dimension: "user_empathy" },
      { text: "You find three plausible causes. Which one do you test first, and why?", dimension: "prioritization" },
      { text: "You ship a fix. Which metric tells you it worked, and over what time window would you measure it?", dimension: "metrics" },
    ],
    sampleAnswer: `I'd treat this as an activation problem and combine data with talking to users.

First, map the funnel from sign-up to first booking: account created, location set, class list viewed, class detail opened, payment screen, booking confirmed. Analytics will show where the biggest drop happens. If most users never view a class list, it's an onboarding or relevance problem; if they drop at payment, it's price or trust.

Second, segment. I'd split the 60% by acquisition channel, device, city and sign-up time. For example, if users from a paid social campaign have much worse activation, we may be attracting the wrong audience, and the fix is marketing rather than product. If users in smaller cities don't book, maybe there are simply no classes near them.

Third, qualitative research. I'd email a short survey to users who signed up but didn't book, asking what stopped them, and schedule five or six calls. Session recordings of the onboarding flow would also help spot confusion.

My hypotheses, in rough order: no suitable classes nearby or at convenient times; price surprise at checkout, since many apps only show price late; and a long onboarding asking for too much information before showing value.

What I'd try first depends on the data, but a cheap and common win is showing nearby classes with prices immediately after sign-up, before asking for profile details, plus a first-class discount. I'd A/B test it and measure the percentage of new users who book within 7 days, with a guardrail on cancellation and no-show rates so we don't just create low-quality bookings.`,
  },

  // ---------------------------------------------------------------- junior
  {
    slug: "pm-design-shared-grocery-list-for-families",
    track: "product_management",
    level: "junior",
    text: "Design a shared grocery list feature for families. Walk me through the users, their needs, the solution you would build first, and how you would measure it.",
    tags: ["product-design", "prioritization", "metrics"],
    difficulty: 3,
    keyPoints: [
      "identify distinct personas such as the planner and the shopper",
      "list pain points: duplicate purchases, forgotten items, out-of-date lists",
      "prioritize solutions with a clear rationale",
      "real-time sync and item check-off while in the store",
      "define metrics: weekly active households and items checked off",
      "consider edge cases like offline use in stores and kids adding items",
    ],
    followUps: [
      { text: "How do the needs of the family member who plans meals differ from the one who does the shopping, and whom do you design for first?", dimension: "user_empathy" },
      { text: "If you had half the time for version one, what would you cut, and why that?", dimension: "prioritization" },
      { text: "Weekly active households go up, but items checked off in the store stay flat. What does that tell you?", dimension: "metrics" },
    ],
    sampleAnswer: `I'll assume this is a feature in an existing list or grocery app, and the goal is engagement and retention of households.

Users. In a family, roles differ: the planner, who tracks what's needed and plans meals; the shopper, who may be a different person each week; and contributors, such as kids or a partner who just want to add "milk." 

Pain points. Duplicate purchases because two people shopped; forgotten items because someone said it out loud but nobody wrote it down; outdated lists when someone is already in the store; and the shopper texting "which brand?" repeatedly.

Solutions I'd consider:
1. Real-time shared list with instant sync and check-off in the store.
2. Quick add from anywhere: widget, voice assistant, share sheet.
3. Item notes and photos for brand preferences.
4. "I'm shopping now" status to stop duplicate trips and let others add last-minute items.
5. Smart suggestions based on purchase history.

Prioritizing by impact on the core pain versus effort, I'd build 1, 3 and 4 first. Real-time sync is table stakes; notes and photos eliminate the "which brand" texts; the shopping status directly targets duplicates and is cheap. Smart suggestions need data and can come later.

Edge cases: poor signal inside supermarkets, so the list must work offline and merge changes; young children adding things, so maybe an approval option; and privacy when a household member leaves.

Metrics. North star: weekly active households with at least two contributing members. Supporting metrics: items added per week, share of items checked off, and lists completed per shopping trip. Guardrails: sync conflict errors and notification opt-out rates, because over-notifying family members is an easy way to get the feature muted.`,
  },
  {
    slug: "pm-metrics-for-spotify-podcasts",
    track: "product_management",
    level: "junior",
    text: "How would you measure the success of podcasts on Spotify? If you could pick only one metric to report to leadership, which would it be and why?",
    tags: ["metrics", "strategy"],
    difficulty: 3,
    keyPoints: [
      "state why Spotify invests in podcasts: engagement, retention, ad revenue",
      "cover listener, creator and business perspectives",
      "define a north-star metric such as weekly podcast listening hours per user",
      "include retention: podcast listeners churn less from Premium",
      "name guardrail metrics like music listening cannibalization",
      "explain trade-offs of the chosen metric",
    ],
    followUps: [
      { text: "Your north-star metric goes up, but music listening drops by the same number of hours. Is that a success?", dimension: "metrics" },
      { text: "How would you measure success from the podcast creators' side, and why should Spotify care about it?", dimension: "user_empathy" },
      { text: "Leadership asks why you did not pick ad revenue as the one metric. Give me your answer in two or three sentences.", dimension: "communication" },
    ],
    sampleAnswer: `I'd start with why Spotify is in podcasts: to increase time spent and habit, to reduce churn by making Spotify the single audio app, to earn ad revenue with higher margins than music royalties, and to differentiate from competitors.

With that in mind, I'd look at three groups.

Listeners: reach (monthly users who play at least one episode), engagement (podcast listening hours per listener, episodes completed), habit (share of listeners who follow a show and return weekly) and discovery (share of plays from recommendations versus search).

Creators: number of active shows publishing monthly, creator retention, and audience growth for mid-sized shows, since a healthy ecosystem can't depend only on a few exclusives.

Business: ad impressions and revenue per listening hour, and the effect on subscription retention. I'd compare churn of users who listen to podcasts with similar users who don't, ideally using matched cohorts because heavy users naturally churn less.

Guardrails: music listening time, to check whether podcasts add to total time or just cannibalize it, and ad load complaints.

If I could report only one metric, I'd choose weekly podcast listening hours per monthly active user, paired with the percentage of MAU who listen. Hours capture both habit and the ad inventory, and normalizing by MAU avoids simply celebrating user growth. Its weakness is that it rewards long content and could push the recommendation system toward lengthy shows that users don't love, so I'd watch episode completion rates as a quality check alongside it.`,
  },
  {
    slug: "pm-estimate-ev-charging-ports-city",
    track: "product_management",
    level: "junior",
    text: "Estimate how many public electric vehicle charging ports a city of one million people will need in 2030. State your assumptions clearly.",
    tags: ["estimation", "strategy"],
    difficulty: 3,
    keyPoints: [
      "estimate the number of cars from population and households",
      "assume an EV adoption share for 2030",
      "separate home charging from public charging demand",
      "convert energy demand into port-hours using charger speed and utilization",
      "distinguish fast chargers from slow level 2 chargers",
      "sanity-check against a ratio such as EVs per public port",
    ],
    followUps: [
      { text: "How does your estimate change if most residents live in apartments without home charging?", dimension: "structure" },
      { text: "With a limited budget, should the city build fast chargers or level 2 chargers first, and where would you put them?", dimension: "prioritization" },
      { text: "Which assumption are you least sure about, and how would you present that uncertainty to the city council?", dimension: "communication" },
    ],
    sampleAnswer: `Assumptions first: a mid-sized city in Europe or North America with one million people.

Cars. About 0.45 cars per person gives 450,000 cars. By 2030 I'll assume 20% are electric, which is 90,000 EVs.

Who needs public charging? Drivers with a driveway or garage mostly charge at home. In a dense city, maybe 50% have home charging. The other 45,000 EVs rely mainly on public charging, and the home chargers still use public ports occasionally, say 10% of their needs.

Energy demand. An average car drives about 35 km a day and an EV uses around 0.18 kWh per km, so about 6.3 kWh per day. Public energy demand is 45,000 times 6.3, plus 45,000 times 0.63, roughly 312,000 kWh per day.

Supply per port. I'll assume a mix: 80% level 2 ports at 7 kW and 20% DC fast ports at 100 kW. Utilization matters more than power: a level 2 port might deliver energy for 6 hours a day, so about 40 kWh; a fast port at 15% utilization delivers about 360 kWh per day. Weighted average per port: 0.8 times 40 plus 0.2 times 360, which is about 104 kWh.

Ports needed: 312,000 divided by 104 is roughly 3,000 ports.

Sanity check: planning guidance often cites 10 to 30 EVs per public port. With 90,000 EVs and 3,000 ports that's 30 per port, at the edge of the range, so I'd present an answer of 3,000 to 5,000 ports.

The biggest sensitivity is home-charging access. If only 30% of residents can charge at home, the number grows by about 40%, which is why apartment-heavy neighborhoods should be prioritized in placement.`,
  },
  {
    slug: "pm-signup-conversion-dropped-15-percent",
    track: "product_management",
    level: "junior",
    text: "Sign-up conversion on our website dropped 15% week over week. Walk me through how you would investigate it.",
    tags: ["execution", "root-cause", "metrics"],
    difficulty: 3,
    keyPoints: [
      "confirm the data is real: tracking changes, metric definition, dashboards",
      "check timing: sudden drop versus gradual, and correlate with releases",
      "segment by platform, browser, country, traffic source",
      "separate traffic mix changes from funnel step drop-off",
      "look for external causes such as seasonality, campaigns ending, outages",
      "form a hypothesis, confirm it, fix and monitor",
    ],
    followUps: [
      { text: "What is the very first thing you check, before looking for product causes, and why?", dimension: "structure" },
      { text: "You find the drop is only on mobile Safari. How do you confirm the cause, and what do you watch after the fix?", dimension: "metrics" },
      { text: "An hour in, before you know the cause, your CEO asks for an update. What do you say?", dimension: "communication" },
    ],
    sampleAnswer: `I'd work from "is it real" to "where" to "why."

1. Validate the data. Did anyone change the tracking, event names or the conversion definition? Did an analytics tag break on a page? I'd compare against a second source, like new rows in the users table. Many drops turn out to be instrumentation bugs.

2. Characterize the drop. Was it a sudden step on a specific day, or a gradual decline? A step change points to a release, an outage or a campaign change. I'd check the deploy log, feature flag changes and the status page for that date.

3. Split the metric. Conversion is sign-ups divided by visitors, so a drop can come from either side. If visits jumped because of a new, low-intent traffic source, conversion falls even though sign-ups are flat. I'd look at absolute sign-ups as well as the rate.

4. Segment. By platform (desktop, iOS, Android web), browser, country, language, traffic source and new versus returning visitors. If the drop is concentrated, for example only Safari, that's a strong clue for a front-end bug.

5. Walk the funnel: landing page, sign-up form view, form submit, email verification, completed. Find which step lost users. If form submissions are fine but verification collapsed, maybe our emails are going to spam.

6. External factors: a marketing campaign ending, a holiday, a competitor promotion, or a change in search ranking.

Once I have a hypothesis, I'd confirm it, for example by reproducing the bug, then work with engineering on a fix or rollback and watch the metric recover. Afterwards, I'd add an alert on sign-up conversion by platform so we detect this within hours instead of a week.`,
  },
  {
    slug: "pm-spec-saved-searches-real-estate",
    track: "product_management",
    level: "junior",
    text: "You are asked to write the spec for a saved searches feature on a real-estate listings site. What goes into the document, and how will you define done?",
    tags: ["execution", "product-design", "metrics"],
    difficulty: 2,
    keyPoints: [
      "problem statement and target users such as active home buyers",
      "goals and success metrics like return visits and alert click-through",
      "user stories and requirements including alert frequency",
      "non-goals and out-of-scope items",
      "edge cases: deleted listings, price changes, too many alerts",
      "acceptance criteria, launch plan and open questions",
    ],
    followUps: [
      { text: "How would you tell whether saved searches bring people back, rather than counting people who would have returned anyway?", dimension: "metrics" },
      { text: "How would you choose the default alert frequency without annoying buyers with too many emails?", dimension: "user_empathy" },
      { text: "Engineering can only build half of the spec for launch. Which requirements stay, and which become non-goals?", dimension: "prioritization" },
      { text: "What acceptance criteria would let you and the engineers agree that the feature is done?", dimension: "structure" },
    ],
    sampleAnswer: `My spec would be short and structured so engineers, design and marketing can all use it.

Problem. Active buyers check the site repeatedly for new listings that match the same criteria, and they miss good homes that sell within days. Competitors offer alerts, so users may leave us for them.

Target users. Active buyers and renters who search more than twice a week, and to a lesser degree early browsers.

Goals and metrics. Increase return visits and leads sent to agents. Primary metric: share of active searchers with a saved search; secondary: alert email and push click-through rate, and leads per user from alerts. Guardrails: unsubscribe rate and spam complaints.

Requirements as user stories:
- As a buyer, I can save my current filters with one click and name the search.
- I can choose alert frequency: instant, daily or weekly.
- I receive alerts for new listings and price drops that match.
- I can edit, pause or delete saved searches from my account.

Non-goals for version one: sharing searches with a partner, map-drawn areas, and recommendations beyond the filters.

Edge cases. A listing matches several saved searches, so deduplicate into one alert; a listing is removed before the alert goes out; a search is so broad it would send hundreds of results, so cap and summarize; users who are logged out when they try to save.

Definition of done. Acceptance criteria for each story, tested on web and mobile; alerts sent within 15 minutes of a listing going live for instant mode; analytics events for save, alert sent, opened and clicked; email compliance with unsubscribe links; support has an FAQ. Then a staged rollout to 20% of users with a two-week readout against the metrics above. The spec ends with open questions and owners.`,
  },
  {
    slug: "pm-ab-test-new-checkout-flow",
    track: "product_management",
    level: "junior",
    text: "We redesigned the checkout flow for our online store. How would you design an A/B test for it, what would you measure, and how long would you run it?",
    tags: ["experimentation", "metrics"],
    difficulty: 3,
    keyPoints: [
      "state a hypothesis and a primary metric such as checkout conversion",
      "randomize at the user level, not the session level",
      "calculate sample size from baseline rate and minimum detectable effect",
      "run full weeks to cover weekly seasonality, at least two weeks",
      "include guardrail metrics like average order value and refund rate",
      "avoid peeking and check for sample ratio mismatch",
    ],
    followUps: [
      { text: "Why randomize by user rather than by session here, and what goes wrong if you don't?", dimension: "structure" },
      { text: "How do you choose the minimum detectable effect, and what happens to the test duration if you halve it?", dimension: "metrics" },
      { text: "After one week the new flow is up 4% and a stakeholder wants to ship it now. What do you say?", dimension: "communication" },
      { text: "Returning customers convert worse on the new flow while new customers convert better. What might explain that, and what do you do?", dimension: "user_empathy" },
    ],
    sampleAnswer: `Hypothesis: the new checkout reduces friction, so more users who start checkout complete a purchase.

Primary metric: checkout completion rate, meaning orders divided by users who reached the first checkout step. I'd pick it over site-wide conversion because it's closer to the change and less noisy.

Secondary and guardrail metrics: average order value, since a faster flow could hide upsells; revenue per visitor; payment errors; refund and chargeback rates; and support contacts about checkout.

Randomization. Assign at the user level, using a logged-in ID or a stable cookie, so people don't see both versions across sessions. Split 50/50 if the risk is low; if the redesign is risky, start at 10% for a day to catch bugs, then ramp.

Sample size. Suppose baseline completion is 40% and we care about detecting a 2 percentage-point absolute change. With 95% confidence and 80% power, that's roughly 9,500 users per arm. If 5,000 users reach checkout daily, we'd have enough in about four days, but I would still run for at least two full weeks to cover weekday and weekend behavior and avoid novelty effects skewing the result.

Discipline. Decide the duration in advance and don't stop early because the dashboard looks good on day three; peeking inflates false positives. Check for sample ratio mismatch: if the split is 52/48 instead of 50/50, something is broken in assignment. And segment results by device, because a flow that's better on desktop might be worse on mobile.

Decision. If completion improves significantly and guardrails are flat, ship. If results are neutral, I'd still consider shipping if the new flow is simpler to maintain, but I'd be explicit that it didn't move the metric.`,
  },
  {
    slug: "pm-build-quarterly-roadmap-from-requests",
    track: "product_management",
    level: "junior",
    text: "You have ten feature requests from sales, support and users competing for next quarter. How do you turn them into a roadmap that stakeholders accept?",
    tags: ["prioritization", "stakeholders"],
    difficulty: 3,
    keyPoints: [
      "anchor on company and team goals or OKRs",
      "understand the underlying problem behind each request",
      "score with a framework such as RICE: reach, impact, confidence, effort",
      "estimate effort with engineering and account for dependencies",
      "reserve capacity for bugs and tech debt",
      "communicate the roadmap and the reasoning for what was cut",
    ],
    followUps: [
      { text: "Two requests tie on your scoring framework. How do you break the tie?", dimension: "prioritization" },
      { text: "Sales says customers want a dashboard. How do you find the problem underneath that request?", dimension: "user_empathy" },
      { text: "The head of sales' top request did not make the cut. How do you tell them?", dimension: "communication" },
      { text: "At the end of the quarter, how will you know whether the roadmap was the right one?", dimension: "metrics" },
    ],
    sampleAnswer: `I'd start by anchoring on the goal. If the team's objective this quarter is reducing churn among small business customers, that becomes the lens for every request.

Next, I'd unpack each request into the underlying problem. "Sales wants Salesforce integration" might really mean "prospects can't see how we fit their workflow." Talking to the requester for ten minutes often reveals that two or three requests share the same root problem, and sometimes a smaller solution.

Then I'd score them. I like RICE because it forces explicit assumptions: reach (how many customers per quarter), impact on the goal (on a 0.25 to 3 scale), confidence (based on evidence like ticket counts or churn interviews), and effort in engineer-weeks, estimated with the tech lead. I don't treat the score as the final answer, but it makes disagreements concrete: people argue about the reach number instead of about whose request matters more.

Capacity. I'd plan only about 70% of capacity for features, reserving the rest for bugs, tech debt and surprises, and check dependencies such as needing design or another team's API.

The result might be: three items committed, two as stretch goals, and five deferred, with a short reason for each.

Communication matters as much as the ranking. I'd review a draft with sales, support and engineering leads before finalizing, show the scoring, and explain what would change my mind, for example "if five more enterprise deals depend on this, it moves up." For deferred items, I'd tell requesters directly rather than letting them find out. That transparency is what makes stakeholders accept a "not now."`,
  },
  {
    slug: "pm-improve-maps-for-cyclists",
    track: "product_management",
    level: "junior",
    text: "How would you improve Google Maps for cyclists?",
    tags: ["product-design", "product-sense", "prioritization"],
    difficulty: 3,
    keyPoints: [
      "segment cyclists: commuters, recreational riders, delivery riders",
      "pick one segment and justify the choice",
      "list pain points such as unsafe roads, hills, bike parking",
      "propose prioritized solutions like a safety-weighted route option",
      "discuss data sources such as bike lane data and rider feedback",
      "define metrics: bike navigation sessions and route completion",
    ],
    followUps: [
      { text: "Why did you pick that group of cyclists over the others, and what do you know about their pain points?", dimension: "user_empathy" },
      { text: "How would you measure whether a safer route option actually makes rides safer, not just more popular?", dimension: "metrics" },
      { text: "Which of your ideas would you build first, and what would you deliberately not build?", dimension: "prioritization" },
    ],
    sampleAnswer: `I'd clarify the goal first: I'll assume we want more people to use Maps for cycling navigation, which grows engagement and supports Google's sustainability goals.

Segments: daily commuters, recreational and sport riders, and delivery riders. I'd focus on commuters, especially newer ones: they ride often, so they create habitual usage, and they're the group most likely to quit cycling if a route feels unsafe.

Pain points for commuters:
1. Routes that are short but go through busy roads without bike lanes.
2. Hills that make them arrive sweaty or exhausted.
3. Not knowing where to lock the bike safely near the destination.
4. Hard-to-follow turn instructions while riding.

Solutions:
- A "safer route" option that weights protected bike lanes and quiet streets, showing the trade-off, for example "4 minutes longer, 80% on bike lanes."
- Elevation profile with a "flatter route" option.
- Bike parking layer with rack locations and user ratings.
- Audio-first and vibration cues for turns, for riders with the phone in a pocket.

Prioritization: the safer route option has the highest impact because safety is the main barrier to cycling, and Google already has much of the road data. Elevation is cheap since terrain data exists. Bike parking needs crowdsourcing, so I'd do it third.

Data: municipal bike lane datasets, Street View imagery, and rider feedback like "was this route comfortable?" after the trip.

Metrics: weekly active users of cycling navigation, share of cycling trips completed without rerouting, repeat usage within 7 days, and post-ride comfort ratings. A guardrail is route accuracy reports: a "safe" route that sends someone onto a highway would seriously damage trust, so launch city by city where lane data is good.`,
  },

  // ---------------------------------------------------------------- mid
  {
    slug: "pm-instagram-stories-time-spent-drop",
    track: "product_management",
    level: "mid",
    text: "Average time spent on Instagram Stories dropped 20% last week. You are the PM for Stories. What do you do?",
    tags: ["execution", "root-cause", "metrics"],
    difficulty: 4,
    keyPoints: [
      "clarify the metric definition and confirm data quality",
      "decompose the metric: viewers times stories viewed times time per story",
      "check internal changes: releases, experiments, ranking or ad load",
      "segment by platform, app version, region, user cohort",
      "separate supply side (fewer stories posted) from demand side",
      "consider external causes and competitors, then prioritize the fix",
    ],
    followUps: [
      { text: "How would you break the 20% drop into components to narrow down where it comes from?", dimension: "structure" },
      { text: "You find that fewer stories are being posted, not fewer being watched. What do you look at next?", dimension: "metrics" },
      { text: "You find two causes: a bug in the latest app release and a competitor's launch. Which do you act on first?", dimension: "prioritization" },
      { text: "At the end of day one you have a likely cause but no proof. What do you tell your VP?", dimension: "communication" },
    ],
    sampleAnswer: `A 20% drop in a week is large, so I'd move fast but methodically.

Clarify and validate. Is it average time per daily active user, or total time? Did logging change in a recent app version? I'd check whether other Stories metrics, like impressions, moved consistently; if only time moved, suspect instrumentation first.

Decompose the metric. Total time equals active viewers times stories viewed per viewer times seconds per story. Each points to different causes:
- Fewer viewers: an entry-point change, like the Stories tray moved or a crash on launch.
- Fewer stories per viewer: less supply, or ranking showing less relevant content.
- Less time per story: more skipping, more ads, or playback problems like slow loading.

Internal changes. I'd list everything that shipped that week: app releases, server-side experiments, ranking model updates, ad load changes, and Reels changes, because Reels and Stories compete for the same attention. Cross-team changes are the most common cause I'd expect.

Segment. By iOS versus Android, app version, country, network quality, and user cohort. If the drop is isolated to Android version 312, it's almost certainly a bug; if it's global and across versions, look at server-side changes.

Supply side. Check whether the number of stories posted dropped. If creators posted less, maybe a camera or upload bug, and viewers simply had less to watch.

External factors. A holiday in a major market, a network outage, or a competitor launch.

Once I've isolated the cause, the response depends on it: roll back the bug or experiment immediately, or, if the drop comes from a deliberate trade-off like Reels gaining time, escalate to leadership with the net effect on total Instagram time. I'd also report progress daily to stakeholders and add alerting on the decomposed metrics.`,
  },
  {
    slug: "pm-north-star-airbnb-experiences",
    track: "product_management",
    level: "mid",
    text: "What should the north-star metric be for Airbnb Experiences, and which guardrail metrics would you pair with it?",
    tags: ["metrics", "marketplace", "strategy"],
    difficulty: 4,
    keyPoints: [
      "explain the value for guests, hosts and Airbnb's core stays business",
      "define a north-star metric such as experiences booked and completed with positive reviews",
      "explain why not revenue or page views alone",
      "supply-side metrics: active hosts and availability",
      "guardrails: cancellation rate, review scores, trust and safety incidents",
      "attribute cross-sell with stays bookings",
    ],
    followUps: [
      { text: "How could your north-star metric go up while the business is actually getting worse?", dimension: "metrics" },
      { text: "What do hosts of Experiences need that hosts of stays don't, and how does that show up in your supply metrics?", dimension: "user_empathy" },
      { text: "Leadership wants revenue as the north star instead. How do you respond?", dimension: "communication" },
    ],
    sampleAnswer: `Start with the value. Experiences lets travelers book activities hosted by locals, and lets hosts earn money. For Airbnb, it increases trip value, differentiates from hotel booking sites, and gives guests reasons to open the app between stays.

A good north star should capture value delivered to both sides and predict long-term revenue. My choice: number of experiences completed per week that receive a rating of 4 stars or higher. "Completed" matters because bookings that get cancelled create no value; the quality filter ensures we don't grow by pushing mediocre experiences.

Why not gross booking value? It's important, but it can grow by favoring expensive experiences while the marketplace health declines. Why not bookings? It ignores cancellations and quality.

Supporting metrics, split by side:
- Demand: share of stays guests who browse Experiences, booking conversion rate, repeat experience bookings.
- Supply: active hosts with availability in the next 30 days, the percentage of searches in top cities that return at least 10 available experiences, and host earnings retention.
- Cross-sell: share of stays trips that include an experience, and whether those guests have higher rebooking rates for stays.

Guardrail metrics:
- Host and guest cancellation rates.
- Average review score and complaint rate.
- Trust and safety incidents, which are more serious for in-person activities than for stays.
- Stays conversion: Experiences promotions shouldn't distract from the core booking flow.

One nuance: Experiences is highly seasonal and city-specific, so I'd track the north star with year-over-year comparisons by city rather than week over week, and watch liquidity in each market since a global number can hide cities with almost no supply.`,
  },
  {
    slug: "pm-should-uber-enter-grocery-delivery",
    track: "product_management",
    level: "mid",
    text: "Should Uber enter grocery delivery? Walk me through how you would make the decision and what you would recommend.",
    tags: ["strategy", "marketplace"],
    difficulty: 4,
    keyPoints: [
      "clarify Uber's goals: growth, frequency, driver utilization",
      "size the market and compare margins with restaurant delivery",
      "assess competition such as Instacart and DoorDash",
      "identify Uber's advantages: courier network, Uber One, user base",
      "name risks: basket size, picking operations, retailer partnerships",
      "recommend with a phased plan and success metrics",
    ],
    followUps: [
      { text: "Which two or three facts would flip your recommendation?", dimension: "structure" },
      { text: "How is a grocery order different for the customer from a restaurant order, and what does that mean for the product?", dimension: "user_empathy" },
      { text: "Would you start with partnerships with large grocers or with your own dark stores, and why?", dimension: "prioritization" },
      { text: "If Uber pilots grocery in one city, which numbers after six months would decide whether to expand?", dimension: "metrics" },
    ],
    sampleAnswer: `I'd evaluate it as a strategic question: does it create value for customers, fit Uber's strengths, and make money?

Goals. Uber wants to increase order frequency per user and courier utilization across the day. Restaurant delivery peaks at lunch and dinner; grocery demand is spread more evenly and skews to weekends, which fills idle courier time.

Market. Grocery spending is roughly ten times restaurant spending in most markets, and online penetration is still low, around 10% to 15% in the US. Even a small share is large.

Competition. Instacart leads in US grocery, DoorDash is expanding, Amazon has Whole Foods and Fresh, and retailers like Walmart have their own delivery. It's crowded, so Uber needs a distinctive angle.

Uber's advantages. An existing courier network in thousands of cities, a huge base of monthly users, and the Uber One subscription, which becomes more valuable if it covers groceries. Cross-selling to existing Eats users lowers acquisition cost.

Risks. Grocery orders need picking, with substitutions and out-of-stock handling, which is operationally harder than picking up a bag from a restaurant. Basket sizes are larger, but retailer margins are thin, so take rates are lower. Retailer partnerships are essential and some large grocers have exclusive deals with competitors.

Recommendation: yes, but as an extension of the Eats platform, not a standalone app. Start with convenience and quick-commerce baskets in dense cities where couriers are underutilized, partner with mid-sized grocers that lack an exclusive partner, and bundle free grocery delivery into Uber One.

Success metrics after six months: orders per Uber One member per month, contribution margin per grocery order, courier utilization in off-peak hours, and substitution satisfaction. If grocery orders stay margin-negative after scale in pilot cities, I'd stop expanding.`,
  },
  {
    slug: "pm-design-medication-management-for-elderly",
    track: "product_management",
    level: "mid",
    text: "Design a product that helps elderly people living alone manage their medication. Be specific about the users, the problems you solve first, and how you would know it works.",
    tags: ["product-design", "user-research", "metrics"],
    difficulty: 3,
    keyPoints: [
      "identify stakeholders: the elderly user, family caregivers, pharmacists and doctors",
      "key problems: forgetting doses, complex schedules, refills, side effects",
      "design for accessibility: large text, voice, minimal setup",
      "prioritize a simple first version such as reminders with confirmation and caregiver alerts",
      "define metrics such as dose adherence rate",
      "address privacy, safety and regulatory considerations",
    ],
    followUps: [
      { text: "How would setup work for a user who has never installed an app and whose daughter lives in another city?", dimension: "user_empathy" },
      { text: "How would you measure dose adherence without relying on users telling you they took their pills?", dimension: "metrics" },
      { text: "Caregiver alerts and refill reminders are both on your list. Which goes into version one, and why?", dimension: "prioritization" },
    ],
    sampleAnswer: `Users and stakeholders. The primary user is an adult over 75 living alone, often taking five or more medications. Secondary users are adult children acting as remote caregivers, plus pharmacists and doctors. The primary user may have limited vision, arthritis and low confidence with smartphones, which shapes everything.

Problems, ranked by severity: missed or double doses, which cause a large share of avoidable hospitalizations in this group; confusion when schedules change after a doctor visit; running out of medication; and family anxiety because they don't know whether Mum took her pills.

I'd solve adherence first. My first version would be a smart pill organizer paired with a simple tablet-free experience:
- A weekly organizer with compartments that light up and chime at dose time, and a sensor that detects when the compartment is opened.
- A voice assistant that says "It's time for your evening pills" and can answer "Did I take my morning pills?"
- A caregiver app that shows the adherence history and sends an alert if a dose is missed for more than an hour.

Setup is done by the caregiver or pharmacist, not the elderly user. That's a deliberate trade-off: less independence, far higher success rate.

Later: automatic refill ordering with pharmacies, and schedule sync from prescriptions.

Metrics. Primary: dose adherence rate, the percentage of scheduled doses taken within a window, compared with the user's baseline. Secondary: caregiver weekly engagement, refill gaps, and device retention after 90 days. Long-term outcomes like hospital visits would need a pilot study with a health partner.

Risks: false alerts that panic families, privacy of health data under regulations like HIPAA or GDPR, and the device must fail safe, for example with battery alerts. I'd validate with a 30-household pilot before scaling.`,
  },
  {
    slug: "pm-size-pet-insurance-opportunity",
    track: "product_management",
    level: "mid",
    text: "Estimate the annual market size for pet insurance in the United States, then tell me whether a new startup should go after it.",
    tags: ["estimation", "strategy"],
    difficulty: 4,
    keyPoints: [
      "start from households and pet ownership rates for dogs and cats",
      "estimate penetration of pet insurance and average annual premium",
      "compute current market and total addressable market separately",
      "sanity-check against known industry figures",
      "evaluate competition, differentiation and unit economics such as loss ratio",
      "give a clear recommendation with conditions",
    ],
    followUps: [
      { text: "How would you sanity-check your market size with a second, independent method?", dimension: "structure" },
      { text: "Which customer segment should the startup go after first, and why that one?", dimension: "prioritization" },
      { text: "Which unit economics, such as loss ratio or acquisition cost, would you need to see before you'd say go?", dimension: "metrics" },
    ],
    sampleAnswer: `Sizing. The US has about 130 million households. Roughly 45% own a dog and 30% own a cat, with overlap; I'll estimate 90 million dogs and 65 million cats in total.

Current market. Pet insurance penetration in the US is low, around 3% to 4% of pets, compared with 20% or more in the UK and Sweden. I'll assume 4% of dogs and 2% of cats are insured: 3.6 million dogs and 1.3 million cats. Average annual premiums are about 650 dollars for dogs and 350 for cats. That's 2.3 billion plus 0.45 billion, roughly 2.8 billion dollars a year today. That matches my sense that published figures are in the 3 to 4 billion range, so the estimate is plausible.

Total addressable market. If penetration reached UK-like levels, say 20% of dogs and 10% of cats, the market would be around 15 billion dollars. So the opportunity is growth, not just share-taking.

Should a startup enter? Arguments for: low penetration, fast-rising vet costs, and customers dissatisfied with slow claims processes. Arguments against: insurance is capital intensive and regulated, incumbents such as Trupanion and Lemonade already compete on digital experience, and customer acquisition cost is high because people buy once and rarely switch.

The economics hinge on the loss ratio, which must stay around 70% or lower, and acquisition cost versus lifetime value: a 650-dollar annual premium with 20% margin and 4-year retention supports maybe 400 dollars of acquisition spend.

My recommendation: don't enter as a generic direct-to-consumer insurer. Enter only with a distribution advantage, for example partnering with vet clinic chains to sell at the point of care, or embedding in employer benefits, and partner with an existing carrier to avoid holding the underwriting risk early.`,
  },
  {
    slug: "pm-tech-debt-versus-customer-commitments",
    track: "product_management",
    level: "mid",
    text: "Engineering wants to spend next quarter paying down tech debt, while sales needs three features promised to a large customer. How do you handle it?",
    tags: ["prioritization", "stakeholders", "execution"],
    difficulty: 4,
    keyPoints: [
      "quantify the tech debt cost: incidents, slower velocity, on-call load",
      "understand what exactly was promised, to whom and by when",
      "quantify the revenue at stake and renewal risk",
      "look for a split allocation or sequencing rather than all-or-nothing",
      "negotiate scope with the customer when possible",
      "escalate with a clear recommendation and align leadership",
    ],
    followUps: [
      { text: "How would you put a number on the cost of the tech debt so it can be compared with the revenue at stake?", dimension: "metrics" },
      { text: "Describe the split you would actually propose. What gets done first, and what waits?", dimension: "prioritization" },
      { text: "What would you ask the customer to find out which of the three features they truly need by the deadline?", dimension: "user_empathy" },
      { text: "How do you tell the engineering lead, or the sales lead, that they are not getting everything they asked for?", dimension: "communication" },
    ],
    sampleAnswer: `I wouldn't treat this as engineering versus sales; both are asking for things that affect the business, and my job is to make the trade-off explicit.

Understand the tech debt. I'd ask the tech lead for concrete costs: how many incidents did it cause last quarter, how much slower are features in that area, how much on-call time does it consume? "Deploys take four hours and we had three outages from the billing module" is very different from "the code is messy."

Understand the commitment. What exactly was promised, in writing, with what deadline? What's the deal size and renewal date? Often sales promised outcomes and the customer cares most about one of the three features.

Then I'd look for options beyond all-or-nothing:
1. Split capacity, for example 60% on debt and 40% on features, sequencing the customer's most critical feature first.
2. Choose debt work that overlaps with the features; if two features touch the billing module, refactor it as part of building them.
3. Negotiate with the customer: deliver the top feature this quarter and the other two next quarter, possibly with a workaround in the meantime. I'd join that conversation with the account executive.

In a real case like this, I proposed a 50/50 split, prioritizing debt that was causing incidents, and we delivered the customer's top-priority feature on time while moving the other two by six weeks. The customer renewed.

If we still disagree, I'd escalate to the VP of engineering and head of sales together with a one-page trade-off: revenue at risk versus incident risk and velocity gains. Finally, I'd work with sales leadership on a process so roadmap commitments go through product before contracts are signed.`,
  },
  {
    slug: "pm-introduce-new-saas-pricing-tier",
    track: "product_management",
    level: "mid",
    text: "You are the PM for a team collaboration SaaS tool with a free plan and a single paid plan. How would you decide whether to introduce a higher-priced business tier, and how would you launch it?",
    tags: ["pricing", "strategy", "go-to-market"],
    difficulty: 4,
    keyPoints: [
      "identify the segment willing to pay more, such as larger teams",
      "choose value metrics and features to gate: SSO, admin controls, audit logs",
      "research willingness to pay with surveys like Van Westendorp and sales conversations",
      "protect existing customers: grandfathering and migration",
      "measure expansion revenue, upgrade rate, churn and ARPA",
      "roll out gradually and test packaging",
    ],
    followUps: [
      { text: "Which customers would pay for a business tier, and how would you confirm that before building anything?", dimension: "user_empathy" },
      { text: "How do you decide which features go behind the new tier without angering customers already paying?", dimension: "prioritization" },
      { text: "Six months after launch, which numbers tell you the tier is a success, and which would show it cannibalized the existing plan?", dimension: "metrics" },
    ],
    sampleAnswer: `I'd start with evidence that a segment is underserved. Signals would include larger customers asking for SSO, admin controls and audit logs; sales deals lost because of security requirements; and usage data showing that teams above 50 seats behave very differently from teams of five. If 10% of accounts generate 50% of usage but pay the same per-seat price, we're leaving money on the table.

Packaging. A business tier should gate features that matter to companies, not to individuals: SAML single sign-on, user provisioning, granular permissions, audit logs, data retention controls, priority support and an uptime SLA. I'd avoid moving existing paid features into the new tier, which feels like a price increase and creates backlash.

Pricing. I'd run willingness-to-pay research: a Van Westendorp survey with admins at mid-sized customers, interviews with the sales team, and competitor benchmarking. If the current plan is 8 dollars per seat, a business tier around 15 to 18 dollars is typical in this category, but I'd validate rather than copy.

Launch plan:
1. Beta with 20 customers who asked for these features, offering a discount for feedback.
2. Publish the tier for new customers first, with sales enablement and clear comparison pages.
3. Existing customers keep their plan and price; we offer upgrades, and grandfather anyone who already had a feature that moves.

Metrics: upgrade rate from the paid plan, average revenue per account, net revenue retention, win rate in deals above 50 seats, and churn for existing customers as a guardrail. I'd also watch support tickets about pricing confusion. After one quarter I'd review whether feature gates are right; if nobody upgrades for audit logs but everyone upgrades for SSO, adjust the packaging.`,
  },
  {
    slug: "pm-ab-test-clicks-up-purchases-down",
    track: "product_management",
    level: "mid",
    text: "Your A/B test of a new product recommendation carousel shows a 3% lift in clicks but a 1% drop in purchases. Do you ship it? Explain your reasoning.",
    tags: ["experimentation", "metrics", "root-cause"],
    difficulty: 4,
    keyPoints: [
      "check statistical significance and confidence intervals for both metrics",
      "verify the experiment: sample ratio mismatch and duration",
      "identify the primary decision metric agreed before the test",
      "diagnose the mechanism: distraction, cannibalization, low-quality clicks",
      "segment results by user type and device",
      "decide: do not ship as-is, iterate and retest",
    ],
    followUps: [
      { text: "The 1% drop in purchases is not statistically significant. Does that change your decision?", dimension: "metrics" },
      { text: "What could users be doing differently that explains more clicks but fewer purchases?", dimension: "user_empathy" },
      { text: "The designer who built the carousel is sure it should ship. How do you explain your decision to them?", dimension: "communication" },
      { text: "What would you change in the next version of the test, and how would you set the success criteria this time?", dimension: "structure" },
    ],
    sampleAnswer: `My default is no, not as-is, but first I'd make sure the result is trustworthy.

Validity. Is the 1% purchase drop statistically significant, or within noise? Purchases are much rarer than clicks, so the confidence interval might be something like minus 2.5% to plus 0.5%. I'd also check for sample ratio mismatch, whether the test ran over full weeks, and whether any bugs affected one arm, like slower page loads from the carousel.

Decision metric. Clicks are a proxy; purchases or revenue per visitor is what the business cares about. Ideally we agreed before the test that revenue per visitor is primary and clicks are secondary. If the primary metric is negative or neutral, a proxy win doesn't justify shipping.

Mechanism. Why would more clicks lead to fewer purchases? Hypotheses:
- Distraction: users click into recommended items, browse, and abandon the item they originally intended to buy.
- Cannibalization: the carousel pulls attention from the buy button, which moved below the fold on mobile.
- Low relevance: the recommendations are interesting but not what people want to buy.
I'd check the funnel: add-to-cart rate on the original product, time to purchase, and purchase rate on recommended items.

Segments. Maybe the carousel helps on desktop, where there's space, and hurts on mobile. Or it helps new visitors discovering the catalog but hurts returning users with clear intent.

Decision. I wouldn't ship globally. If a segment shows a clear positive effect on purchases, I might ship to that segment, after confirming it in a follow-up test to avoid cherry-picking. Otherwise I'd iterate, for example moving the carousel below the add-to-cart button, and retest. I'd share the learning broadly because it shows that engagement metrics can mislead us.`,
  },

  // ---------------------------------------------------------------- senior
  {
    slug: "pm-three-year-vision-for-stalled-b2b-product",
    track: "product_management",
    level: "senior",
    text: "You are taking over a mature B2B analytics product whose growth has been flat for two years. How do you develop a three-year vision and strategy, and how do you get the organization behind it?",
    tags: ["vision", "strategy", "stakeholders"],
    difficulty: 5,
    keyPoints: [
      "diagnose why growth stalled: market saturation, churn, competition, product gaps",
      "segment customers and revenue to find where growth could come from",
      "articulate a vision narrative and a few strategic bets",
      "define outcome metrics such as net revenue retention and new logo growth",
      "sequence bets with milestones and kill criteria",
      "build alignment with executives, sales and engineering through involvement",
    ],
    followUps: [
      { text: "How would you decide between competing diagnoses, such as churn versus market saturation, in your first 60 days?", dimension: "structure" },
      { text: "You have room for two strategic bets. How do you choose them, and what are their kill criteria?", dimension: "prioritization" },
      { text: "What would you report to the board each quarter to show the strategy is working before revenue moves?", dimension: "metrics" },
      { text: "Sales leadership is attached to the current roadmap. How do you bring them along?", dimension: "communication" },
    ],
    sampleAnswer: `I'd spend the first 60 to 90 days diagnosing before proposing anything.

Diagnosis. Flat growth is a symptom. I'd decompose revenue into new logos, expansion, contraction and churn by segment. Common patterns: new logo growth is fine but churn among small customers offsets it; or net revenue retention dropped because customers consolidate onto a platform like a cloud data warehouse with built-in analytics. I'd interview 30 customers, including churned ones, read lost-deal notes, and study where competitors are winning.

Suppose I find that enterprise customers are stable and expanding, small customers churn at 30% a year, and the market is shifting toward analytics embedded in other tools and toward AI-assisted analysis.

Vision. A clear narrative, for example: "In three years, every decision-maker at our customers gets answers from their data without writing a query, inside the tools they already use." It should be ambitious but believable given our data and distribution advantages.

Strategy: three bets, not ten.
1. Core: improve retention for mid-market and enterprise with governance and performance, targeting net revenue retention from 100% to 115%.
2. Expansion: an embedded analytics offering that lets customers put our dashboards in their own products, a new revenue line.
3. Future: a natural-language analysis assistant, explored with a small team and clear learning milestones.
I'd stop investing in the low-end self-serve segment, which is a hard but necessary choice.

Each bet gets metrics, milestones at 6, 12 and 24 months, and kill criteria.

Alignment. I'd co-create rather than present a finished deck: run workshops with engineering, sales and customer success leaders, share the diagnosis data openly, and pressure-test with the executive team. Then I'd translate the vision into yearly goals and team-level objectives, and repeat the narrative constantly. Strategies usually fail from lack of focus, not lack of ideas.`,
  },
  {
    slug: "pm-consolidate-duplicate-systems-into-platform",
    track: "product_management",
    level: "senior",
    text: "Six product teams in your organization have each built their own notification system, and users are complaining about spam and inconsistent settings. How would you approach consolidating this into a platform, and how would you structure the teams?",
    tags: ["org-design", "strategy", "stakeholders"],
    difficulty: 5,
    keyPoints: [
      "quantify the problem: notification volume, opt-outs, duplicated engineering effort",
      "define the platform's customers and its product requirements",
      "decide team topology: dedicated platform team with clear ownership",
      "plan incremental migration with adoption incentives rather than a big-bang rewrite",
      "establish governance: frequency caps, central preferences, ranking",
      "measure platform adoption, user opt-out rate and developer time saved",
    ],
    followUps: [
      { text: "Which of the six teams do you migrate first, and why that one?", dimension: "prioritization" },
      { text: "Two teams refuse to migrate because the platform lacks a feature they need. What do you do?", dimension: "user_empathy" },
      { text: "Six months in, how would you show that the platform cut notification spam and saved engineering time?", dimension: "metrics" },
      { text: "How would you set up the platform team, and decide what it owns and what the product teams keep?", dimension: "structure" },
    ],
    sampleAnswer: `Quantify the problem first, so this is a business case and not an architecture preference. I'd gather: notifications per user per week across all teams, opt-out and uninstall rates correlated with notification volume, complaints, and the engineering cost of six systems, for example 12 engineers maintaining overlapping code and six separate on-call rotations. If users receive 25 notifications a week and push opt-outs rose from 20% to 35%, that's a growth problem, because notifications drive a big share of re-engagement.

Define the platform as a product. Its customers are the six product teams, and its users also include end users. Requirements: one preference center, global frequency caps, cross-team ranking so only the most valuable notifications are sent, delivery across push, email and in-app, templates, and analytics for each sender.

Team structure. I'd create a dedicated platform team with a PM, an engineering manager and engineers, seeded by two or three people from the teams with the best existing systems, so we keep domain knowledge and gain allies. The platform team owns the delivery infrastructure and policies; product teams still own their notification content and triggers. That boundary avoids the platform becoming a bottleneck for every copy change.

Migration. No big-bang rewrite. Ship the preference center and frequency cap first, because they deliver user value immediately. Migrate the highest-volume team first with hands-on support, then make the platform the easiest path: better analytics and less on-call. Set a deprecation date for legacy systems with leadership backing.

Governance. A lightweight council with product leads to set caps and resolve priority conflicts.

Metrics: push opt-out rate, notification-driven sessions per user, percentage of volume on the platform, and engineering hours saved. The trade-off I'd acknowledge openly: teams lose some autonomy and speed for about two quarters in exchange for a better user experience.`,
  },
  {
    slug: "pm-respond-to-free-competitor-launch",
    track: "product_management",
    level: "senior",
    text: "A well-funded competitor just launched a free version of the product that generates most of our revenue. What do you do in the next 90 days?",
    tags: ["strategy", "pricing", "go-to-market"],
    difficulty: 5,
    keyPoints: [
      "avoid panic and gather data on actual churn and pipeline impact",
      "analyze which customer segments are at risk and why",
      "understand the competitor's economics and limitations of the free offer",
      "strengthen differentiation and switching costs for high-value customers",
      "consider a targeted pricing response instead of matching free",
      "set up a war-room cadence with clear metrics and communication",
    ],
    followUps: [
      { text: "What would you track weekly in the war room, and which threshold would make you change course?", dimension: "metrics" },
      { text: "Which of your customers are most likely to switch, and what would you ask them?", dimension: "user_empathy" },
      { text: "Would you ever match the free offer? Under what conditions, and what would you give up to do it?", dimension: "prioritization" },
      { text: "What do you tell your own sales team in the first week?", dimension: "communication" },
    ],
    sampleAnswer: `First, avoid overreacting. A free launch generates noise, and the worst response is cutting prices across the board before we know who is actually at risk.

Weeks 1 to 2: understand the threat. I'd set up a small cross-functional group with product, sales, marketing, finance and customer success, meeting twice a week. We'd evaluate the competitor's free offer in depth: usage limits, missing features, support, and how they plan to monetize. Free is usually a funnel to paid upsells or subsidized by another business. In parallel, I'd track leading indicators: trial sign-ups, win rate in deals, churn intent signals from customer success, and mentions in cancellation surveys.

Segment the risk. Typically free offers attract small, price-sensitive customers, while enterprise customers value security, integrations, support and reliability. If 70% of revenue comes from mid-market and enterprise customers with deep integrations, the real risk is concentrated in the low end and in our acquisition funnel.

Weeks 3 to 8: respond by segment.
- High-value customers: proactive outreach from account teams, roadmap previews, and, for at-risk renewals, multi-year deals with modest discounts.
- Low end: consider our own free tier or a cheaper starter plan that limits usage, so we stay in the consideration set without cannibalizing core plans. I'd model the cannibalization before deciding.
- Product: accelerate differentiating features that the competitor can't quickly copy, like integrations and admin capabilities, rather than copying their feature list.

Weeks 8 to 12: measure and adjust. Metrics: gross revenue churn by segment, win rate against the competitor, new sign-ups, and net revenue retention.

Communication matters: a clear internal narrative for sales so they don't discount by reflex, and a board update with facts. Longer term, I'd ask whether the competitor's move reveals a market shift we should lead rather than resist.`,
  },
  {
    slug: "pm-ai-assistant-strategy-and-measurement",
    track: "product_management",
    level: "senior",
    text: "The CEO wants an AI assistant in our project-management product by next quarter. How do you decide what to build, and how would you measure whether it actually helps customers?",
    tags: ["ai", "strategy", "metrics"],
    difficulty: 4,
    keyPoints: [
      "reframe from technology to a specific user problem and job to be done",
      "choose narrow high-value use cases such as status summaries",
      "assess feasibility: data access, accuracy, latency, cost per request",
      "address risks: hallucination, privacy, permissions, enterprise trust",
      "define outcome metrics: task completion time, retention of AI users, quality ratings",
      "plan an evaluation set and staged rollout with human feedback",
    ],
    followUps: [
      { text: "Which single user problem would you start with, and what evidence would tell you it is worth solving?", dimension: "user_empathy" },
      { text: "How would you tell whether the assistant really saves customers time, rather than being tried out of curiosity?", dimension: "metrics" },
      { text: "The CEO wants a broad chat assistant and you want one narrow feature. How do you make that call and sell it?", dimension: "prioritization" },
      { text: "How would you build an evaluation set that catches wrong or made-up answers before customers see them?", dimension: "structure" },
    ],
    sampleAnswer: `I'd take the CEO's urgency seriously, because competitors are shipping AI features and customers ask about them, but I'd reframe the question from "add an assistant" to "which painful jobs can AI make dramatically faster?"

Discovery, in the first two to three weeks. Use support data, interviews and usage analytics to find time-consuming, repetitive work. In project management, candidates include writing weekly status updates, summarizing long comment threads, breaking a project brief into tasks, and answering "what's blocking this release?"

Selection criteria: frequency of the task, time saved, tolerance for imperfect output, and feasibility with our data. Status summaries score well: they happen weekly, take managers 30 to 60 minutes, and a human reviews the draft before sending, so errors are caught. Fully autonomous task reassignment scores poorly because mistakes are costly.

Feasibility and risk. I'd work with engineering on retrieval over project data, permission checks so the assistant never reveals tasks a user can't see, latency, and cost per request, which affects pricing. Enterprise customers will ask about data retention and whether their data trains models, so we need clear answers before launch.

Measurement. Before launch, build an evaluation set of 200 real projects with human-rated reference summaries, and track accuracy and hallucination rates for each model change. After launch:
- Adoption: weekly active users of the feature.
- Value: time from opening to sending a status update, and the share of AI drafts sent with light edits.
- Quality: thumbs-up rate and reports of incorrect content.
- Business: retention and expansion for accounts using it, compared with a holdout.

Plan: beta with 50 design-partner customers in six weeks, general availability at quarter end for the summary feature. I'd tell the CEO honestly that one excellent feature beats a generic chatbot.`,
  },
  {
    slug: "pm-marketplace-supply-shortage-new-cities",
    track: "product_management",
    level: "senior",
    text: "You run a two-sided marketplace for home services such as cleaning and repairs. In newly launched cities, demand far exceeds supply and customers are leaving. How do you fix it, and which metrics do you watch?",
    tags: ["marketplace", "strategy", "metrics"],
    difficulty: 5,
    keyPoints: [
      "measure liquidity: fill rate and time to match by city and category",
      "diagnose supply bottlenecks: acquisition, onboarding, activation, retention of providers",
      "levers for supply: incentives, onboarding speed, guaranteed earnings",
      "manage demand: throttle marketing, waitlists, scheduling flexibility",
      "sequence city launches using readiness thresholds",
      "watch unit economics and provider earnings per hour",
    ],
    followUps: [
      { text: "Which one metric would tell you a city is ready for more marketing spend, and at what threshold?", dimension: "metrics" },
      { text: "You can fund either provider incentives or faster onboarding this quarter. Which first, and why?", dimension: "prioritization" },
      { text: "Why do new providers drop out in their first month, and how would you find out?", dimension: "user_empathy" },
      { text: "How would you change the city launch playbook so the next city does not repeat this?", dimension: "structure" },
    ],
    sampleAnswer: `The core metric for a marketplace is liquidity, so I'd start there: fill rate (percentage of requests that get a provider), time to match, and repeat customer rate, by city and category. I'd expect fill rates in new cities of maybe 50% versus 90% in mature ones, and each unfilled request teaches a customer not to come back.

Diagnose supply as a funnel: providers who apply, who complete onboarding and background checks, who take their first job, and who stay active. The bottleneck is often not acquisition but onboarding; background checks taking three weeks, for example, or new providers getting too few jobs early and quitting. I'd also check category mismatch: plenty of cleaners but no plumbers.

Supply levers:
- Cut onboarding time with faster verification vendors and group sessions.
- Guaranteed minimum earnings for new providers for their first month, which addresses the chicken-and-egg problem.
- Recruit established small businesses, not just individuals, to add capacity quickly.
- Improve provider retention through better job routing and fewer long drives.

Demand levers, in the short term:
- Stop or throttle paid marketing in cities where fill rate is below a threshold; we're paying to disappoint people.
- Offer flexible time windows, which increases the chance of a match, and a waitlist with honest expectations.
- Use pricing: surge or premium pricing for urgent jobs, paid to providers.

Process change: a launch playbook with readiness thresholds, such as at least a certain number of active providers per category per 10,000 households before turning on marketing.

Metrics: fill rate, time to match, customer 60-day retention, provider hourly earnings and utilization, provider 30-day retention, and contribution margin per job, since incentives can easily make new cities deeply unprofitable. I'd review these weekly per city with the city leads.`,
  },
  {
    slug: "pm-decide-whether-to-sunset-product-line",
    track: "product_management",
    level: "senior",
    text: "One of your product lines is used heavily by 5% of customers but costs a disproportionate amount of engineering and support effort. How do you decide whether to sunset it, and how would you execute if you do?",
    tags: ["strategy", "stakeholders", "prioritization"],
    difficulty: 4,
    keyPoints: [
      "quantify cost: engineering headcount, support tickets, infrastructure, opportunity cost",
      "quantify value: revenue, retention effect, strategic importance of those customers",
      "consider alternatives: maintenance mode, partner, spin out, price increase",
      "plan migration paths and timelines for affected customers",
      "communicate early and transparently internally and externally",
      "track churn, support load and team reallocation after the decision",
    ],
    followUps: [
      { text: "How would you estimate how many of those customers would leave entirely if the product line went away?", dimension: "metrics" },
      { text: "What would a good migration path look like for a customer who depends on this product every day?", dimension: "user_empathy" },
      { text: "Besides sunsetting, what is the strongest alternative, and what would make you choose it instead?", dimension: "prioritization" },
      { text: "How and when would you tell the affected customers and your own sales team?", dimension: "communication" },
    ],
    sampleAnswer: `I'd frame this as a comparison between what the product line costs and what it's worth, including things that don't show up in a spreadsheet.

Cost. Engineers dedicated to it, share of support tickets, infrastructure, and opportunity cost: what could those engineers build for the other 95%? Suppose it's five engineers and 20% of support volume.

Value. Direct revenue from the feature, but more importantly the retention effect: are those 5% of customers among the largest accounts? If they represent 25% of revenue and would churn without the product, the math changes completely. I'd also look at strategic value, such as whether it's essential for a market we plan to enter.

Alternatives to a full sunset:
- Maintenance mode: security fixes only, with a smaller team.
- Charging for it as an add-on, so the users who value it fund it.
- Replacing it with an integration with a partner product.
- Open-sourcing or spinning it out.

Suppose the analysis shows low revenue, affected customers have alternatives, and two engineers could deliver a roadmap item worth far more. I'd recommend sunsetting, with leadership and sales alignment first.

Execution:
1. Talk personally to the top 20 affected customers before any public announcement; understand their workflows and offer migration help.
2. Announce with a long timeline, for example 6 to 12 months, with documentation, data export tools and a recommended alternative.
3. Provide incentives such as discounts on alternatives or extended support for strategic accounts.
4. Prepare support and sales with talking points.
5. Remove the product in stages: stop new sign-ups, then read-only, then shutdown.

Metrics: churn among affected accounts versus forecast, support ticket volume, and delivery of the work the freed-up team moves to. I'd accept losing some customers, but I'd set a churn threshold in advance that would make us slow down.`,
  },
  {
    slug: "pm-allocate-investment-core-growth-bets",
    track: "product_management",
    level: "senior",
    text: "As head of product for a group of 40 engineers, how do you split investment between the core product, growth initiatives and new bets, and how do you hold each type of work accountable?",
    tags: ["strategy", "org-design", "prioritization"],
    difficulty: 5,
    keyPoints: [
      "anchor allocation on company stage and strategy",
      "propose an explicit portfolio split such as 60/25/15",
      "use different success metrics for each type: reliability, conversion, learning milestones",
      "fund bets with stage gates and kill criteria",
      "keep team stability with long-lived teams and clear ownership",
      "review the allocation quarterly with data and adjust",
    ],
    followUps: [
      { text: "A reliability problem in the core product flares up mid-quarter. Do you pull engineers from new bets, and how do you decide?", dimension: "prioritization" },
      { text: "How do you hold a new bet accountable when it has no revenue yet?", dimension: "metrics" },
      { text: "How would your split change if the company had eighteen months of runway left?", dimension: "structure" },
      { text: "How do you tell a team that the bet they have been working on is being shut down?", dimension: "communication" },
    ],
    sampleAnswer: `There's no universal split; it depends on the company's stage and strategy. A company with a product-market-fit product and competitive pressure needs a different balance than one whose core is stagnating.

For a growth-stage SaaS company with a healthy core, I'd start with about 60% core, 25% growth and 15% new bets, and make the split explicit and visible so it doesn't drift by accident.

Core, roughly 24 engineers: reliability, performance, customer-requested improvements, security and tech debt. Accountability through health metrics: uptime and incident rate, customer satisfaction, net revenue retention, and cycle time. Core teams are long-lived and own specific areas.

Growth, roughly 10 engineers: activation, conversion, expansion and pricing experiments. Accountability through a clear funnel metric per team, for example trial-to-paid conversion, and through experiment velocity and win rate. These teams ship many small experiments.

New bets, roughly 6 engineers: two small teams each exploring a potential new product line. Accountability is different, because revenue metrics would kill any new idea too early. Instead, each bet has stage gates: by month three, validate the problem with 20 customer interviews and a prototype; by month six, a set number of active pilot customers using it weekly; by month nine, willingness to pay. Each gate has explicit kill criteria agreed up front, and killing a bet is treated as a good outcome if it was done quickly.

Governance. A quarterly portfolio review with engineering and finance where we look at results and rebalance. Signals to shift toward core: incident rates or churn rising. Signals to shift toward bets: core metrics stable and a bet passing its gates.

Finally, I protect team stability. Moving engineers every quarter destroys productivity, so rebalancing happens by moving whole teams or through hiring, not by reshuffling individuals.`,
  },
];
