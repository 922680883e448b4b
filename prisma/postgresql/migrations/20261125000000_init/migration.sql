-- CreateTable
CREATE TABLE "Division" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "cityCode" TEXT,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Division_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Station" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
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
    "lastVerifiedAt" TIMESTAMP(3),
    "archivedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Station_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppState" (
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,

    CONSTRAINT "AppState_pkey" PRIMARY KEY ("key")
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

-- AddForeignKey
ALTER TABLE "Station" ADD CONSTRAINT "Station_countyCode_fkey" FOREIGN KEY ("countyCode") REFERENCES "Division"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
