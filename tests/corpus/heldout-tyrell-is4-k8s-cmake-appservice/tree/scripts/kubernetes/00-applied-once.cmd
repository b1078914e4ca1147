@ECHO off

ECHO Installing the community NGINX ingress controller into the cluster
ECHO.

kubectl apply -f https://raw.githubusercontent.com/kubernetes/ingress-nginx/main/deploy/static/provider/cloud/deploy.yaml

ECHO.
ECHO Remove it later with 'kubectl delete namespace ingress-nginx'
PAUSE
