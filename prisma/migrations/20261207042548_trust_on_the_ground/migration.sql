-- AlterTable
ALTER TABLE "Station" ADD COLUMN "entry" TEXT;
ALTER TABLE "Station" ADD COLUMN "entryNote" TEXT;

-- CreateTable
CREATE TABLE "Confirmation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientHash" TEXT NOT NULL,
    CONSTRAINT "Confirmation_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StationSignal" (
    "stationId" TEXT NOT NULL PRIMARY KEY,
    "lastOpenAt" DATETIME,
    "lockedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "StationSignal_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stationId" TEXT NOT NULL,
    "countyCode" TEXT NOT NULL,
    "stars" INTEGER NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "clientHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedBy" TEXT,
    "reply" TEXT,
    "repliedAt" DATETIME,
    "repliedBy" TEXT,
    CONSTRAINT "Review_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Report" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stationId" TEXT NOT NULL,
    "countyCode" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedBy" TEXT,
    "decisionNote" TEXT,
    "progress" TEXT NOT NULL DEFAULT 'received',
    "progressAt" DATETIME,
    "dueAt" DATETIME,
    "trackHash" TEXT,
    "reviewId" TEXT,
    CONSTRAINT "Report_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Report" ("category", "countyCode", "createdAt", "decidedAt", "decidedBy", "decisionNote", "id", "stationId", "status", "text") SELECT "category", "countyCode", "createdAt", "decidedAt", "decidedBy", "decisionNote", "id", "stationId", "status", "text" FROM "Report";
DROP TABLE "Report";
ALTER TABLE "new_Report" RENAME TO "Report";
CREATE UNIQUE INDEX "Report_trackHash_key" ON "Report"("trackHash");
CREATE UNIQUE INDEX "Report_reviewId_key" ON "Report"("reviewId");
CREATE INDEX "Report_countyCode_status_idx" ON "Report"("countyCode", "status");
CREATE INDEX "Report_status_createdAt_idx" ON "Report"("status", "createdAt");
CREATE INDEX "Report_status_dueAt_idx" ON "Report"("status", "dueAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "Confirmation_stationId_kind_at_idx" ON "Confirmation"("stationId", "kind", "at");

-- CreateIndex
CREATE INDEX "Confirmation_at_idx" ON "Confirmation"("at");

-- CreateIndex
CREATE INDEX "StationSignal_lockedAt_idx" ON "StationSignal"("lockedAt");

-- CreateIndex
CREATE INDEX "Review_stationId_status_idx" ON "Review"("stationId", "status");

-- CreateIndex
CREATE INDEX "Review_countyCode_status_idx" ON "Review"("countyCode", "status");

-- CreateIndex
CREATE INDEX "Review_status_createdAt_idx" ON "Review"("status", "createdAt");
