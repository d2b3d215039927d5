-- AlterTable
ALTER TABLE "User" ADD COLUMN     "passwordHistory" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "totpEnabledAt" TIMESTAMPTZ(3),
ADD COLUMN     "totpLastStep" INTEGER,
ADD COLUMN     "totpPendingCipher" TEXT,
ADD COLUMN     "totpSecretCipher" TEXT;
