#!/bin/bash
# Waits for redis, then writes the secret sets the vault service hands out.

for attempt in $(seq 1 10); do
    if [ "$(redis-cli -h redis ping)" = "PONG" ]; then
        break
    fi
    echo "redis not ready (attempt $attempt)"
    sleep 3
done

redis-cli -h redis SET kramerica.infra.secrets "{\"rabbit.user\":\"kramer\",\"rabbit.password\":\"Giddyup99\",\"rabbit.vhost\":\"kramerica\"}"
redis-cli -h redis SET kramerica.storefront.secrets "{\"mongo.connectionstring\":\"mongodb://kramer:Giddyup99@mongo.kramerica-storefront:27017?authSource=admin\"}"
