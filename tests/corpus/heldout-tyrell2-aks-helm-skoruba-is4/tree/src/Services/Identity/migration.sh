#!/bin/bash
# Regenerates the Flyway SQL scripts from the EF Core migrations (schema is applied by Flyway, not by the app).

set -e
set -o xtrace

dotnet build Tyrell2.Identity.Web

for i in IdentityServerConfigurationDbContext IdentityServerPersistedGrantDbContext AdminIdentityDbContext IdentityServerDataProtectionDbContext
do
    dotnet ef migrations script -o $i.sql -s Tyrell2.Identity.Web -p Shared/Tyrell2.Identity.EntityFramework.Npgsql -c $i --no-build
done
