#!/bin/bash
# Build the three images and push them to the Rancher Desktop registry on localhost:5000.
set -e

REGISTRY="localhost:5000"
TAG="${1:-latest}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

build_and_push() {
    local name=$1
    local dockerfile=$2
    local image="${REGISTRY}/initech-tps-${name}:${TAG}"

    docker build -f "${ROOT}/${dockerfile}" -t "${image}" "${ROOT}"
    docker push "${image}"
}

curl -sf "http://${REGISTRY}/v2/" > /dev/null || { echo "registry ${REGISTRY} not reachable"; exit 1; }

(cd "${ROOT}/TpsShared" && dotnet pack -o ../local_nuget -c Release)

build_and_push api api/Dockerfile.k8s
build_and_push portal portal/Dockerfile.k8s
build_and_push identity identityhost/Dockerfile.k8s

echo "next: ./scripts/deploy-local-k8s.sh"
