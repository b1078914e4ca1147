#!/bin/sh
# Production start-up on the server: base + override + Traefik routing + prod overlay.
export GIT_SHA=$(git rev-parse --short HEAD)

export RELAY_PUBLIC_IP=127.0.0.1
export PUBLIC_DOMAIN=yourdomain.com
export WEB_HOST=www.yourdomain.com
export RELAY_TOKEN_SECRET=fill_in_random_token
export RELAY_API_KEY=fill_in_random_token

export RTC_MIN_PORT=40000
export RTC_MAX_PORT=49999

docker-compose -f docker-compose.yml -f docker-compose.override.yml -f docker-compose.traefik.yml -f docker-compose.prod.yml up --build
