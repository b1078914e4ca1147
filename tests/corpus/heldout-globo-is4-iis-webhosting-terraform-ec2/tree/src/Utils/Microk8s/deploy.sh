#!/bin/bash
# Single-node MicroK8s install of the portal and its SQL Server.
# Build with ../Docker/docker-compose.yml after switching it to the local registry image.
set -e

sudo snap install microk8s --classic
sudo usermod -a -G microk8s "$USER"
microk8s enable registry
microk8s enable dns

(cd ../Docker && docker-compose build)
docker tag docker_globoportal localhost:32000/globoportal:v1.1
docker push localhost:32000/globoportal:v1.1

microk8s kubectl delete deployment globoportal sqlserver --ignore-not-found
microk8s kubectl apply -f globoportal-config.yaml
microk8s kubectl apply -f sqlserver-config.yaml
microk8s kubectl apply -f globoportal.yaml

echo "Deployed. Browse to https://<node-ip>:30883/"
