#!/bin/sh
# Builds the schema (and the HasData seed rows) from the current model, by hand, before the first run.
echo "== removing old migrations =="
rm -rf Migrations

echo "== generating migrations =="
dotnet ef migrations add Init -c StsConfigurationDbContext -o Migrations/Configuration
dotnet ef migrations add Init -c StsIdentityDbContext -o Migrations/Identity
dotnet ef migrations add Init -c StsPersistedGrantDbContext -o Migrations/PersistedGrant

echo "== updating the database =="
dotnet ef database update --context StsConfigurationDbContext
dotnet ef database update --context StsIdentityDbContext
dotnet ef database update --context StsPersistedGrantDbContext

rm -rf Migrations
echo "== done =="
