param (
    [string] $registry = '',
    [string] $tag = ''
)

# minikube is started with: minikube start --addons ingress --addons registry
Write-Host 'Deploying Pendant to minikube'

$overlay = Join-Path 'overlays' ([guid]::NewGuid().ToString())
New-Item $overlay -ItemType Directory -Force | Out-Null
$file = Join-Path $overlay 'kustomization.yaml'

Set-Content $file "resources:`n  - ../../base`nimages:"
foreach ($image in @('pendant-passport', 'pendant-gateway', 'pendant-members-migrator')) {
    Add-Content $file "  - name: $image"
    if ($tag) { Add-Content $file "    newTag: `"$tag`"" }
    if ($registry) { Add-Content $file "    newName: `"$registry/$image`"" }
}

# the ingress addon runs the community ingress-nginx controller
kubectl wait --namespace ingress-nginx --for=condition=ready pod --selector=app.kubernetes.io/component=controller --timeout=180s

kubectl apply -k $overlay
Remove-Item -Path $overlay -Recurse -Force
