-- reminders
-- CreateTable
CREATE TABLE "ReminderSchedule" (
    "userId" TEXT NOT NULL PRIMARY KEY,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "weekdays" TEXT NOT NULL DEFAULT '',
    "hour" INTEGER NOT NULL DEFAULT 21,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ReminderSchedule_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ReminderSend" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "slot" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "lastError" TEXT,
    "nextAttemptAt" DATETIME,
    "claimedAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    CONSTRAINT "ReminderSend_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SchedulerLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ReminderSchedule_enabled_hour_idx" ON "ReminderSchedule"("enabled", "hour");

-- CreateIndex
CREATE INDEX "ReminderSend_status_slot_idx" ON "ReminderSend"("status", "slot");

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSend_userId_slot_key" ON "ReminderSend"("userId", "slot");
