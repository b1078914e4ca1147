#!/usr/bin/env bash
# Creates a Linux App Service that runs the compose file as a multi-container app.
set -euo pipefail

plan="$1"
group="$2"
site="$3"
registry="$4"

az appservice plan create --name "$plan" --resource-group "$group" --sku S1 --is-linux

az webapp create --resource-group "$group" --plan "$plan" --name "$site" \
  --multicontainer-config-type compose --multicontainer-config-file docker-compose.yml

az webapp config container set --name "$site" --resource-group "$group" \
  --docker-custom-image-name "$registry.azurecr.io/tailspin/identity:latest" \
  --docker-registry-server-url "https://$registry.azurecr.io"

# the container listens on 5000, so tell the front end where to send traffic
az webapp config appsettings set --resource-group "$group" --name "$site" \
  --settings WEBSITES_PORT=5000 ASPNETCORE_ENVIRONMENT=Development
