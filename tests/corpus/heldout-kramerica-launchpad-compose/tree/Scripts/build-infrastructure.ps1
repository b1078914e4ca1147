Set-Location $PSScriptRoot/../Infrastructure/DockerCompose
docker compose -p kramerica-infra up -d --build
Set-Location $PSScriptRoot
