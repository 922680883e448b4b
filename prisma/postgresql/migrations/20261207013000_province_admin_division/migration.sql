-- Province admins name their province: before the national role, a province
-- admin had no division and meant Jiangxi. National admins have none.
UPDATE "User" SET "divisionCode" = '360000' WHERE "role" = 'province' AND "divisionCode" IS NULL;
