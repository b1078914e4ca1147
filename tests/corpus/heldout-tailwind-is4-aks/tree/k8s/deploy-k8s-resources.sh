#!/bin/bash
# Applies the application manifests to the AKS cluster in order
set -e

SCRIPT_DIR="$( cd "$( dirname "${BASH_SOURCE[0]}" )" && pwd )"
cd "$SCRIPT_DIR"

kubectl apply -f tlw-secret.yaml
kubectl apply -f tlw-configmap.yaml

kubectl apply -f tlw-sts.yaml
kubectl apply -f tlw-admin.yaml

kubectl apply -f tlw-ingress.yaml

kubectl wait --for=condition=available --timeout=300s deployment/tlw-sts || echo "tlw-sts not ready yet"
kubectl wait --for=condition=available --timeout=300s deployment/tlw-admin || echo "tlw-admin not ready yet"
