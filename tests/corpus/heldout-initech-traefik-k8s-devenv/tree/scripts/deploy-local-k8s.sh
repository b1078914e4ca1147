#!/bin/bash
# Deploy the TPS tracker to the local Rancher Desktop cluster (Traefik is the bundled ingress controller).
set -e

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
K8S_DIR="${ROOT}/k8s/local"

make_tls_cert() {
    local dir="${ROOT}/temp-certs"
    mkdir -p "${dir}"
    openssl req -x509 -nodes -days 365 -newkey rsa:2048 \
        -keyout "${dir}/tls.key" -out "${dir}/tls.crt" \
        -subj "/CN=tps.initech.local" \
        -addext "subjectAltName=DNS:tps.initech.local" 2>/dev/null

    local crt key
    crt=$(base64 -w 0 < "${dir}/tls.crt")
    key=$(base64 -w 0 < "${dir}/tls.key")

    # write the certificate into the ingress manifest
    sed -i.bak "s|tls.crt: LS0tLS1CRUdJTi.*|tls.crt: ${crt}|" "${K8S_DIR}/ingress-traefik.yaml"
    sed -i.bak "s|tls.key: LS0tLS1CRUdJTi.*|tls.key: ${key}|" "${K8S_DIR}/ingress-traefik.yaml"
    rm -rf "${dir}" "${K8S_DIR}/ingress-traefik.yaml.bak"
}

start_external_db() {
    if ! docker ps | grep -q "mcr.microsoft.com/mssql/server"; then
        docker run -d --name tps-mssql \
            -e SA_PASSWORD=Tps_Sa_Passw0rd -e ACCEPT_EULA=Y \
            -p 1433:1433 mcr.microsoft.com/mssql/server:2022-latest
        sleep 30
    fi
}

apply_manifests() {
    local manifests=(
        "namespace.yaml"
        "configmap.yaml"
        "secrets.yaml"
        "services.yaml"
        "api-deployment.yaml"
        "portal-deployment.yaml"
        "identity-deployment.yaml"
        "ingress-traefik.yaml"
    )
    for manifest in "${manifests[@]}"; do
        kubectl apply -f "${K8S_DIR}/${manifest}"
    done
}

wait_for_rollout() {
    for deployment in api portal identity; do
        kubectl wait --for=condition=available --timeout=300s "deployment/${deployment}" -n initech-tps
    done
}

start_external_db
make_tls_cert
apply_manifests
wait_for_rollout

echo "TPS tracker: https://tps.initech.local (add '127.0.0.1 tps.initech.local' to /etc/hosts)"
