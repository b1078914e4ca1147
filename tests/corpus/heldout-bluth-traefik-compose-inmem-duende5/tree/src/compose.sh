#!/bin/sh
# Local stack: base + override + dev (includes a Traefik container) + Traefik routing.
export GIT_SHA=$(git rev-parse --short HEAD)

docker-compose -f docker-compose.yml -f docker-compose.override.yml -f docker-compose.dev.yml -f docker-compose.traefik.yml "$@"
