#!/bin/bash
# Builds builder/webapp/identity images from apps/ and pushes them to the stack's ACR.
set -e -x
GITHASH=${GITHASH:-$(git rev-parse HEAD)}
az acr login -n $ACR_NAME
docker pull $CACHED_IMAGE || true

pushd apps
./build-containers.sh -a $ACR_NAME -c $CACHED_IMAGE -g $GITHASH -t $BUILD
popd

REPOSITORY=$ACR_NAME.azurecr.io
for IMAGE in builder webapp identity; do
  docker push $REPOSITORY/$IMAGE:latest
  docker push $REPOSITORY/$IMAGE:$BUILD
done
