import type { SeedQuestion } from "./types";

/** Software engineering track: web fundamentals, databases, concurrency, testing, system design, reliability. */
export const softwareEngineeringQuestions: SeedQuestion[] = [
  // ---------------------------------------------------------------- intern
  {
    slug: "swe-what-happens-when-you-load-a-url",
    track: "software_engineering",
    level: "intern",
    text: "What happens, step by step, when you type https://example.com into a browser and press Enter?",
    tags: ["http", "fundamentals"],
    difficulty: 2,
    keyPoints: [
      "DNS resolution from browser cache to recursive resolver to authoritative server",
      "TCP connection with the three-way handshake",
      "TLS handshake: certificate verification and key exchange",
      "HTTP request with method, headers and the server response status code",
      "server side: load balancer, application server, database",
      "browser parses HTML, loads CSS and JavaScript, renders the page",
    ],
    followUps: [
      { text: "What exactly does the browser check during the TLS handshake, and what happens if the certificate has expired?", dimension: "depth" },
      { text: "Why might DNS resolution never reach the authoritative server for a site you visited yesterday?", dimension: "correctness" },
      { text: "A user says the page loads slowly. Which browser tool would you open, and what would you look for?", dimension: "practical_experience" },
    ],
    sampleAnswer: `1. URL parsing. The browser sees the https scheme, so it will use port 443 and TLS.

2. DNS resolution. It needs the IP address for example.com. It checks the browser cache, the operating system cache and the hosts file, then asks the configured recursive resolver, often the ISP's or something like 1.1.1.1. If the resolver doesn't have it cached, it queries a root server, then the .com top-level domain servers, then the authoritative name server for example.com, which returns an A or AAAA record. Results are cached according to the TTL.

3. TCP connection. The browser opens a TCP connection with a three-way handshake: SYN, SYN-ACK, ACK. With HTTP/3 this would be QUIC over UDP instead.

4. TLS handshake. Client and server agree on a protocol version and cipher, the server presents its certificate, and the browser verifies it chains to a trusted certificate authority and matches the domain. They exchange keys, and everything afterwards is encrypted.

5. HTTP request. The browser sends something like GET / with headers such as Host, User-Agent, Accept and cookies.

6. Server side. The request usually hits a CDN or load balancer, which forwards it to an application server. The app might query a database or cache, then returns a response: status 200, headers like Content-Type and Cache-Control, and the HTML body.

7. Rendering. The browser parses the HTML into the DOM, discovers CSS, JavaScript and images, and fetches them, often over the same connection with HTTP/2. It builds the CSS object model, runs scripts, calculates layout and paints pixels.

If I were debugging slowness, the browser network tab shows the timing of each phase: DNS, connect, TLS, waiting for the first byte and download.`,
  },
  {
    slug: "swe-http-methods-and-status-codes",
    track: "software_engineering",
    level: "intern",
    text: "Explain the difference between the HTTP methods GET, POST, PUT, PATCH and DELETE. When would an API return 400, 401, 403, 404, 409 or 500?",
    tags: ["http", "api-design", "fundamentals"],
    difficulty: 1,
    keyPoints: [
      "GET reads data and should have no side effects",
      "POST creates a resource or triggers an action and is not idempotent",
      "PUT replaces a resource and is idempotent; PATCH applies a partial update",
      "DELETE removes a resource and is idempotent",
      "400 bad request for invalid input; 401 unauthenticated; 403 forbidden",
      "404 not found, 409 conflict, 500 unexpected server error",
    ],
    followUps: [
      { text: "A client with a valid token asks for another user's order. Should the API return 403 or 404, and why might you choose 404?", dimension: "correctness" },
      { text: "What does it mean that PUT is idempotent and POST is not, and why does it matter when a client retries after a timeout?", dimension: "depth" },
      { text: "When is it reasonable to use POST for a request that only reads data?", dimension: "trade_offs" },
    ],
    sampleAnswer: `The methods describe the intent of a request.

GET retrieves a resource, like GET /users/42. It should be safe, meaning no side effects, which is why browsers and CDNs can cache it and retry it freely.

POST creates a new resource or triggers an action, like POST /users with a JSON body. It's not idempotent: sending it twice may create two users.

PUT replaces a resource at a known URL with the full representation you send. It's idempotent: sending the same PUT twice leaves the same state.

PATCH applies a partial update, like changing only the email field. It's often idempotent in practice, but not guaranteed by the spec.

DELETE removes a resource. It's idempotent: deleting twice still leaves it deleted, although the second call may return 404.

Idempotency matters for retries: if a network error happens, clients can safely retry GET, PUT and DELETE.

Status codes:
- 400 Bad Request: the input is invalid, like a missing required field or malformed JSON. Include a helpful error message.
- 401 Unauthorized: the client isn't authenticated, such as a missing or expired token. Despite the name, it means "who are you?"
- 403 Forbidden: the client is authenticated but not allowed, like a normal user calling an admin endpoint.
- 404 Not Found: the resource doesn't exist. Sometimes APIs return 404 instead of 403 to avoid revealing that something exists.
- 409 Conflict: the request conflicts with current state, like signing up with an email that's already registered, or a version mismatch in an update.
- 500 Internal Server Error: something unexpected failed on the server, like an unhandled exception. The client didn't do anything wrong, so we should log it and alert on rising rates.

In general, 4xx means the client should change the request, and 5xx means the server has a problem.`,
  },
  {
    slug: "swe-sql-versus-nosql-choice",
    track: "software_engineering",
    level: "intern",
    text: "What are the main differences between a relational database like PostgreSQL and a document database like MongoDB? How would you choose between them for a new project?",
    tags: ["databases", "fundamentals"],
    difficulty: 2,
    keyPoints: [
      "relational: tables, schemas, joins and SQL",
      "ACID transactions and foreign key constraints",
      "document stores: flexible schema, nested JSON documents",
      "scaling differences: horizontal sharding built in versus vertical scaling",
      "choose based on data relationships and query patterns",
      "default to a relational database when unsure",
    ],
    followUps: [
      { text: "What would you gain and lose by storing an order and its line items as one MongoDB document?", dimension: "trade_offs" },
      { text: "For a simple blog with users, posts and comments, which would you pick, and what would the schema look like?", dimension: "practical_experience" },
      { text: "PostgreSQL can store JSON documents too. How does that change the choice?", dimension: "correctness" },
    ],
    sampleAnswer: `A relational database like PostgreSQL stores data in tables with a fixed schema: columns have types, and relationships are expressed with foreign keys. You query with SQL and can join tables, for example users, orders and products. It provides ACID transactions, so transferring money between two accounts either fully happens or doesn't. Constraints like unique and not null enforce data integrity in the database itself.

A document database like MongoDB stores JSON-like documents in collections. The schema is flexible: two documents in the same collection can have different fields, and you can nest related data, like an order with its line items embedded. Reading a whole document is fast and natural when the app always loads the object as a unit. Historically, document databases made horizontal scaling through sharding easier, while relational databases typically scale vertically first, adding read replicas.

The differences have narrowed: MongoDB supports multi-document transactions, and Postgres has a JSONB column type with indexing.

How I'd choose:
- If the data is highly relational, with many entities referencing each other and queries that combine them in different ways, like an e-commerce or banking system, I'd pick Postgres.
- If the data is naturally self-contained documents with varying structure, like product catalogs with very different attributes or event logs, and access is mostly by key, a document store fits well.
- Consider the team's experience and the hosting available.

For a new project where I'm unsure, I'd default to Postgres. It handles most workloads to a large scale, the schema catches bugs early, and JSONB covers the cases where some flexibility is needed. Migrating later from a well-structured relational model is usually easier than fixing inconsistent documents.`,
  },
  {
    slug: "swe-process-versus-thread",
    track: "software_engineering",
    level: "intern",
    text: "What is the difference between a process and a thread? When would you use multiple threads, multiple processes, or asynchronous I/O?",
    tags: ["concurrency", "fundamentals"],
    difficulty: 2,
    keyPoints: [
      "a process has its own memory address space; threads share memory within a process",
      "threads are cheaper to create and switch but need synchronization such as locks",
      "a crash in one process is isolated from other processes",
      "CPU-bound work benefits from parallelism across cores",
      "I/O-bound work suits async I/O with an event loop",
      "mention race conditions and Python's GIL or Node's single thread as examples",
    ],
    followUps: [
      { text: "What exactly is shared between two threads of the same process, and what is not?", dimension: "correctness" },
      { text: "Give me an example of a race condition between two threads and show how a lock prevents it.", dimension: "depth" },
      { text: "Your Python service resizes images and is too slow. Would you use threads, processes or async I/O, and why?", dimension: "trade_offs" },
    ],
    sampleAnswer: `A process is a running program with its own memory address space, file descriptors and resources. The operating system isolates processes, so one process can't directly read another's memory, and if one crashes, others keep running. Communication between processes needs explicit mechanisms like pipes, sockets or shared memory.

A thread is a unit of execution inside a process. All threads in a process share the same memory, so they can communicate by reading and writing shared variables. Threads are cheaper to create and switch between than processes, but shared memory introduces race conditions: two threads incrementing the same counter without a lock can lose updates. So threads need synchronization like mutexes, which adds complexity and risks deadlocks.

When to use what:
- CPU-bound work, like image processing or compressing files, benefits from running in parallel on multiple cores. In languages like Java or Go, threads work well. In Python, the global interpreter lock prevents threads from running Python code in parallel, so I'd use multiple processes, for example with multiprocessing.
- I/O-bound work, like a web server waiting on databases and network calls, spends most of its time waiting. Async I/O with an event loop, as in Node.js or Python's asyncio, handles thousands of concurrent connections on one thread with little memory, because it doesn't need a thread per connection.
- Isolation: if I need fault isolation or different security permissions, separate processes are safer. Browsers run each tab in a separate process for this reason.

In practice, systems combine them. A Node.js service runs one process per CPU core, each with an event loop, behind a load balancer.`,
  },
  {
    slug: "swe-unit-versus-integration-tests",
    track: "software_engineering",
    level: "intern",
    text: "What is the difference between unit tests, integration tests and end-to-end tests? How would you decide what to test in a small web application?",
    tags: ["testing", "fundamentals"],
    difficulty: 1,
    keyPoints: [
      "unit tests check one function or module in isolation and run fast",
      "integration tests check components working together, such as code with a real database",
      "end-to-end tests drive the full app through the UI like a user",
      "test pyramid: many unit tests, fewer integration, few end-to-end",
      "prioritize business-critical paths and edge cases",
      "tests should be deterministic and run in CI on every change",
    ],
    followUps: [
      { text: "When is mocking the database in a test a bad idea?", dimension: "trade_offs" },
      { text: "For a small online shop, which three tests would you write first, and at which level?", dimension: "practical_experience" },
      { text: "What makes an end-to-end test flaky, and how do you keep those tests reliable?", dimension: "depth" },
    ],
    sampleAnswer: `Unit tests check a single function or class in isolation. For example, a function that calculates a discount given a cart. They're fast, often milliseconds, and when they fail they point to the exact problem. Dependencies like the database are replaced with fakes or mocks.

Integration tests check that several components work together correctly, for example an API endpoint that writes to a real test database, or code that calls another service. They catch problems unit tests miss, like a wrong SQL query or a misconfigured serializer, but they're slower and need setup.

End-to-end tests exercise the whole system like a user would, for example a Playwright test that opens the browser, signs up, adds an item to the cart and checks out. They give the most confidence that the product works, but they're the slowest and most likely to be flaky.

The test pyramid suggests many unit tests, a moderate number of integration tests, and a few end-to-end tests for the most important flows.

For a small web app, say a to-do app with accounts, I'd decide like this:
- Unit tests for pure logic with edge cases: validation, date handling, permission checks.
- Integration tests for each API endpoint against a real database: creating, updating and deleting to-dos, and making sure one user can't see another user's data.
- Two or three end-to-end tests for critical journeys: sign up, log in, create a to-do.

I'd focus on behavior that would hurt users or the business if it broke, not on reaching a coverage number. Tests must be deterministic and run automatically in CI on every pull request, so regressions are caught before merging.`,
  },
  {
    slug: "swe-git-merge-versus-rebase",
    track: "software_engineering",
    level: "intern",
    text: "What is the difference between git merge and git rebase? When would you use each, and what should you never do with rebase?",
    tags: ["tooling", "fundamentals"],
    difficulty: 1,
    keyPoints: [
      "merge creates a merge commit and preserves the branch history",
      "rebase replays commits on top of another branch, creating new commit hashes",
      "rebase produces a linear history that is easier to read",
      "never rebase commits that others have already pulled from a shared branch",
      "interactive rebase to squash or clean up commits before review",
      "resolve conflicts and use force-with-lease after rebasing your own branch",
    ],
    followUps: [
      { text: "What exactly goes wrong if you rebase a branch that a teammate has already pulled?", dimension: "correctness" },
      { text: "You hit a conflict in the middle of a rebase. Walk me through how you resolve it and finish.", dimension: "practical_experience" },
      { text: "Why might a team prefer squash merges over rebasing, and what do they give up?", dimension: "trade_offs" },
    ],
    sampleAnswer: `Both integrate changes from one branch into another, but they produce different histories.

git merge takes two branches and creates a new merge commit with two parents. The original commits keep their hashes, so history shows exactly what happened, including that work happened in parallel. The downside is that a busy repository can end up with a tangled history full of merge commits.

git rebase takes the commits on my branch and replays them one by one on top of another branch, for example on the latest main. Each replayed commit gets a new hash because its parent changed. The result is a linear history, as if I had started my work from the latest main. It's easier to read and to bisect.

When I use each:
- While working on my feature branch, I rebase onto main to pick up the latest changes and resolve conflicts early, commit by commit.
- Before opening a pull request, I use interactive rebase, git rebase -i, to squash "fix typo" commits into meaningful ones.
- When integrating a finished branch into main, it depends on the team's convention: some use merge commits, many use squash-and-merge for a clean history.

The golden rule: never rebase commits that other people have already based work on, such as a shared main branch. Rebase rewrites history, so teammates would have diverging copies and painful conflicts.

After rebasing my own branch that's already pushed, I have to force push. I use git push --force-with-lease, which refuses to overwrite the remote if someone else pushed in the meantime, instead of plain --force.`,
  },
  {
    slug: "swe-what-is-a-database-index",
    track: "software_engineering",
    level: "intern",
    text: "What is a database index, how does it make queries faster, and what does it cost?",
    tags: ["databases", "indexing", "performance"],
    difficulty: 2,
    keyPoints: [
      "an index is a separate sorted data structure, usually a B-tree",
      "turns a full table scan O(n) into a lookup of about O(log n)",
      "helps WHERE filters, joins and ORDER BY",
      "costs: extra storage and slower inserts, updates and deletes",
      "low-selectivity columns may not benefit",
      "verify usage with EXPLAIN",
    ],
    followUps: [
      { text: "Why is a B-tree a good structure for an index, compared with a hash table?", dimension: "depth" },
      { text: "Would you add an index on a boolean column like is_active? Why or why not?", dimension: "trade_offs" },
      { text: "How would you check whether the database actually uses your index for a given query?", dimension: "practical_experience" },
    ],
    sampleAnswer: `An index is a separate data structure the database maintains alongside a table to find rows quickly without scanning everything. It's like the index at the back of a book: instead of reading every page to find "caching," you look it up and jump to the right page.

Most relational databases use B-tree indexes by default. A B-tree keeps the indexed values sorted in a balanced tree with a high fan-out, so finding a value takes roughly O(log n) steps. For a table with 10 million users, a query like SELECT * FROM users WHERE email = 'a@b.com' without an index requires a full table scan reading every row; with an index on email, the database walks a few levels of the tree and finds the row directly, going from seconds to milliseconds.

Because the B-tree is sorted, it also helps range queries like created_at > some date, ORDER BY on the indexed column, and joins on foreign keys. Other types exist, such as hash indexes for equality and GIN indexes for full-text search or JSON.

Costs:
- Storage: each index takes disk space and memory.
- Write performance: every INSERT, UPDATE or DELETE must update every relevant index, so a table with ten indexes has slower writes.
- Not always useful: on a column with low selectivity, like a boolean is_active where 95% of rows are true, the database may ignore the index and scan anyway.

So I'd add indexes based on actual query patterns, for example columns in frequent WHERE clauses and foreign keys, and check with EXPLAIN whether the query planner uses them. Unique indexes also enforce constraints, like preventing duplicate emails.`,
  },

  // ---------------------------------------------------------------- junior
  {
    slug: "swe-design-rest-api-for-todo-lists",
    track: "software_engineering",
    level: "junior",
    text: "Design a REST API for a to-do app where users have lists and each list has items. Cover the endpoints, request and response shapes, pagination and error handling.",
    tags: ["api-design", "http"],
    difficulty: 2,
    keyPoints: [
      "resource-oriented URLs such as /lists and /lists/{id}/items",
      "correct HTTP methods and status codes such as 201 Created and 404",
      "cursor-based pagination with a limit and next cursor",
      "authentication and authorization so users only access their own lists",
      "consistent error format with code and message",
      "validation, idempotency and versioning considerations",
    ],
    followUps: [
      { text: "Why cursor-based pagination rather than page numbers here? What does each cost?", dimension: "trade_offs" },
      { text: "Which status code does your API return when a user asks for an item in someone else's list, and why?", dimension: "correctness" },
      { text: "A mobile client retries a POST that creates an item after a timeout. How do you avoid duplicate items?", dimension: "depth" },
      { text: "Show me the JSON of one error response from your API and explain each field.", dimension: "clarity" },
    ],
    sampleAnswer: `Resources are lists and items, with items nested under lists.

Endpoints:
- GET /v1/lists returns the current user's lists.
- POST /v1/lists creates a list; body { "title": "Groceries" }; returns 201 with the created list and a Location header.
- GET /v1/lists/{listId} returns one list.
- PATCH /v1/lists/{listId} renames it.
- DELETE /v1/lists/{listId} returns 204.
- GET /v1/lists/{listId}/items?completed=false&limit=50&cursor=abc lists items with filtering.
- POST /v1/lists/{listId}/items creates an item; body { "title": "Milk", "dueDate": "2024-06-01" }.
- PATCH /v1/lists/{listId}/items/{itemId} updates fields such as { "completed": true }.
- DELETE /v1/lists/{listId}/items/{itemId}.

Response shape for an item: { "id": "itm_123", "listId": "lst_9", "title": "Milk", "completed": false, "dueDate": "2024-06-01", "createdAt": "...", "updatedAt": "..." }. I'd use opaque string IDs rather than sequential integers so users can't guess other IDs.

Pagination. Cursor-based: the response includes { "data": [...], "nextCursor": "..." }, where the cursor encodes the last item's sort key, like createdAt plus id. It's more stable than offset pagination when items are added or deleted during paging, and efficient with an index. Cap limit at, say, 100.

Auth. A bearer token identifies the user; every query filters by owner. If a user requests another user's list, return 404 rather than 403 to avoid revealing that it exists.

Errors. A consistent format: { "error": { "code": "validation_error", "message": "title is required", "field": "title" } }, with 400 for validation, 401 for missing auth, 404 for missing resources, 409 for conflicts, 429 for rate limiting and 500 for unexpected errors.

Extras: an Idempotency-Key header on POST so mobile clients can retry safely, and ETags on PATCH to detect concurrent edits.`,
  },
  {
    slug: "swe-cache-aside-and-invalidation",
    track: "software_engineering",
    level: "junior",
    text: "Explain the cache-aside pattern. When would you add a cache such as Redis in front of a database, and how do you keep cached data from going stale?",
    tags: ["caching", "databases", "performance"],
    difficulty: 3,
    keyPoints: [
      "cache-aside: read from cache, on miss read from the database and populate the cache",
      "use caching for read-heavy data that tolerates slight staleness",
      "set a TTL as a safety net",
      "invalidate or delete the cache key on writes rather than updating it",
      "race conditions between concurrent writes and cache fills",
      "measure hit ratio and latency; consider memory limits and eviction policy",
    ],
    followUps: [
      { text: "Describe an interleaving of a read and a write that leaves stale data in the cache even though you delete the key on every write.", dimension: "depth" },
      { text: "Why delete the cache key on a write rather than update it with the new value?", dimension: "trade_offs" },
      { text: "Which metrics would tell you the cache is working, and what hit ratio would worry you?", dimension: "practical_experience" },
    ],
    sampleAnswer: `In cache-aside, the application manages the cache explicitly. On a read, it checks Redis for the key, for example product:42. On a hit, it returns the cached value. On a miss, it queries the database, stores the result in Redis with a TTL, and returns it. On a write, it updates the database and then deletes the cache key, so the next read repopulates it.

When to add a cache: when a workload is read-heavy, the same data is read repeatedly, and the database is becoming a bottleneck or latency matters. Product pages, user profiles and configuration are good candidates. I'd first check whether a missing index or an inefficient query is the real problem, because a cache adds a new component that can fail and a consistency problem to manage.

Keeping data fresh:
- TTL. Every key gets an expiry, such as 5 minutes, so even if invalidation fails, staleness is bounded. Choose it based on how stale data can be: a product description can be stale for minutes, an account balance can't.
- Delete on write. Deleting the key after a database write is safer than updating the cache with the new value, because two concurrent writers can update the cache in the wrong order and leave the older value.
- Known race: a reader misses, reads the old value from the database, then a writer updates the database and deletes the key, then the reader writes the old value into the cache. The TTL bounds this; some teams also delay a second delete by a short time.

Operationally, I'd monitor hit ratio, memory usage and evictions, set an eviction policy like allkeys-lru, and make sure the app still works if Redis is down, falling back to the database with timeouts so a cache outage doesn't become a full outage.`,
  },
  {
    slug: "swe-n-plus-one-query-problem",
    track: "software_engineering",
    level: "junior",
    text: "What is the N+1 query problem, how would you detect it in a real application, and how do you fix it?",
    tags: ["databases", "performance"],
    difficulty: 3,
    keyPoints: [
      "one query loads N parent rows, then one query per row loads related data",
      "common with ORM lazy loading in loops",
      "detect with query logs, APM traces or counting queries per request",
      "fix with a JOIN, eager loading or a batched WHERE id IN query",
      "DataLoader-style batching for GraphQL resolvers",
      "add a test asserting the number of queries",
    ],
    followUps: [
      { text: "How would you catch an N+1 query in code review or in CI before it reaches production?", dimension: "practical_experience" },
      { text: "When is a JOIN the wrong fix, and a second batched query with WHERE id IN better?", dimension: "trade_offs" },
      { text: "How does a DataLoader batch the queries of a GraphQL resolver, and what are its limits?", dimension: "depth" },
    ],
    sampleAnswer: `The N+1 problem happens when code runs one query to fetch a list of N records, then one additional query for each record to load related data. For example, a blog page loads 50 posts with one query, then in a loop accesses post.author, and the ORM lazily runs SELECT * FROM users WHERE id = ? for each post. That's 51 queries. Each query may take only 2 milliseconds, but network round trips add up, so the page takes 100 milliseconds or more, and it gets worse as the list grows.

It's very common with ORMs like Django, Rails ActiveRecord, Hibernate or Prisma, because lazy loading hides the queries behind property access.

Detection:
- Enable SQL query logging in development and look for repeated, nearly identical queries.
- Use an APM tool or tracing, like Datadog or OpenTelemetry; a trace with 51 similar database spans is obvious.
- Tools like Bullet for Rails or django-debug-toolbar flag it automatically.

Fixes:
- Eager loading: tell the ORM to fetch the relation upfront, for example select_related or prefetch_related in Django, or include in Prisma.
- A JOIN: SELECT posts.*, users.name FROM posts JOIN users ON users.id = posts.author_id.
- Batching: collect all author IDs and run one query, SELECT * FROM users WHERE id IN (...), then map them in memory. This is what the DataLoader pattern does for GraphQL resolvers, where N+1 is especially common.

After fixing it, I'd add a regression test asserting the endpoint runs a constant number of queries regardless of list size; many frameworks have helpers for this, like assertNumQueries in Django. I once fixed this in an admin dashboard and reduced load time from 3 seconds to 200 milliseconds.`,
  },
  {
    slug: "swe-lost-update-on-like-counter",
    track: "software_engineering",
    level: "junior",
    text: "Two requests increment a post's like counter at the same time, and one of the increments is lost. Why does this happen, and what are the ways to fix it?",
    tags: ["concurrency", "databases"],
    difficulty: 3,
    keyPoints: [
      "read-modify-write race: both read the same value, both write value plus one",
      "atomic update in SQL: UPDATE posts SET likes = likes + 1",
      "row-level locking with SELECT ... FOR UPDATE",
      "optimistic concurrency control with a version column and retry",
      "Redis INCR for high-throughput counters",
      "store likes as rows with a unique constraint to prevent double likes",
    ],
    followUps: [
      { text: "Why does UPDATE posts SET likes = likes + 1 not lose updates, when reading the value and writing it back does?", dimension: "correctness" },
      { text: "When would you choose optimistic concurrency with a version column over SELECT ... FOR UPDATE?", dimension: "trade_offs" },
      { text: "A viral post gets 10,000 likes a second and its row becomes a hot spot. What do you change?", dimension: "depth" },
    ],
    sampleAnswer: `This is a classic lost update caused by a read-modify-write race. The code probably looks like: read the post, compute likes + 1 in the application, then save. If request A and request B both read likes = 10 before either writes, both compute 11 and both write 11. One increment disappears.

Fixes, from simplest to more specialized:

1. Atomic update in the database: UPDATE posts SET likes = likes + 1 WHERE id = 42. The database handles it as a single operation on the row, taking a row lock internally, so concurrent increments serialize correctly. This is my default fix.

2. Pessimistic locking: inside a transaction, SELECT ... FOR UPDATE locks the row until commit, so the second request waits. Useful when the update logic is more complex than an increment, for example checking a business rule. The cost is contention and potential deadlocks.

3. Optimistic concurrency control: add a version column. Update with WHERE id = 42 AND version = 7, and if zero rows were affected, someone else changed it; reread and retry. Works well when conflicts are rare.

4. For very hot counters, like a viral post receiving thousands of likes per second, a single row becomes a bottleneck. Use Redis INCR, which is atomic, and flush to the database periodically, or shard the counter across several rows and sum them.

There's also a modeling question: usually we need to know who liked a post, so users can't like twice. I'd store a likes table with a unique constraint on (user_id, post_id). Insert a row per like, and either count rows or maintain the counter in the same transaction. The unique constraint prevents double likes even under concurrent requests, which the counter alone can't do.`,
  },
  {
    slug: "swe-sessions-versus-jwt-auth",
    track: "software_engineering",
    level: "junior",
    text: "Compare server-side sessions with JSON Web Tokens for authenticating users of a web application. What are the security pitfalls of each?",
    tags: ["security", "http"],
    difficulty: 3,
    keyPoints: [
      "sessions: random session ID in a cookie, state stored on the server",
      "JWT: signed self-contained token verified without a database lookup",
      "revocation is easy with sessions and hard with JWTs",
      "short-lived access tokens with refresh token rotation",
      "cookie flags HttpOnly, Secure, SameSite against XSS and CSRF",
      "never store sensitive tokens in localStorage; validate signature and algorithm",
    ],
    followUps: [
      { text: "How do you log a user out of every device immediately if you use JWTs?", dimension: "correctness" },
      { text: "How do the HttpOnly, Secure and SameSite cookie flags each protect a session, and what does each not protect against?", dimension: "depth" },
      { text: "For a single web app with one backend, which would you pick, and why?", dimension: "trade_offs" },
    ],
    sampleAnswer: `With server-side sessions, after login the server creates a random, unguessable session ID, stores session data in a database or Redis, and sends the ID in a cookie. On each request, the server looks up the session. With JWTs, the server issues a signed token containing claims like the user ID and expiry. Any server with the key can verify the signature without a lookup, which makes them attractive for stateless services and for passing identity between services.

Trade-offs:
- Revocation. Logging a user out or banning them is easy with sessions: delete the row. A JWT stays valid until it expires, so you need short expiry times, maybe 15 minutes, with refresh tokens, or a denylist, which reintroduces state.
- Performance. Sessions need a lookup per request, but a Redis lookup is sub-millisecond, so for a typical monolith this rarely matters.
- Size. JWTs can get large and are sent on every request.

Pitfalls for sessions:
- Use cookies with HttpOnly, so JavaScript can't read them in an XSS attack; Secure, so they're only sent over HTTPS; and SameSite=Lax or Strict to reduce CSRF. Add CSRF tokens for state-changing requests if needed.
- Regenerate the session ID after login to prevent session fixation.

Pitfalls for JWTs:
- Storing them in localStorage exposes them to any XSS; prefer HttpOnly cookies.
- Validate the algorithm explicitly; historic bugs accepted "alg: none" or confused RS256 with HS256.
- Don't put secrets in the payload; it's only encoded, not encrypted.
- Rotate refresh tokens and detect reuse.

For a typical web app with one backend, I'd use sessions: simpler and easy to revoke. I'd use JWTs for service-to-service authentication or when integrating with an identity provider via OpenID Connect.`,
  },
  {
    slug: "swe-debug-endpoint-became-slow",
    track: "software_engineering",
    level: "junior",
    text: "An API endpoint that used to respond in about 100 milliseconds now takes 2 seconds. How do you find out why?",
    tags: ["performance", "observability"],
    difficulty: 3,
    keyPoints: [
      "check when it started and correlate with deploys, config or traffic changes",
      "look at latency percentiles p50 versus p99 and affected scope",
      "use distributed tracing to find the slow span",
      "inspect slow database queries with EXPLAIN ANALYZE and missing indexes",
      "check resource saturation: CPU, memory, connection pool, downstream dependencies",
      "fix, verify with metrics, and add an alert or regression test",
    ],
    followUps: [
      { text: "Which tool or query would you run first, and what would you expect to see if a missing index is the cause?", dimension: "practical_experience" },
      { text: "The p50 is still 100 milliseconds but the p99 is 2 seconds. What does that pattern suggest?", dimension: "depth" },
      { text: "EXPLAIN ANALYZE shows a sequential scan even though the filtered column has an index. What could explain that?", dimension: "correctness" },
    ],
    sampleAnswer: `I'd narrow down when, where, and what part of the request is slow.

When. Look at the latency graph: did it jump suddenly or creep up? A sudden jump usually correlates with a deploy, a config change, a feature flag or a traffic spike, so I'd check the deploy log. A gradual increase often means data growth, like a table that crossed a size where a query plan changed.

Scope. Is it all requests or some? Compare p50 and p99. If p50 is fine but p99 is 2 seconds, it's probably specific inputs, like large accounts, or contention. Check whether other endpoints are slow too; if everything is slow, suspect shared resources like the database or the host.

What part. Distributed tracing is the fastest way: a trace breaks the request into spans for database queries, cache calls and external APIs. In my experience, it's usually one of:
- A slow database query. I'd run EXPLAIN ANALYZE on it. Common causes: a missing index after a new filter was added, a sequential scan on a table that grew, or an N+1 pattern introduced by a code change.
- A slow downstream service or third-party API, possibly with retries multiplying the delay.
- Resource saturation: CPU at 100%, garbage collection pauses, or a connection pool exhausted so requests wait for a connection.
- Cache hit rate dropping, for example after a key format changed.

If there's no tracing, I'd add timing logs around each step, or reproduce locally with production-like data and a profiler.

Once I find the cause, I'd fix it, such as adding the index with CREATE INDEX CONCURRENTLY, then confirm with the latency graph. Finally, I'd prevent recurrence: an alert on p95 latency for the endpoint, and if it came from a code change, a performance check or query count test.`,
  },
  {
    slug: "swe-acid-transactions-explained",
    track: "software_engineering",
    level: "junior",
    text: "What does ACID mean for database transactions? Give a concrete example of what can go wrong without each property.",
    tags: ["databases", "concurrency"],
    difficulty: 2,
    keyPoints: [
      "atomicity: all operations commit or none do, with rollback on failure",
      "consistency: constraints and invariants hold after each transaction",
      "isolation: concurrent transactions do not see each other's partial work",
      "durability: committed data survives crashes via the write-ahead log",
      "money transfer example between two accounts",
      "isolation levels such as read committed and serializable",
    ],
    followUps: [
      { text: "How does the database keep a committed transaction if the server loses power right after the commit?", dimension: "depth" },
      { text: "Give me an anomaly that READ COMMITTED allows but SERIALIZABLE prevents.", dimension: "correctness" },
      { text: "Why don't databases run every transaction as SERIALIZABLE by default?", dimension: "trade_offs" },
    ],
    sampleAnswer: `ACID describes guarantees a database gives for transactions. I'll use a bank transfer of 100 dollars from Alice to Bob as the example: debit Alice, credit Bob.

Atomicity: all operations in the transaction happen, or none do. Without it, if the server crashes after debiting Alice but before crediting Bob, 100 dollars vanishes. With atomicity, the database rolls back the partial work.

Consistency: a transaction moves the database from one valid state to another, respecting constraints like foreign keys, unique keys and check constraints such as balance >= 0. Without it, Alice's balance could go negative, or a transfer could reference a nonexistent account. Part of consistency is also the application's responsibility: defining the right constraints.

Isolation: concurrent transactions don't interfere as if they ran one after another, to a degree defined by the isolation level. Without it, two transfers reading Alice's balance of 150 at the same time could each withdraw 100, leaving her at minus 50. Postgres defaults to read committed, which prevents reading uncommitted data but allows some anomalies; repeatable read and serializable are stronger but can cause serialization failures that the application must retry. For the transfer, I'd lock the rows with SELECT ... FOR UPDATE or use serializable isolation.

Durability: once the database confirms a commit, the data survives crashes and power loss. Databases achieve this with a write-ahead log flushed to disk before acknowledging the commit. Without it, a customer could see "transfer complete," then the server restarts and the transfer is gone.

In practice, I wrap related writes in a transaction, keep transactions short to avoid holding locks, and don't make external API calls inside them, since those can't be rolled back.`,
  },
  {
    slug: "swe-flaky-test-in-ci",
    track: "software_engineering",
    level: "junior",
    text: "A test passes on your machine but fails in CI about one run in ten. How do you track down the cause, and what do you do in the meantime?",
    tags: ["testing", "tooling"],
    difficulty: 3,
    keyPoints: [
      "reproduce by running the test repeatedly, in a loop or with the CI seed",
      "common causes: timing and sleeps, test order dependence, shared state",
      "time zones, dates, randomness and unordered collections",
      "parallel tests sharing a database or ports",
      "quarantine the test with a ticket instead of ignoring failures",
      "fix the root cause with deterministic waits, isolation and fixed seeds",
    ],
    followUps: [
      { text: "How would you reproduce a one-in-ten failure on your own machine?", dimension: "practical_experience" },
      { text: "The test fails only when run with the full suite, never on its own. What does that tell you?", dimension: "depth" },
      { text: "Your team wants CI to retry failing tests automatically. What do you think of that?", dimension: "trade_offs" },
    ],
    sampleAnswer: `Flaky tests erode trust in CI, so I'd treat it seriously, but also not block the team while investigating.

In the meantime: if it's blocking merges, quarantine it with a tracking ticket and an owner, rather than repeatedly retrying or deleting it. Auto-retrying hides real bugs, sometimes race conditions in the product itself.

Reproduce. Run the test many times locally, for example 200 iterations in a loop, and also run the whole suite, because the failure may depend on other tests. Use the same random seed and test order CI used if the runner prints them. Try running in a Docker container matching the CI image, with limited CPU, since CI machines are slower and expose timing issues.

Common causes I'd check:
- Timing: fixed sleeps, like waiting 100 milliseconds for a background job, that are too short on a slow machine. Replace with waiting for a condition or using a fake clock.
- Order dependence and shared state: one test leaves rows in the database or modifies a global, and another test assumes a clean state. Each test should set up and tear down its data or run in a rolled-back transaction.
- Parallelism: tests running in parallel sharing the same database, files or ports.
- Non-determinism: random data, unordered results like SELECT without ORDER BY, or iteration order of sets.
- Dates and time zones: tests that fail near midnight UTC or at month boundaries, since CI often runs in UTC.
- External services: real network calls that sometimes time out.

The CI logs, screenshots for UI tests, and failure timestamps help correlate. Once I find the cause, I'd fix it deterministically, unquarantine the test, and if there's a pattern, add a lint rule or helper, such as banning raw sleeps in tests. I'd also track a flaky test rate as a team health metric.`,
  },

  // ---------------------------------------------------------------- mid
  {
    slug: "swe-design-url-shortener",
    track: "software_engineering",
    level: "mid",
    text: "Design a URL shortening service like bit.ly. Assume 100 million new links a month and a read-to-write ratio of 100 to 1.",
    tags: ["system-design", "databases", "caching"],
    difficulty: 3,
    keyPoints: [
      "estimate scale: about 40 writes per second and 4,000 redirects per second",
      "short code generation: base62 encoding of a counter or random IDs with collision checks",
      "key-value storage of code to long URL, estimate storage size",
      "cache hot links and use a CDN for redirects",
      "301 versus 302 redirect trade-off for analytics",
      "analytics pipeline through an asynchronous queue; abuse and rate limiting",
    ],
    followUps: [
      { text: "Would you return a 301 or a 302 redirect, and what does each mean for click analytics?", dimension: "trade_offs" },
      { text: "How do you generate short codes on several servers at once without collisions?", dimension: "depth" },
      { text: "How much storage do you need for five years of links? Walk me through the numbers.", dimension: "practical_experience" },
    ],
    sampleAnswer: `Requirements. Create a short link for a long URL, optionally with a custom alias and expiry; redirect quickly; track click counts. Non-functional: low redirect latency, high availability, links never collide.

Estimates. 100 million links a month is about 40 writes per second average, maybe 400 at peak. Reads are 100 times that: 4,000 per second average, 40,000 at peak. Over five years that's 6 billion links; at about 500 bytes each, roughly 3 terabytes. Read-heavy with a simple access pattern, so caching dominates.

Short codes. Base62 with 7 characters gives 62 to the power 7, about 3.5 trillion codes, plenty. Two approaches:
- Counter-based: a distributed ID generator hands out ranges of IDs to each app server, for example blocks of 10,000, and we base62-encode the ID. No collisions, but codes are sequential and guessable, which may leak volume; we can shuffle bits with a reversible permutation.
- Random: generate 7 random characters and insert with a unique constraint, retrying on collision. Simple and unguessable; collisions are rare while the space is mostly empty.
I'd choose random codes with a unique constraint for simplicity.

Storage. A key-value lookup by code. DynamoDB or Cassandra scale horizontally; Postgres with a primary key on code also works for a few terabytes, sharded by code hash later.

Read path. The redirect service checks Redis first, then the database. Popular links follow a power law, so a cache of a few percent of links gets a high hit ratio. A CDN can cache redirects at the edge too.

Redirect type. 301 is cached permanently by browsers, which reduces load but hides repeat clicks from analytics; 302 keeps every click visible. Most shorteners use 302 when analytics matter.

Analytics. Don't write counters synchronously; publish click events to Kafka and aggregate in a stream processor into an analytics store.

Abuse. Rate limit creation per user and IP, and check URLs against malware blocklists.`,
  },
  {
    slug: "swe-design-distributed-rate-limiter",
    track: "software_engineering",
    level: "mid",
    text: "Design a rate limiter for a public API that allows each API key 100 requests per minute, running across 20 application servers. Which algorithm would you use and where would the state live?",
    tags: ["system-design", "distributed-systems", "api-design"],
    difficulty: 4,
    keyPoints: [
      "compare algorithms: fixed window, sliding window log, sliding window counter, token bucket",
      "token bucket allows bursts with a steady refill rate",
      "shared state in Redis with atomic operations or Lua scripts",
      "return 429 Too Many Requests with Retry-After and rate limit headers",
      "fail open versus fail closed when Redis is unavailable",
      "latency budget, local caching and per-tier limits",
    ],
    followUps: [
      { text: "How do you make the check-and-increment in Redis atomic when 20 servers call it at once?", dimension: "depth" },
      { text: "Redis goes down. Do you fail open or fail closed, and would the answer differ by endpoint?", dimension: "trade_offs" },
      { text: "With a fixed one-minute window, how can a client get 200 requests through in a couple of seconds?", dimension: "correctness" },
      { text: "What status code and headers does a client see when it is limited, and how should a well-behaved client react?", dimension: "practical_experience" },
    ],
    sampleAnswer: `Algorithms:
- Fixed window: count requests per key per calendar minute. Simple, but allows bursts of up to 200 requests around a window boundary.
- Sliding window log: store a timestamp per request and count those in the last 60 seconds. Accurate but memory-heavy.
- Sliding window counter: combine the current and previous window counts weighted by overlap. Good accuracy with two counters per key.
- Token bucket: each key has a bucket with capacity, say 100 tokens, refilled at 100 per minute. Each request takes a token. It allows controlled bursts while enforcing the average rate.

I'd use a token bucket, because API clients naturally send bursts and it's easy to express tiers: capacity and refill rate per plan.

Where state lives. With 20 servers, per-server counters would let a client get up to 20 times the limit, so state must be shared. I'd use Redis: for each key, store tokens and the last refill timestamp, and run a Lua script that atomically refills based on elapsed time, checks, decrements and sets an expiry. Atomicity matters; a separate GET then SET would race across servers. Using Redis server time, or passing a consistent timestamp, avoids clock skew between app servers.

Placement. Enforce it in the API gateway or middleware before expensive work. Responses include X-RateLimit-Limit, X-RateLimit-Remaining and, when rejecting, 429 Too Many Requests with a Retry-After header.

Failure mode. If Redis is down, should we fail open, allowing requests, or fail closed? For a public API, I'd fail open with a conservative local in-memory limiter as a fallback, because blocking all traffic is worse than briefly exceeding limits.

Scale. One Redis round trip adds about a millisecond. At very high volume, shard keys across a Redis cluster, or let each server take batches of tokens locally, trading a little accuracy for fewer round trips.`,
  },
  {
    slug: "swe-zero-downtime-column-rename",
    track: "software_engineering",
    level: "mid",
    text: "You need to rename a column in a 500-million-row table that is written to constantly, without any downtime. Walk me through the migration.",
    tags: ["migrations", "databases", "reliability"],
    difficulty: 4,
    keyPoints: [
      "expand and contract pattern across multiple deploys",
      "add the new nullable column without a table rewrite",
      "dual-write to old and new columns from the application",
      "backfill in small batches with throttling and monitoring replication lag",
      "switch reads, verify data consistency, then stop writing the old column",
      "drop the old column last; avoid long locks with lock timeouts",
    ],
    followUps: [
      { text: "RENAME COLUMN is instant in PostgreSQL. Why would running it directly still cause an outage?", dimension: "depth" },
      { text: "How would you run the backfill of 500 million rows without hurting production, and how do you know it is finished?", dimension: "practical_experience" },
      { text: "In what order do you deploy the application and schema changes, and what breaks if you swap two of the steps?", dimension: "correctness" },
      { text: "When would you accept a short maintenance window instead of all these steps?", dimension: "trade_offs" },
    ],
    sampleAnswer: `A direct ALTER TABLE RENAME COLUMN is instant in Postgres, but it breaks every running application instance that still uses the old name, and during a rolling deploy old and new code run simultaneously. So I'd use the expand and contract pattern, where each step is backward compatible.

Say we're renaming user_name to display_name.

1. Expand. Add display_name as a nullable column with no default. In modern Postgres this is a metadata change, no table rewrite. I'd set a lock_timeout, like 2 seconds, so the ALTER fails fast instead of queuing behind a long transaction and blocking all writes.

2. Dual-write. Deploy code that writes both columns on every insert and update, while still reading user_name. Alternatively a trigger could copy values, but I prefer application code for visibility.

3. Backfill. Copy existing data in batches, for example 10,000 rows at a time by primary key range: UPDATE users SET display_name = user_name WHERE id BETWEEN x AND y AND display_name IS NULL. Throttle between batches, and watch replication lag, database CPU and lock waits. For 500 million rows this may take hours or days, and the job must be resumable.

4. Verify. Run a consistency check comparing columns, counting mismatches. Fix any gaps.

5. Switch reads. Deploy code reading display_name, behind a feature flag so I can roll back quickly. Keep dual-writing.

6. Contract. Once stable for a few days, stop writing user_name, then drop it in a later deploy. Also update indexes, constraints, and anything else reading the column, like analytics pipelines, ETL jobs and reports, which people often forget.

Each step is a separate deploy and can be rolled back independently. It's slower than one migration, but no step requires downtime or risks a long table lock.`,
  },
  {
    slug: "swe-composite-index-for-tenant-query",
    track: "software_engineering",
    level: "mid",
    text: "A multi-tenant app constantly runs SELECT * FROM events WHERE tenant_id = ? AND created_at > ? ORDER BY created_at DESC LIMIT 50 against a 200-million-row table, and the query is slow. What index would you create, and how would you confirm it helps?",
    tags: ["indexing", "databases", "performance"],
    difficulty: 3,
    keyPoints: [
      "composite index on (tenant_id, created_at) with equality column first",
      "index order lets the database skip the sort and stop after LIMIT 50",
      "explain column order: equality before range",
      "verify with EXPLAIN ANALYZE: index scan, no sort node, rows read",
      "create the index with CREATE INDEX CONCURRENTLY in production",
      "consider covering indexes, partitioning by time, and dropping redundant indexes",
    ],
    followUps: [
      { text: "Why does column order matter? What happens with an index on (created_at, tenant_id) instead?", dimension: "correctness" },
      { text: "What exactly would you look for in the EXPLAIN ANALYZE output before and after adding the index?", dimension: "practical_experience" },
      { text: "The table takes 5,000 inserts a second. What does the new index cost, and how would you create it safely?", dimension: "trade_offs" },
      { text: "One tenant owns 60% of the rows. Does your index work equally well for them and for the smallest tenants?", dimension: "depth" },
    ],
    sampleAnswer: `I'd create a composite B-tree index on (tenant_id, created_at). In Postgres, I might declare it as (tenant_id, created_at DESC), although a B-tree can also be scanned backwards, so the default order works too.

Why this order. The rule of thumb is equality columns first, then range or sort columns. Within the index, entries are sorted by tenant_id, and within each tenant, by created_at. So the database jumps to the slice for that tenant, starts at the newest entry, walks backwards while created_at is greater than the parameter, and stops after 50 rows. It never sorts and never reads rows from other tenants. If the index were (created_at, tenant_id), the database would scan all recent events across every tenant and filter, which is far worse for small tenants.

Probably existing indexes: a single index on tenant_id forces reading all of a tenant's events and sorting them; a single index on created_at reads many irrelevant rows. Once the composite index exists, a standalone tenant_id index is redundant and can be dropped to save write cost.

Confirming. Run EXPLAIN (ANALYZE, BUFFERS) with realistic parameters, including a large tenant. Before: likely a bitmap heap scan plus a sort node, reading many thousands of buffers. After: an index scan using the new index, no sort node, about 50 rows fetched, and execution time dropping from maybe 800 milliseconds to under a few milliseconds. Then confirm in production with pg_stat_statements showing mean time for the query.

Deployment. On a 200-million-row table, use CREATE INDEX CONCURRENTLY so writes aren't blocked; it takes longer and can fail, leaving an invalid index to drop and retry.

Further options: a covering index with INCLUDE columns for an index-only scan if we select fewer columns, and partitioning by month if the table keeps growing and old data is rarely queried.`,
  },
  {
    slug: "swe-idempotent-payment-api",
    track: "software_engineering",
    level: "mid",
    text: "A mobile client calls POST /payments, the request times out, and the client retries. How do you design the API and backend so the customer is never charged twice?",
    tags: ["api-design", "reliability", "distributed-systems"],
    difficulty: 4,
    keyPoints: [
      "client generates an idempotency key per logical payment and reuses it on retries",
      "store the key with a unique constraint and the request fingerprint",
      "return the stored response for repeated keys",
      "handle concurrent duplicates: in-progress state and 409",
      "pass an idempotency key to the payment provider as well",
      "key expiry, reconciliation job for unknown outcomes",
    ],
    followUps: [
      { text: "Two retries with the same key reach two different servers at the same moment. What happens?", dimension: "depth" },
      { text: "A client reuses an idempotency key with a different amount. What should the API do?", dimension: "correctness" },
      { text: "The call to the payment provider timed out and you don't know whether the charge went through. How do you resolve it?", dimension: "practical_experience" },
      { text: "How long would you keep idempotency keys, and what does that choice trade off?", dimension: "trade_offs" },
    ],
    sampleAnswer: `The problem is that a timeout doesn't tell the client whether the payment happened. So retries must be safe, which means making POST /payments idempotent.

API contract. The client generates a unique idempotency key, like a UUID, when the user taps Pay, and sends it in an Idempotency-Key header. It reuses the same key for every retry of that logical payment, and only generates a new one for a new payment attempt.

Server side:
1. In a transaction, insert into idempotency_keys (key, user_id, request_hash, status = 'in_progress'). The key is unique per user.
2. If the insert succeeds, process the payment. When done, store the response status code and body with the key and mark it completed.
3. If the insert hits the unique constraint, look up the existing record:
   - Completed: return the stored response exactly, so the client sees the same result as the original.
   - In progress: a concurrent retry while the first is still processing; return 409 Conflict with a short Retry-After.
   - Request hash differs: the client reused the key for a different payload, which is a bug; return 422.

Downstream. The payment provider call is where money actually moves, so pass an idempotency key to the provider too, derived from ours. Stripe and most processors support this. Otherwise, a crash after charging but before saving our response would still double charge on retry.

Unknown outcomes. If our server crashes mid-processing, the record stays in progress. A reconciliation job checks the provider for the real status and completes or fails the record. We shouldn't blindly retry the charge.

Retention. Keep keys for at least 24 hours, longer than any client retry window.

I'd test this with fault injection: kill the process after the provider call, send concurrent duplicates, and verify exactly one charge.`,
  },
  {
    slug: "swe-consuming-at-least-once-queue",
    track: "software_engineering",
    level: "mid",
    text: "Your service consumes order events from a message queue that guarantees at-least-once delivery. How do you handle duplicate messages, out-of-order messages and messages that keep failing?",
    tags: ["distributed-systems", "reliability"],
    difficulty: 4,
    keyPoints: [
      "idempotent consumers: dedupe by message or event ID in a processed table",
      "make side effects idempotent with upserts and conditional updates",
      "ordering: partition by key such as order ID, use sequence numbers or versions",
      "acknowledge only after processing commits",
      "retries with exponential backoff and a dead-letter queue for poison messages",
      "monitor consumer lag, DLQ size and processing errors",
    ],
    followUps: [
      { text: "Why must you acknowledge a message only after your database transaction has committed?", dimension: "correctness" },
      { text: "How would you handle an \"order cancelled\" event that arrives before the matching \"order created\" event?", dimension: "depth" },
      { text: "A poison message has been sitting in the dead-letter queue for a day. What is your process for it?", dimension: "practical_experience" },
      { text: "Why not just ask the broker for exactly-once delivery?", dimension: "trade_offs" },
    ],
    sampleAnswer: `At-least-once means duplicates will happen, for example when a consumer processes a message but crashes before acknowledging. So correctness has to come from the consumer.

Duplicates. Make processing idempotent.
- Every event carries a unique event ID. In the same database transaction as the business change, insert the event ID into a processed_events table with a unique constraint. If the insert conflicts, it's a duplicate; acknowledge and skip.
- Where possible, make the operation naturally idempotent: an upsert setting order status to "shipped" is safe to repeat, while "increment inventory by 1" isn't.
- Acknowledge the message only after the transaction commits. Acknowledging first turns crashes into lost messages.

Ordering. Most queues only guarantee order within a partition. With Kafka, I'd partition by order ID so all events for one order go to the same partition and are processed sequentially by one consumer. Even so, producers may publish out of order, so events should carry a version or sequence number per order. The consumer applies an event only if its version is newer than what's stored: UPDATE orders SET status = ?, version = ? WHERE id = ? AND version < ?. An older event arriving late is ignored. For state machines, also validate transitions, such as never going from "delivered" back to "paid."

Failing messages. Distinguish transient failures, like a database timeout, from permanent ones, like malformed data. Retry transient errors with exponential backoff and jitter, capped at a number of attempts. After that, move the message to a dead-letter queue with the error details, so one poison message doesn't block the partition forever. Alert on DLQ growth, and build a tool to inspect and replay messages after a fix.

Monitoring: consumer lag, processing rate, error rate and DLQ depth, with alerts on lag growing.`,
  },
  {
    slug: "swe-instrument-service-before-launch",
    track: "software_engineering",
    level: "mid",
    text: "You are about to launch a new backend service. What would you instrument before launch, and which alerts would you set up so you find out about problems before users do?",
    tags: ["observability", "reliability"],
    difficulty: 3,
    keyPoints: [
      "RED metrics: request rate, error rate, duration percentiles",
      "USE metrics for resources: CPU, memory, connection pools, queue depth",
      "structured logs with request IDs and trace context",
      "distributed tracing with OpenTelemetry across services",
      "define SLOs and alert on symptoms and error budget burn rate",
      "dashboards, runbooks for each alert and avoiding alert fatigue",
    ],
    followUps: [
      { text: "Why alert on error-budget burn rate rather than on every spike in errors?", dimension: "depth" },
      { text: "What is the first SLO you would set for this service, with the number and the measurement window?", dimension: "practical_experience" },
      { text: "What would you log on every request, and what would you deliberately not log?", dimension: "trade_offs" },
    ],
    sampleAnswer: `I'd cover metrics, logs and traces, then alerts tied to user impact.

Metrics. For every endpoint, the RED metrics: rate of requests, errors (5xx and relevant 4xx), and duration as a histogram so I can see p50, p95 and p99. Averages hide tail latency. For resources, USE metrics: CPU and memory utilization, database connection pool usage, thread pool saturation, queue depth and consumer lag, garbage collection pauses. Plus dependency metrics: latency and errors for each downstream call, and business metrics like orders created per minute, which catch silent failures where the service returns 200 but does nothing useful.

Logs. Structured JSON logs with a request ID, user or tenant ID where appropriate, and trace ID, at sensible levels. No secrets or personal data. Errors should include stack traces and context.

Traces. OpenTelemetry instrumentation for HTTP, database and queue calls, propagating trace context across services, so a slow request can be broken down by span. Sample at a rate we can afford, but keep all error traces.

SLOs and alerts. Define SLOs with the product owner, for example 99.9% of requests succeed and 99% complete within 300 milliseconds over 30 days. Then alert on symptoms users feel, using error-budget burn rate: page if we're burning the budget 14 times faster than sustainable over the last hour, create a ticket for slower burns. Avoid paging on causes like CPU at 80%, which are often harmless; show them on dashboards instead.

Other alerts: no traffic at all, which catches broken routing; queue lag growing; certificate expiry.

Every paging alert gets a runbook. Before launch, I'd run a load test and a failure drill, killing a dependency to confirm the alerts fire and the dashboards tell the story.`,
  },
  {
    slug: "swe-cache-stampede-on-hot-key",
    track: "software_engineering",
    level: "mid",
    text: "A very popular cache key expired, thousands of requests hit the database at the same moment, and the database fell over. What happened, and how do you prevent it?",
    tags: ["caching", "reliability", "performance"],
    difficulty: 4,
    keyPoints: [
      "cache stampede or thundering herd on a hot key miss",
      "request coalescing or single-flight so only one request recomputes",
      "distributed lock with a short TTL in Redis while others serve stale data",
      "probabilistic early expiration or background refresh before TTL",
      "add jitter to TTLs to avoid synchronized expiry",
      "protect the database: connection limits, load shedding, serve stale on error",
    ],
    followUps: [
      { text: "How does request coalescing work across many application servers, not just inside one process?", dimension: "depth" },
      { text: "Serving stale data while one request recomputes the value: when is that acceptable, and when is it not?", dimension: "trade_offs" },
      { text: "How would you detect that a stampede is starting before the database falls over?", dimension: "practical_experience" },
    ],
    sampleAnswer: `This is a cache stampede, also called a thundering herd. With cache-aside, every request that misses the cache goes to the database to recompute the value. For a key read 5,000 times per second with an expensive query, the moment it expires thousands of requests miss simultaneously, all run the same expensive query, the database saturates, queries slow down, so even more requests pile up before anyone repopulates the cache. It can cascade into a full outage.

Prevention, usually combined:

1. Request coalescing. Within a process, use a single-flight pattern: the first request for a missing key computes it and concurrent requests wait for the same result. This reduces database load from thousands of queries to one per app instance.

2. Distributed lock. Across instances, the request that misses tries SET lock:key NX with a short expiry in Redis. The winner recomputes; others either wait briefly and re-read, or serve a stale value. The lock expiry prevents deadlock if the winner crashes.

3. Serve stale while revalidating. Store the value with a logical expiry inside the payload and a longer physical TTL. When logically expired, one request refreshes it in the background while everyone else gets the slightly stale value. For most content this is an excellent trade-off.

4. Probabilistic early expiration. Each request has a small chance of refreshing the value before it expires, with probability rising as expiry approaches, so a hot key gets refreshed early by one request.

5. TTL jitter. If many keys were set at the same time with the same TTL, they expire together. Adding random jitter, like 10 minutes plus or minus 10%, spreads expiry.

6. Protect the database anyway: limited connection pools, query timeouts and load shedding, so an overload degrades instead of collapsing.

For truly hot keys, I'd also refresh them proactively with a background job.`,
  },

  // ---------------------------------------------------------------- senior
  {
    slug: "swe-design-social-news-feed",
    track: "software_engineering",
    level: "senior",
    text: "Design the home feed for a social network with 300 million daily active users, where users follow others and see recent posts ranked by relevance. Discuss fan-out, storage, ranking and how you would handle celebrity accounts.",
    tags: ["system-design", "scaling", "caching"],
    difficulty: 5,
    keyPoints: [
      "estimate read and write QPS and feed storage",
      "fan-out on write into precomputed feed caches versus fan-out on read",
      "hybrid approach: pull for celebrities with millions of followers",
      "feed storage as lists of post IDs in Redis or a wide-column store",
      "ranking stage: candidate generation then scoring with a model",
      "pagination with cursors, consistency trade-offs, and handling deletes and privacy",
    ],
    followUps: [
      { text: "Where exactly do you draw the line between fan-out on write and fan-out on read, and why there?", dimension: "trade_offs" },
      { text: "A user deletes a post or blocks someone. How does that reach feeds that were already precomputed?", dimension: "depth" },
      { text: "Estimate the memory needed to keep precomputed feeds for 300 million users in Redis.", dimension: "practical_experience" },
    ],
    sampleAnswer: `Scale. 300 million DAU opening the feed 10 times a day is about 35,000 feed reads per second, peaking near 100,000. If 10% post once a day, that's about 350 writes per second, but with an average of 200 followers each, fan-out means 70,000 feed insertions per second. Reads dominate, so we should make reads cheap.

Fan-out on write. When a user posts, a fan-out service reads their follower list and pushes the post ID into each follower's precomputed feed, stored as a capped list of the latest 500 post IDs, in Redis or a wide-column store like Cassandra keyed by user ID. Reading is then one lookup plus hydration of post content from a post cache. The problem is celebrities: a post from an account with 50 million followers means 50 million writes, delaying delivery and wasting work for inactive followers.

Hybrid. Use fan-out on write for normal accounts, and fan-out on read for accounts above a follower threshold, say 100,000. At read time, merge the precomputed feed with recent posts from the celebrities the user follows, which are heavily cached because everyone reads them. Also skip fan-out to users inactive for 30 days; build their feed on demand when they return.

Ranking. Chronological lists give candidates; ranking is a second stage. Gather a few hundred candidates, fetch features like author affinity, engagement velocity and content type, and score with a model served by a ranking service under a latency budget of roughly 100 milliseconds. Apply diversity rules so one author doesn't dominate.

Pagination and consistency. Use cursors based on the ranked snapshot, so scrolling doesn't show duplicates. Eventual consistency is acceptable: a post appearing a few seconds late is fine.

Deletes and privacy. Hydration must filter deleted posts and check block lists and visibility at read time, since precomputed lists go stale.

Operations: fan-out via Kafka workers, monitored by lag; graceful degradation to a chronological feed if ranking is slow.`,
  },
  {
    slug: "swe-design-realtime-chat-system",
    track: "software_engineering",
    level: "senior",
    text: "Design a real-time chat system supporting one-to-one and group conversations with delivery receipts, for about 50 million daily active users. How do messages flow, and how do you guarantee ordering and delivery?",
    tags: ["system-design", "distributed-systems", "scaling"],
    difficulty: 5,
    keyPoints: [
      "persistent WebSocket connections to gateway servers with a connection registry",
      "message flow: persist first, then route to recipients' gateways",
      "per-conversation ordering with sequence numbers assigned by a single owner",
      "client-generated message IDs for idempotent retries and deduplication",
      "offline delivery via push notifications and sync from last seen sequence",
      "storage partitioned by conversation ID; group fan-out and presence trade-offs",
    ],
    followUps: [
      { text: "Two members of a group send a message at the same instant through different gateways. How do all members see the same order?", dimension: "depth" },
      { text: "A client loses its connection right after sending. How does it learn whether the message was stored, without creating a duplicate?", dimension: "correctness" },
      { text: "For a group with 100,000 members, would you fan messages out on write or on read, and why?", dimension: "trade_offs" },
      { text: "How many gateway servers would you need for 50 million daily users, and what limits a single server?", dimension: "practical_experience" },
    ],
    sampleAnswer: `Connections. Clients keep a persistent WebSocket to a fleet of gateway servers behind a load balancer. Each gateway can hold around 100,000 connections, so 50 million DAU with perhaps 15 million concurrent means roughly 150 gateways. A connection registry in Redis maps user ID to the gateway and connection IDs, for all devices.

Sending a message:
1. The client generates a message ID, a UUID, and sends it with the conversation ID.
2. The gateway forwards it to the chat service, which assigns the next sequence number for that conversation and persists the message. Only then does it acknowledge to the sender, which shows one tick: sent.
3. The chat service looks up the members, then the registry, and routes the message to the gateways holding their connections, through a pub/sub layer.
4. Recipient clients acknowledge receipt, producing the delivered receipt; opening the conversation produces a read receipt, which flows back the same way.

Ordering. Global ordering is unnecessary; per-conversation ordering is what users see. I'd assign sequence numbers from a single owner per conversation, for example by routing each conversation to a partition owned by one chat service instance, or with an atomic counter in the database row. Clients render by sequence number, not arrival time.

Delivery guarantees. The client retries until acknowledged; because the message ID is idempotent, retries don't create duplicates. Recipients track the last sequence number they've seen per conversation; on reconnect, they request everything after it. That sync path makes delivery reliable even if real-time push was lost.

Offline users. If no connection exists, send a push notification through APNs or FCM; the message waits in storage for sync.

Storage. Messages partitioned by conversation ID and clustered by sequence number in Cassandra or a similar store, giving fast range reads for history.

Groups. For large groups, fan out asynchronously, and cap real-time receipts, for example showing read counts instead of per-member receipts. Presence is eventually consistent and heartbeat-based, which is a good place to cut cost.`,
  },
  {
    slug: "swe-multi-region-high-availability",
    track: "software_engineering",
    level: "senior",
    text: "Your service must meet 99.99% availability and serve users on three continents with low latency. How would you architect it, and what trade-offs would you discuss with the business?",
    tags: ["reliability", "scaling", "distributed-systems"],
    difficulty: 5,
    keyPoints: [
      "99.99% means about 4.3 minutes of downtime per month; every dependency must exceed it",
      "multiple regions with active-active or active-passive failover",
      "data replication trade-off: synchronous versus asynchronous, RPO and RTO",
      "conflict handling: home region per user or CRDTs; CAP and PACELC trade-offs",
      "global load balancing with health checks and automated failover drills",
      "cost, complexity and which features truly need four nines",
    ],
    followUps: [
      { text: "Why not run every region active-active with synchronous replication? What would it cost?", dimension: "trade_offs" },
      { text: "A network partition splits two regions and both keep accepting writes to the same account. What happens, and how do you reconcile?", dimension: "depth" },
      { text: "Your service depends on a database with 99.95% availability and a cache with 99.9%. Can you still promise 99.99%?", dimension: "correctness" },
      { text: "How would you show the business that failover actually works before a real outage tests it?", dimension: "practical_experience" },
    ],
    sampleAnswer: `Start with the budget. 99.99% allows about 4.3 minutes of downtime per month. That rules out manual failover, risky deploys and any single region, since cloud regions occasionally have multi-hour outages. Also, availabilities multiply: if the service depends on five components each at 99.95%, it can't reach four nines without redundancy.

Architecture:
- Deploy in at least three regions, one per continent, each spanning multiple availability zones.
- Global traffic management: DNS-based or anycast load balancing routes users to the nearest healthy region, with health checks that remove a region within a minute.
- Stateless services in every region, with regional caches.

Data is the hard part.
- Active-passive: one primary region for writes, asynchronous replicas elsewhere. Simple and consistent, but writes from other continents add 100 to 200 milliseconds, and failover risks losing recent writes, so the recovery point objective is a few seconds.
- Active-active: every region accepts writes. Lower latency and faster failover, but you need a conflict strategy. A pragmatic option is to give each user a home region for their data, so writes for one user go to one place, and fail over the home region when needed. Alternatives are globally consistent databases like Spanner or CockroachDB, which pay latency for consensus, or CRDT-style merges for specific data.

Operations matter more than diagrams. Progressive deploys region by region with automated rollback, since most outages come from changes. Regular failover drills, cell-based architecture to limit blast radius, timeouts and circuit breakers, and SLO-based alerting.

Trade-offs for the business. Four nines roughly doubles or triples infrastructure cost and adds significant engineering complexity. I'd ask which user journeys truly need it; often checkout and login need 99.99%, while reporting can be 99.9%. I'd also ask how much data loss is acceptable in a regional disaster, because zero data loss across continents means synchronous replication and slower writes.`,
  },
  {
    slug: "swe-scaling-overloaded-postgres-primary",
    track: "software_engineering",
    level: "senior",
    text: "Your primary PostgreSQL database is at 80% CPU at peak and load is growing 10% a month. Walk me through your options, in the order you would consider them.",
    tags: ["scaling", "databases", "performance"],
    difficulty: 5,
    keyPoints: [
      "estimate runway: roughly two months before saturation at 10% monthly growth",
      "find the top queries by total time with pg_stat_statements and optimize or index",
      "connection pooling with PgBouncer and caching hot reads",
      "read replicas for read-heavy traffic with replication lag awareness",
      "vertical scaling as a fast short-term lever",
      "move workloads out: analytics, queues, search; then partitioning or sharding",
    ],
    followUps: [
      { text: "What exactly would you look for in pg_stat_statements, and what kind of fix would you expect for the top query?", dimension: "practical_experience" },
      { text: "You add read replicas. Which reads can safely go there, and what breaks because of replication lag?", dimension: "trade_offs" },
      { text: "Why can a high connection count alone drive up CPU on PostgreSQL, and how does PgBouncer help?", dimension: "depth" },
      { text: "At 10% monthly growth from 80% CPU, how much time do you have, and why is 100% the wrong line to plan against?", dimension: "correctness" },
    ],
    sampleAnswer: `First, runway. At 80% with 10% monthly growth, we reach roughly 100% in about two and a half months, and latency degrades before that. So I'd run quick wins immediately while planning structural changes.

1. Understand the load. pg_stat_statements sorted by total execution time usually shows that a handful of queries consume most of the CPU. In my experience, the top five queries are often 60% of the load. Fixes: missing or wrong indexes, N+1 patterns, queries selecting far more than needed, and ORM-generated queries that defeat indexes. This alone can buy 30% to 50% headroom for the cost of a few days.

2. Reduce unnecessary work. Add caching for hot, read-mostly data. Add PgBouncer if there are thousands of connections; connection overhead and context switching cost real CPU. Check autovacuum health, because bloated tables make every query slower.

3. Vertical scaling. A larger instance is a fast, low-risk lever that buys months. I'd do it in parallel to buy time, not instead of fixing the real issues.

4. Read replicas. If reads dominate, route read-only queries to replicas. The trade-off is replication lag: a user who updates their profile and immediately reloads might see old data, so read-your-writes flows must stay on the primary.

5. Move workloads out. Analytics and reporting queries belong in a warehouse fed by change data capture; job queues in a dedicated system; full-text search in a search engine. These often produce surprisingly large wins.

6. Partitioning. For huge time-series tables, partition by time to make queries and retention cheaper.

7. Sharding. Splitting data across multiple primaries by tenant or user ID is the most complex option: cross-shard queries, transactions and rebalancing all get harder. I'd only go there when the above is exhausted, possibly using a tool like Citus, and choose the shard key based on access patterns.

Throughout, I'd forecast capacity monthly so we never end up in an emergency again.`,
  },
  {
    slug: "swe-monolith-to-services-migration",
    track: "software_engineering",
    level: "senior",
    text: "Your company wants to break a large, ten-year-old monolith into services because teams keep blocking each other. How would you decide whether and how to do it?",
    tags: ["system-design", "migrations", "scaling"],
    difficulty: 5,
    keyPoints: [
      "identify the actual problem: deploy contention, ownership, scaling, reliability",
      "consider a modular monolith with enforced boundaries first",
      "choose service boundaries by business domain and data ownership",
      "strangler fig pattern: extract incrementally behind a routing layer",
      "data migration: each service owns its data; avoid a shared database",
      "platform prerequisites: CI/CD, observability, on-call; measure deployment frequency and lead time",
    ],
    followUps: [
      { text: "What would a modular monolith solve for these teams, and what would it not?", dimension: "trade_offs" },
      { text: "Two services need to update orders and inventory together. How do you keep them consistent without a shared database?", dimension: "depth" },
      { text: "Which part would you extract first, and how would you measure whether it helped?", dimension: "practical_experience" },
    ],
    sampleAnswer: `I'd start by making the problem concrete, because "microservices" is a solution to specific problems, not a goal. Are teams blocked by a shared deploy pipeline that takes a day? By unclear code ownership, so every change needs reviews from five teams? By one component's scaling needs? Each points to a different fix. I'd measure deployment frequency, lead time for changes, and change failure rate as a baseline.

Often the first step is a modular monolith: define module boundaries aligned with business domains, like billing, catalog and orders; enforce them with dependency rules in CI; give each module an owner; and make the deploy pipeline fast. This fixes much of the team friction at a fraction of the cost of a distributed system.

If we still need services, for example because billing needs independent deploys and different compliance controls, I'd extract incrementally with the strangler fig pattern:
1. Pick the first candidate carefully: a domain with clear boundaries, a motivated team and real pain, not the most tangled core.
2. Put a routing layer or facade in front, so callers don't know whether the code lives in the monolith or the service.
3. Build the service, migrate traffic gradually with feature flags or shadow traffic, and compare results.
4. Move the data: the service must own its tables. Start by having the monolith access billing data only through the service API, then migrate tables using change data capture or dual writes. A shared database between services recreates the coupling we're trying to remove.

Prerequisites before the second service: automated CI/CD per service, distributed tracing, centralized logging, service templates, and an on-call model. Without them, teams trade merge conflicts for outages that nobody can debug.

I'd set expectations that this is a multi-year effort and track success through the delivery metrics, stopping when the remaining monolith is no longer a bottleneck.`,
  },
  {
    slug: "swe-cascading-failure-from-slow-dependency",
    track: "software_engineering",
    level: "senior",
    text: "A downstream dependency started responding slowly, not failing, and within minutes your entire platform was down. Explain what most likely happened and which design changes you would make.",
    tags: ["reliability", "distributed-systems"],
    difficulty: 4,
    keyPoints: [
      "slow calls hold threads and connections, exhausting pools",
      "retries amplify load: retry storms across layers",
      "timeouts with deadlines propagated across calls",
      "circuit breakers and fail fast with fallbacks",
      "bulkheads: separate pools per dependency to contain failures",
      "retry budgets with exponential backoff and jitter; load shedding and chaos testing",
    ],
    followUps: [
      { text: "Explain how a slow dependency, rather than a failing one, exhausts your thread and connection pools.", dimension: "depth" },
      { text: "How would you choose the timeout for this dependency, and what happens if it is too short or too long?", dimension: "trade_offs" },
      { text: "Why can adding retries at every layer make the outage worse?", dimension: "correctness" },
      { text: "How would you test these protections before the next real incident?", dimension: "practical_experience" },
    ],
    sampleAnswer: `Slow is often worse than down. When a dependency fails fast, callers get an error immediately and move on. When it becomes slow, every request that touches it holds resources while waiting: a thread, a database connection, a socket, memory.

Likely sequence: the dependency's latency went from 50 milliseconds to 10 seconds. Our service had a default timeout of 30 seconds or none at all. Request threads piled up waiting, and the shared thread pool and HTTP connection pool filled. Now requests that don't even need that dependency, like the home page, can't get a thread, so they queue and time out. Meanwhile, clients and upstream services retry, multiplying traffic by three or more at each layer. Health checks fail because the service can't respond, the load balancer removes instances, and the remaining ones get even more load. The whole platform collapses from one slow component.

Design changes:
- Timeouts everywhere, set from the dependency's real latency, like p99 plus margin, not library defaults. Propagate deadlines, so downstream calls don't continue after the original request has given up.
- Circuit breakers: when the error or timeout rate exceeds a threshold, stop calling the dependency for a short period and fail fast, then probe with a few requests before closing.
- Fallbacks: serve cached data, a default, or a degraded feature, like hiding recommendations instead of failing the page.
- Bulkheads: separate connection and thread pools per dependency, so one slow dependency can only exhaust its own pool.
- Retry discipline: retries with exponential backoff and jitter, only on idempotent operations, and a retry budget, like at most 10% extra traffic. Retry at one layer, not all.
- Load shedding: reject excess requests early with 503 rather than queuing indefinitely.
- Health checks that don't depend on downstream services.

Then I'd verify with chaos testing: inject latency into the dependency in staging and confirm the platform degrades gracefully.`,
  },
  {
    slug: "swe-breaking-change-in-public-api",
    track: "software_engineering",
    level: "senior",
    text: "You own a public REST API used by 2,000 customer integrations, and you need to make a breaking change to a core resource. How do you version the API and migrate customers?",
    tags: ["api-design", "migrations"],
    difficulty: 4,
    keyPoints: [
      "first try to avoid the break with additive, backward-compatible changes",
      "versioning strategy: URL path, header or date-based versions pinned per account",
      "run old and new versions side by side via a translation layer",
      "measure usage per customer and endpoint to drive migration",
      "deprecation timeline with Sunset and Deprecation headers, changelog and direct outreach",
      "contract tests and SDK updates; brownouts before final removal",
    ],
    followUps: [
      { text: "URL versions or date-based versions pinned per account: which would you choose, and what does each cost to run?", dimension: "trade_offs" },
      { text: "Six months after the deprecation notice, 300 integrations still call the old version. What do you do?", dimension: "practical_experience" },
      { text: "How would a translation layer between versions work, and which kinds of changes can it not handle?", dimension: "depth" },
      { text: "Draft the first two sentences of the deprecation email to customers.", dimension: "clarity" },
    ],
    sampleAnswer: `First I'd challenge whether the change must be breaking. Many changes can be additive: add a new field instead of changing the type of an existing one, add a new endpoint, or accept both old and new input formats. Breaking 2,000 integrations has a real cost for customers and for our support team.

If it truly must break, for example because the old resource model is wrong, I'd pick a versioning strategy.
- URL versioning like /v2/orders is explicit and easy to route, but a global version bump forces customers to review everything.
- Date-based versions, as Stripe does: each account is pinned to the version it started with, clients can override it with a header, and each breaking change is a small, documented step. Internally, request and response transformers translate between versions, so the core code only implements the latest model.
For a mature API with many integrations, I prefer date-based versions with transformers; they make breaking changes small and routine.

Migration plan:
1. Instrument usage: which customers call the affected endpoints and fields, and how often. This turns a vague migration into a list.
2. Release the new version with documentation, a migration guide with before-and-after examples, and updated official SDKs.
3. Announce deprecation with a long window, typically 6 to 12 months for a public API, via changelog, email and the dashboard. Add Deprecation and Sunset headers to responses on old versions.
4. Reach out directly to the top customers by traffic and offer help; track migration progress weekly.
5. Before removal, do scheduled brownouts: briefly return errors on the old version during announced windows, which flushes out forgotten integrations.
6. Remove the old version, keeping an escape hatch for a small number of strategic customers if the business requires it.

Throughout, contract tests for each supported version prevent accidental breakage.`,
  },
];
