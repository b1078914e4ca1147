GITSHA1=${GITSHA1:=$(git rev-parse HEAD)}
DOCKER_IMAGE_VERSION=${GITSHA1}

# catalog service (the other images are built by build-all.ps1)
docker build -f src/services/catalog/Dockerfile -t zorg-cart/catalog:$DOCKER_IMAGE_VERSION -t zorg-cart/catalog:latest .
