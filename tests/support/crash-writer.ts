// A child process for the durability test: writes rows through the app's own database client
// and reports each one on stdout only after the write has returned.
import { db } from "@/lib/db/client";

let n = 0;
for (;;) {
  const row = await db.outboxMessage.create({
    data: { to: `crash-${n}@example.jp`, subject: `write ${n}`, text: "x".repeat(2000), html: "" },
  });
  process.stdout.write(`${row.id}\n`);
  n += 1;
}
