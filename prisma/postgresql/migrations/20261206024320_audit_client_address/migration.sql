-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "clientAddress" TEXT;
