-- CreateTable
CREATE TABLE "Division" (
    "code" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "cityCode" TEXT,
    "lat" REAL NOT NULL,
    "lng" REAL NOT NULL
);

-- CreateTable
CREATE TABLE "Station" (
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
    "externalId" TEXT,
    "isSample" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "lastVerifiedAt" DATETIME,
    "archivedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Station_countyCode_fkey" FOREIGN KEY ("countyCode") REFERENCES "Division" ("code") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AppState" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "value" TEXT NOT NULL
);

-- CreateIndex
CREATE INDEX "Division_cityCode_idx" ON "Division"("cityCode");

-- CreateIndex
CREATE UNIQUE INDEX "Station_externalId_key" ON "Station"("externalId");

-- CreateIndex
CREATE INDEX "Station_countyCode_status_idx" ON "Station"("countyCode", "status");

-- CreateIndex
CREATE INDEX "Station_isSample_idx" ON "Station"("isSample");

-- CreateIndex
CREATE INDEX "Station_updatedAt_idx" ON "Station"("updatedAt");
