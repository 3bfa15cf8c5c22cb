import { clustersOf } from "@/server/scoring/builtin/concepts";
import { stem } from "@/server/scoring/builtin/stem";
import { tokenize } from "@/server/scoring/builtin/text";
const a = "In my final-year project I led a team of four building a study-planner app. I set up weekly demos with ten classmates, which helped us cut two features nobody used and focus on reminders. We shipped on time, 150 students used it during exams, and our project won the department prize. I learned how much early user feedback can save a team from building the wrong thing.";
const m = clustersOf(stem("mistake"));
console.log(m);
for (const t of tokenize(a)) { const c = clustersOf(stem(t)); if (c.some(x=>m.includes(x))) console.log(t, stem(t), c); }
