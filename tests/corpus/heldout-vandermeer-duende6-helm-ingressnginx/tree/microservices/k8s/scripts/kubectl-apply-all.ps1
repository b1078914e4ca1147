# Applies the plain manifests for the Larder services to the local cluster
Process {
    kubectl apply -f ../components/redis-state.yaml

    kubectl apply -f ../files/larder-namespace.yaml
    kubectl apply -f ../files/larder-ingress-secret.yaml
    kubectl apply -f ../files/larder-ingress-rewrite.yaml
    kubectl apply -f ../files/larder-ingress-direct.yaml
    kubectl apply -f ../files/stock-manager-deployment.yaml
    kubectl apply -f ../files/identityserver-deployment.yaml
    kubectl apply -f ../files/ui-larder-deployment.yaml

    kubectl get pods --namespace=larder
    kubectl get ingress --namespace=larder
}
