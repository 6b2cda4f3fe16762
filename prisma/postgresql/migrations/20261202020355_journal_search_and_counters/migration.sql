-- journal_search_and_counters
-- CreateTable
CREATE TABLE "JournalSearch" (
    "id" SERIAL NOT NULL,
    "entryId" TEXT NOT NULL,
    "tokens" TEXT NOT NULL,

    CONSTRAINT "JournalSearch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JournalDay" (
    "userId" TEXT NOT NULL,
    "entryDate" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "JournalDay_pkey" PRIMARY KEY ("userId","entryDate")
);

-- CreateTable
CREATE TABLE "JournalValueUse" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    CONSTRAINT "JournalValueUse_pkey" PRIMARY KEY ("userId","key")
);

-- CreateIndex
CREATE UNIQUE INDEX "JournalSearch_entryId_key" ON "JournalSearch"("entryId");

-- AddForeignKey
ALTER TABLE "JournalSearch" ADD CONSTRAINT "JournalSearch_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "JournalEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalDay" ADD CONSTRAINT "JournalDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JournalValueUse" ADD CONSTRAINT "JournalValueUse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: what the schema engine cannot express (see lib/db/search-index/).

-- Backfill: every existing entry's document, tokenised exactly as lib/db/search-index/tokens.ts
-- does (ASCII lower-cased, each character as five letters a-z, base 26, each character followed
-- by the next one, the last one alone, title before body).
INSERT INTO "JournalSearch" ("entryId", "tokens")
SELECT e."id", coalesce((
    SELECT string_agg(y.token, ' ' ORDER BY y.part, y.pos)
    FROM (
        SELECT x.part, x.pos,
            x.letters || coalesce(lead(x.letters) OVER (PARTITION BY x.part ORDER BY x.pos), '') AS token
        FROM (
            SELECT p.part, g.pos,
                chr(97 + (ascii(substr(p.t, g.pos, 1)) / 456976) % 26)
                || chr(97 + (ascii(substr(p.t, g.pos, 1)) / 17576) % 26)
                || chr(97 + (ascii(substr(p.t, g.pos, 1)) / 676) % 26)
                || chr(97 + (ascii(substr(p.t, g.pos, 1)) / 26) % 26)
                || chr(97 + ascii(substr(p.t, g.pos, 1)) % 26) AS letters
            FROM (VALUES
                (0, translate(e."title", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')),
                (1, translate(e."body", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'))
            ) AS p (part, t)
            CROSS JOIN LATERAL generate_series(1, length(p.t)) AS g (pos)
            WHERE p.t IS NOT NULL AND p.t <> ''
        ) x
    ) y
), '')
FROM "JournalEntry" e;

-- The full-text index: the tokens as a `simple` tsvector (no stemming, no stop words) under GIN.
-- lib/db/search-index/postgresql.ts queries exactly this expression so the planner can use it.
CREATE INDEX "JournalSearch_tokens_idx" ON "JournalSearch" USING GIN (to_tsvector('simple', "tokens"));

-- Backfill the per-member figures.
INSERT INTO "JournalDay" ("userId", "entryDate", "count")
SELECT "userId", "entryDate", count(*) FROM "JournalEntry" GROUP BY "userId", "entryDate";

INSERT INTO "JournalValueUse" ("userId", "key", "count")
SELECT "userId", "key", count(*) FROM "EntryValue" GROUP BY "userId", "key";
