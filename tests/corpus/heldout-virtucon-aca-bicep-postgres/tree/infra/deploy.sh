#!/bin/bash
# One-off provisioning of the Virtucon Azure resources; GitHub Actions handles later image updates.
set -e

RESOURCE_GROUP="virtucon-rg"
LOCATION="westeurope"
AUTH_HOST="login.virtucon.io"
WEB_HOST="courts.virtucon.io"
API_HOST="courts-api.virtucon.io"

az login
az group create --name "$RESOURCE_GROUP" --location "$LOCATION"

# the PostgreSQL admin password (@secure param) is prompted for interactively
az deployment group create \
  --resource-group "$RESOURCE_GROUP" \
  --template-file ./main.bicep \
  --parameters prefix=virtucon location="$LOCATION" \
    authHostName="$AUTH_HOST" webHostName="$WEB_HOST" apiHostName="$API_HOST" \
  --query "properties.outputs" --output json

ACR_NAME=$(az acr list --resource-group "$RESOURCE_GROUP" --query "[0].name" --output tsv)
ACR_SERVER=$(az acr show --name "$ACR_NAME" --query loginServer --output tsv)

# placeholder images so the container apps can start before the first pipeline run
az acr login --name "$ACR_NAME"
docker pull nginx:alpine
for image in web identity bookings-api; do
  docker tag nginx:alpine "$ACR_SERVER/virtucon/$image:latest"
  docker push "$ACR_SERVER/virtucon/$image:latest"
done
