-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "dueAt" TIMESTAMP(3),
ADD COLUMN     "progress" TEXT NOT NULL DEFAULT 'received',
ADD COLUMN     "progressAt" TIMESTAMP(3),
ADD COLUMN     "reviewId" TEXT,
ADD COLUMN     "trackHash" TEXT;

-- AlterTable
ALTER TABLE "Station" ADD COLUMN     "entry" TEXT,
ADD COLUMN     "entryNote" TEXT;

-- CreateTable
CREATE TABLE "Confirmation" (
    "id" TEXT NOT NULL,
    "stationId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "clientHash" TEXT NOT NULL,

    CONSTRAINT "Confirmation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StationSignal" (
    "stationId" TEXT NOT NULL,
    "lastOpenAt" TIMESTAMP(3),
    "lockedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StationSignal_pkey" PRIMARY KEY ("stationId")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" TEXT NOT NULL,
    "stationId" TEXT NOT NULL,
    "countyCode" TEXT NOT NULL,
    "stars" INTEGER NOT NULL,
    "text" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "clientHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" TIMESTAMP(3),
    "decidedBy" TEXT,
    "reply" TEXT,
    "repliedAt" TIMESTAMP(3),
    "repliedBy" TEXT,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

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

-- CreateIndex
CREATE UNIQUE INDEX "Report_trackHash_key" ON "Report"("trackHash");

-- CreateIndex
CREATE UNIQUE INDEX "Report_reviewId_key" ON "Report"("reviewId");

-- CreateIndex
CREATE INDEX "Report_status_dueAt_idx" ON "Report"("status", "dueAt");

-- AddForeignKey
ALTER TABLE "Confirmation" ADD CONSTRAINT "Confirmation_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StationSignal" ADD CONSTRAINT "StationSignal_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_stationId_fkey" FOREIGN KEY ("stationId") REFERENCES "Station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
