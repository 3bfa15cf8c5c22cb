import { analyzeAnswer } from "@/server/scoring/builtin/analyze";
type Case = { track: any; level: any; q: string; answers: [number, string][] };
const cases: Case[] = [
 { track: "behavioral", level: "mid", q: "Tell me about a time you had to deliver under a tight deadline.", answers: [
  [4, "Two weeks before our spring launch, the payment provider we depended on announced it would retire its old API. I owned checkout, so I listed what had to change: 14 endpoints, the webhook handler and our refund flow. I proposed cutting the saved-cards feature from the launch scope and moving it to the following sprint, and my manager agreed. I paired with a colleague on the webhook rewrite, wrote contract tests against the provider's sandbox, and we shipped on the planned date with zero failed payments in the first week. I learned to cut scope early and explicitly instead of hoping to do everything."],
  [3, "We had a launch coming and a vendor changed their API at the last minute. I rewrote our integration and dropped one feature so we could make it. We launched on time. I learned that cutting scope is sometimes necessary."],
  [2, "I work well under pressure. When deadlines are tight I prioritise, communicate with my team and stay focused, and we usually deliver on time."],
  [1, "I always deliver on time."],
 ]},
 { track: "behavioral", level: "junior", q: "Tell me about a time you received critical feedback. How did you respond?", answers: [
  [4, "In my first month, my tech lead told me in a one-to-one that my pull requests were too big to review: one had 1,400 changed lines. At first I was defensive, but I asked her for two examples of what a good split would look like. I then broke my next feature into five small PRs of under 200 lines, each with a short description and screenshots. Review time went from three days to under one, and she mentioned it in my review. Since then I plan the split of a feature before I write code."],
  [3, "My manager said my code reviews took too long because my changes were big. I started making smaller pull requests and it got better. Now I keep changes small."],
  [2, "I think feedback is a gift and I always welcome it. When I get critical feedback I listen, reflect and try to improve, because growth matters to me."],
 ]},
 { track: "software_engineering", level: "mid", q: "How would you design a URL shortener?", answers: [
  [4, "Requirements first: say 100 million new links a month and a read-to-write ratio around 100:1, so redirects dominate. I'd generate a 7-character base62 key from an auto-increment ID run through a bijective shuffle, instead of hashing the URL, because hashing needs collision handling. Links go in a key-value store like DynamoDB, keyed by the short code; redirects are served from a Redis cache in front of it, with a 301 versus 302 choice: 302 costs more traffic but keeps click analytics. Failure modes: a hot key on a viral link, handled by the cache and a CDN; abuse, handled by rate limits per API key; and ID exhaustion, which 7 base62 characters push past 3 trillion links."],
  [3, "I would store each long URL in a database with a short random code as the key. When someone opens the short link, the server looks up the code and redirects to the long URL. I'd add a cache for popular links."],
  [2, "A URL shortener takes a long URL and makes it short. It should be fast and scalable, so I'd use the cloud and a good database. Security is also important."],
 ]},
 { track: "product_management", level: "mid", q: "Should our note-taking app build a dark mode? How would you decide?", answers: [
  [4, "I'd start from evidence rather than opinion: how many support tickets and app-store reviews ask for it (say 3% of reviews), and which users they come from. If they are mostly heavy users who write at night, the segment matters more than the count. Then I'd estimate with RICE: reach is every user, impact is probably small for retention, confidence medium, effort about three weeks across iOS, Android and web because every screen needs new colour tokens. I'd compare that with the top two roadmap items. If we build it, the metric would be the share of weekly active users who turn it on and night-time session length, with a guardrail on crash rate from the theme change."],
  [3, "I would look at how many users ask for it in reviews and support tickets. If many people want it and the effort is not too big, I'd build it and check how many users turn it on."],
  [2, "Dark mode is very popular nowadays and users love it. It is important to listen to users, so I think we should build it because it makes the app look modern."],
 ]},
 { track: "coding", level: "junior", q: "Reverse a singly linked list.", answers: [
  [4, "I'll reverse it in place by walking the list once and flipping each next pointer. I keep three pointers: prev, current and next. ```python\ndef reverse(head):\n    prev = None\n    current = head\n    while current:\n        nxt = current.next\n        current.next = prev\n        prev = current\n        current = nxt\n    return prev\n``` This is O(n) time and O(1) extra space; a recursive version would use O(n) stack space. Edge cases: an empty list returns None, a single node returns itself. I'd test with [], [1], and [1, 2, 3] expecting [3, 2, 1]."],
  [3, "Walk through the list and point each node's next to the previous node, then return the last node as the new head. ```python\ndef reverse(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev\n```"],
  [2, "I would copy the values into an array, reverse the array and write the values back into the nodes."],
 ]},
];
for (const c of cases) {
  const res = c.answers.map(([label, a]) => ({ label, s: analyzeAnswer({ rubric: c.track, level: c.level, question: { text: c.q }, answer: a }) }));
  console.log("Q:", c.q);
  for (const r of res) console.log(`  L${r.label} total=${r.s.total} [${r.s.dimensions.map(d=>d.score).join(" ")}] ${r.s.flags.join(",")}`);
}
