-- journal_search_and_counters
-- CreateTable
CREATE TABLE "JournalSearch" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "entryId" TEXT NOT NULL,
    "tokens" TEXT NOT NULL,
    CONSTRAINT "JournalSearch_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "JournalEntry" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JournalDay" (
    "userId" TEXT NOT NULL,
    "entryDate" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "entryDate"),
    CONSTRAINT "JournalDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JournalValueUse" (
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,

    PRIMARY KEY ("userId", "key"),
    CONSTRAINT "JournalValueUse_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "JournalSearch_entryId_key" ON "JournalSearch"("entryId");

-- Hand-written below: what the schema engine cannot express (see lib/db/search-index/).

-- The full-text index over JournalSearch.tokens: contentless (the tokens live in JournalSearch),
-- rows keyed by JournalSearch.id, deletable by rowid. `unicode61` keeps each encoded bigram whole,
-- diacritics are kept so no two characters share a token. Listed in lib/db/schema-engine.ts
-- `filters.externalTables` with its shadow tables, so the drift check leaves it alone.
CREATE VIRTUAL TABLE "JournalSearchFts" USING fts5(
    tokens,
    content = '',
    contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 0'
);

-- Backfill: every existing entry's document, tokenised exactly as lib/db/search-index/tokens.ts
-- does (ASCII lower-cased, each character as five letters a-z, base 26, each character followed
-- by the next one, the last one alone, title before body).
INSERT INTO "JournalSearch" ("entryId", "tokens")
WITH RECURSIVE
    texts ("entryId", "part", "t") AS (
        SELECT "id", 0, lower("title") FROM "JournalEntry" WHERE "title" IS NOT NULL AND "title" <> ''
        UNION ALL
        SELECT "id", 1, lower("body") FROM "JournalEntry" WHERE "body" <> ''
    ),
    chars ("entryId", "part", "t", "pos", "code") AS (
        SELECT "entryId", "part", "t", 1, unicode(substr("t", 1, 1)) FROM texts
        UNION ALL
        SELECT "entryId", "part", "t", "pos" + 1, unicode(substr("t", "pos" + 1, 1))
        FROM chars WHERE "pos" < length("t")
    ),
    encoded ("entryId", "part", "pos", "letters") AS (
        SELECT "entryId", "part", "pos",
            char(97 + ("code" / 456976) % 26, 97 + ("code" / 17576) % 26, 97 + ("code" / 676) % 26,
                97 + ("code" / 26) % 26, 97 + "code" % 26)
        FROM chars
    ),
    tokens ("entryId", "part", "pos", "token") AS (
        SELECT "entryId", "part", "pos",
            "letters" || coalesce(lead("letters") OVER (PARTITION BY "entryId", "part" ORDER BY "pos"), '')
        FROM encoded
    )
SELECT e."id", coalesce((
    SELECT group_concat(t."token", ' ' ORDER BY t."part", t."pos") FROM tokens t WHERE t."entryId" = e."id"
), '')
FROM "JournalEntry" e;

INSERT INTO "JournalSearchFts" ("rowid", "tokens") SELECT "id", "tokens" FROM "JournalSearch";

-- Backfill the per-member figures.
INSERT INTO "JournalDay" ("userId", "entryDate", "count")
SELECT "userId", "entryDate", count(*) FROM "JournalEntry" GROUP BY "userId", "entryDate";

INSERT INTO "JournalValueUse" ("userId", "key", "count")
SELECT "userId", "key", count(*) FROM "EntryValue" GROUP BY "userId", "key";
