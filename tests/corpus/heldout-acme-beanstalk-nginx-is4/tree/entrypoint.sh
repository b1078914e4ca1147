#!/bin/sh
# Local development only: bring the three databases up to date, then run with hot reload.
until which dotnet-ef || dotnet tool install --global dotnet-ef --version 3.1.4; do
    sleep 1
done

for context in PersistedGrantDbContext ConfigurationDbContext AcmeKeysContext; do
    echo "migrating $context..."
    until dotnet ef -v database update --context $context; do
        sleep 1
    done
done

echo "starting acme keys..."
dotnet watch run --urls "https://0.0.0.0:5050"
