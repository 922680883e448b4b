#!/bin/sh
# Offline stand-in for Prisma's schema engine: `prisma generate` needs none,
# and exiting 1 makes any command that does need it fail loudly.
echo "schema engine unavailable offline; migrations are applied by scripts/migrate.ts" >&2
exit 1
