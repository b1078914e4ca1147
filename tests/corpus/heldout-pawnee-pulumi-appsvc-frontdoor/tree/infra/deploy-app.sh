#!/bin/bash
# Points the web app and identity App Services (every region) at the freshly pushed image tag.
set -e -x
STAGING=${STAGING:-false}

for ID in $WEBAPPID; do
  if [ "$STAGING" = "true" ]; then
    az webapp config container set --docker-custom-image-name $APPIMAGE:$BUILD --ids $ID --slot staging
    az webapp traffic-routing set --distribution staging=0 --ids $ID
  else
    az webapp config container set --docker-custom-image-name $APPIMAGE:$BUILD --ids $ID
  fi
done

for ID in $IDAPPID; do
  if [ "$STAGING" = "true" ]; then
    az webapp config container set --docker-custom-image-name $IDIMAGE:$BUILD --ids $ID --slot staging
    az webapp traffic-routing set --distribution staging=0 --ids $ID
    az webapp config appsettings set --ids $ID -s staging --slot-settings Environment__IsStaging=true
  else
    az webapp config container set --docker-custom-image-name $IDIMAGE:$BUILD --ids $ID
  fi
done
