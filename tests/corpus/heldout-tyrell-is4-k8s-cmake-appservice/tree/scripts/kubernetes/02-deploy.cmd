@ECHO off

REM Run "cmake" first (scripts\run-cmake.cmd) so 04-deployments\*-configured.yaml exist

CD "%~dp0"
CD ..\..\orchestration\kubernetes

CALL 01-secrets\local.cmd

kubectl apply -f 02-configmaps\local.yaml
kubectl apply -f 03-local-services\
kubectl apply -f 04-deployments\
kubectl apply -f 05-ingress\local.yaml

PAUSE
