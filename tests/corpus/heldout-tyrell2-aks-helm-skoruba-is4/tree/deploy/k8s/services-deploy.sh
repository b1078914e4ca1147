#!/bin/bash
# Local cluster (Docker Desktop / kind): charts with values.local.yml.
set -e
set -o xtrace

kubectl create namespace tyrell2shop || true
kubectl label namespace tyrell2shop istio-injection=enabled || true

for i in catalog.api identity.api
do
    cd $i
    helm lint -f ./values.yaml -f values.local.yml .
    helm upgrade ${i/./-} --install -f ./values.yaml -f values.local.yml --namespace=tyrell2shop .
    cd ..
done
