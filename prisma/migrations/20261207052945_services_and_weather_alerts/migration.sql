-- CreateTable
CREATE TABLE "WeatherAlert" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "divisionCode" TEXT NOT NULL,
    "startsAt" DATETIME NOT NULL,
    "endsAt" DATETIME NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdBy" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "cancelledAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Station" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "lat" REAL NOT NULL,
    "lng" REAL NOT NULL,
    "address" TEXT NOT NULL DEFAULT '',
    "countyCode" TEXT NOT NULL,
    "openingHours" TEXT NOT NULL DEFAULT '24/7',
    "amenities" TEXT NOT NULL DEFAULT '',
    "phone" TEXT,
    "operator" TEXT,
    "notes" TEXT,
    "entry" TEXT,
    "entryNote" TEXT,
    "services" TEXT NOT NULL DEFAULT '[]',
    "externalId" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastVerifiedAt" DATETIME,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Station_countyCode_fkey" FOREIGN KEY ("countyCode") REFERENCES "Division" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Station" ("address", "amenities", "archivedAt", "countyCode", "createdAt", "entry", "entryNote", "externalId", "id", "isSample", "kind", "lastVerifiedAt", "lat", "lng", "name", "notes", "openingHours", "operator", "phone", "status", "updatedAt", "version") SELECT "address", "amenities", "archivedAt", "countyCode", "createdAt", "entry", "entryNote", "externalId", "id", "isSample", "kind", "lastVerifiedAt", "lat", "lng", "name", "notes", "openingHours", "operator", "phone", "status", "updatedAt", "version" FROM "Station";
DROP TABLE "Station";
ALTER TABLE "new_Station" RENAME TO "Station";
CREATE INDEX "Station_countyCode_status_idx" ON "Station"("countyCode", "status");
CREATE INDEX "Station_isSample_idx" ON "Station"("isSample");
CREATE INDEX "Station_updatedAt_idx" ON "Station"("updatedAt");
CREATE INDEX "Station_archivedAt_countyCode_name_idx" ON "Station"("archivedAt", "countyCode", "name");
CREATE INDEX "Station_externalId_idx" ON "Station"("externalId");
CREATE UNIQUE INDEX "Station_countyCode_externalId_key" ON "Station"("countyCode", "externalId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "WeatherAlert_endsAt_idx" ON "WeatherAlert"("endsAt");
