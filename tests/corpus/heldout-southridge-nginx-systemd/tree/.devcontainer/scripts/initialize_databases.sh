#!/bin/bash
# Runs once after the dev container is created.

echo "Applying users database migrations"
dotnet ef database update --context ApplicationDbContext --project src/Southridge.Identity/

echo "Applying IdentityServer database migrations"
dotnet ef database update --context ConfigurationDbContext --project src/Southridge.Identity/
dotnet ef database update --context PersistedGrantDbContext --project src/Southridge.Identity/

echo "Seeding"
dotnet run seed --project src/Southridge.Identity/
