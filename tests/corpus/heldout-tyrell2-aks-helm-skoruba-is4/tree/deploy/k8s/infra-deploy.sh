#!/bin/bash
set -e
set -o xtrace

kubectl create namespace infra || true
kubectl label namespace infra istio-injection=enabled || true

cd infra/postgres
helm upgrade postgres bitnami/postgresql --install -f ./values.yaml --namespace=infra
cd ../..
