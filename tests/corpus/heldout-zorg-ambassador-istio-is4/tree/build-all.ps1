# Builds every image straight into minikube's docker daemon
# (run `minikube docker-env` first), tagged with the short git sha and latest.

function Remove-DanglingImages() {
  Write-Output "Removing untagged images..."
  docker images -f "dangling=true" -q | ForEach-Object { docker rmi -f $_ }
}

$version = git rev-parse --short HEAD
Write-Output "Image version: $version"

# catalog
docker build -f src/services/catalog/Dockerfile -t "zorg-cart/catalog:$version" -t "zorg-cart/catalog:latest" .

# supplier (node)
docker build -f src/services/supplier/Dockerfile -t "zorg-cart/supplier:$version" -t "zorg-cart/supplier:latest" --build-arg service_version=$version .

# security (IdentityServer4)
docker build -f src/services/security/Dockerfile -t "zorg-cart/security:$version" -t "zorg-cart/security:latest" .

Remove-DanglingImages
