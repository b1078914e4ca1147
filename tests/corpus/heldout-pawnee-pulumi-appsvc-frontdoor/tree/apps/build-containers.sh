#!/bin/bash
# Builds the builder image, then the webapp and identity images from it, and tags them for ACR.
set -e
while getopts a:c:g:t: option; do
  case "${option}" in
    a) ACR_NAME=${OPTARG};;
    c) CACHED_IMAGE=${OPTARG};;
    g) GITHASH=${OPTARG};;
    t) TAG=${OPTARG};;
  esac
done

REGISTRY=$ACR_NAME.azurecr.io
docker build -t builder -t $REGISTRY/builder:$TAG -t $REGISTRY/builder:latest --cache-from $CACHED_IMAGE .
docker build -f api/Dockerfile -t $REGISTRY/webapp:$TAG -t $REGISTRY/webapp:latest --build-arg BASE=builder .
docker build -f identity/Dockerfile -t $REGISTRY/identity:$TAG -t $REGISTRY/identity:latest \
  --build-arg gitHash=$GITHASH --build-arg BASE=builder .
