-- An external id is a county union's own number: unique within its county only.
DROP INDEX "Station_externalId_key";

-- CreateIndex
CREATE INDEX "Station_externalId_idx" ON "Station"("externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Station_countyCode_externalId_key" ON "Station"("countyCode", "externalId");
