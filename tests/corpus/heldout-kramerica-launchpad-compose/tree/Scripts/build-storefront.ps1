Set-Location $PSScriptRoot/../Storefront/DockerCompose
docker compose -p kramerica-storefront up -d --build
Set-Location $PSScriptRoot
