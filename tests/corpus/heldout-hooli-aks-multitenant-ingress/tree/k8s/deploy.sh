#!/usr/bin/env bash
# Applies the Hooli SSO stack to the current kubectl context (AKS).
kubectl apply -f ./postgres.yaml
kubectl apply -f ./identity-server.yaml

kubectl get all
