#!/usr/bin/env bash
# End-to-end proof of the origin lock nginx gets when an edge is the hop in front, through a real
# nginx on loopback: Cloudflare (Authenticated Origin Pulls + its ranges) and Azure Front Door
# (its ranges + the profile id in X-Azure-FDID).
# Two renders of the onprem-nginx preset with a Cloudflare hop in front:
#   open   the edge's ranges include loopback (this test plays the edge);
#   closed the edge's ranges do not (this test is someone going around the edge).
# Only ports, certificate and log paths are rewritten; every other directive runs as rendered.
# Usage: .ci/e2e-origin-lock.sh   (needs nginx, curl, openssl, python3; run as root)
set -euo pipefail

ci_dir=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$ci_dir")
readonly host=id.example.com
readonly https_port=${E2E_LOCK_HTTPS_PORT:-19443}
readonly http_port=${E2E_LOCK_HTTP_PORT:-19080}
readonly upstream_offset=${E2E_LOCK_UPSTREAM_OFFSET:-12000}
idsgen=${IDSGEN:-$repo/target/debug/idsgen}
[ -x "$idsgen" ] || (cd "$repo" && cargo build --quiet)
nginx_bin=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
[ -x "$nginx_bin" ] || { echo "error: nginx not found (apt-get install nginx-light)" >&2; exit 2; }

work=$(mktemp -d)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$work/tls"

# Certificates: a server CA + server certificate; the zone's origin-pull CA and the client
# certificate "Cloudflare" presents; a second CA whose client certificate must be refused.
ca() { # NAME
    openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=idsgen e2e $1" \
        -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" \
        -keyout "$work/tls/$1-key.pem" -out "$work/tls/$1.pem" 2>/dev/null
}
leaf() { # CA NAME CN EKU [SAN]
    openssl req -new -newkey rsa:2048 -nodes -subj "/CN=$3" \
        -keyout "$work/tls/$2-key.pem" -out "$work/tls/$2.csr" 2>/dev/null
    printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=%s\n%s' "$4" "${5:-}" \
        >"$work/tls/$2.ext"
    openssl x509 -req -in "$work/tls/$2.csr" -CA "$work/tls/$1.pem" -CAkey "$work/tls/$1-key.pem" \
        -CAcreateserial -days 1 -extfile "$work/tls/$2.ext" -out "$work/tls/$2.pem" 2>/dev/null
}
ca server-ca
ca origin-pull-ca
ca other-ca
leaf server-ca server "$host" serverAuth "subjectAltName=DNS:$host"
leaf origin-pull-ca edge-client origin-pull.example.test clientAuth
leaf other-ca stranger-client stranger.example.test clientAuth

passed=0
failed=0
check() { # NAME CONDITION-RESULT(0/1) DETAIL
    if [ "$2" -eq 0 ]; then
        passed=$((passed + 1))
        echo "ok   $1"
    else
        failed=$((failed + 1))
        echo "FAIL $1: $3"
    fi
}
status() { # CURL-ARGS...: the HTTP status of GET /echo, or 000
    curl --silent --output "$work/body" --write-out '%{http_code}' --max-time 5 \
        --cacert "$work/tls/server-ca.pem" --resolve "$host:$https_port:127.0.0.1" \
        "$@" "https://$host:$https_port/echo" || true
}
edge=(--cert "$work/tls/edge-client.pem" --key "$work/tls/edge-client-key.pem")
stranger=(--cert "$work/tls/stranger-client.pem" --key "$work/tls/stranger-client-key.pem")

readonly fdid=3f2b8c1e-0d4a-4c6b-9e7f-1a2b3c4d5e6f
start() { # NAME EDGE-RANGES [EDGE-KIND]: render, rewrite for loopback, start nginx and one upstream
    local name=$1 ranges=$2 kind=${3:-cloudflare} tree=$work/$1 edge_hop
    edge_hop="{kind: $kind, terminates_tls: true, trusted_networks: [$ranges]"
    [ "$kind" = azure-front-door ] && edge_hop="$edge_hop, front_door_id: $fdid"
    "$idsgen" render --preset onprem-nginx -o "$tree" \
        --set "proxy.hops=[$edge_hop}, {kind: nginx, terminates_tls: true, trusted_networks: [127.0.0.1/32]}]" \
        --set "nginx.origin_pull_ca_path=/etc/nginx/tls/zone-origin-pull-ca.pem" >/dev/null
    local conf=$tree/deploy/nginx site
    site=$(find "$conf/conf.d" -name '*.conf' | head -n 1)
    if [ "$kind" = cloudflare ]; then
        grep -q 'ssl_verify_client on;' "$site" || { echo "error: no ssl_verify_client in $site" >&2; exit 1; }
    fi
    mkdir -p "$tree/log"
    local port
    port=$(grep -oE '^[[:space:]]*server 127\.0\.0\.1:[0-9]+' "$site" | grep -oE '[0-9]+$' | head -n 1)
    find "$conf" -type f -name '*.conf' -print0 | xargs -0 sed -i -E \
        -e "s#^([[:space:]]*ssl_certificate)[[:space:]]+[^;]+;#\\1 $work/tls/server.pem;#" \
        -e "s#^([[:space:]]*ssl_certificate_key)[[:space:]]+[^;]+;#\\1 $work/tls/server-key.pem;#" \
        -e "s#^([[:space:]]*ssl_client_certificate)[[:space:]]+[^;]+;#\\1 $work/tls/origin-pull-ca.pem;#" \
        -e "s#/var/log/nginx/#$tree/log/#g" \
        -e "s#^([[:space:]]*listen) 80 #\\1 127.0.0.1:$http_port #" \
        -e "s#^([[:space:]]*listen) 443 #\\1 127.0.0.1:$https_port #" \
        -e "/^[[:space:]]*listen \\[::\\]/d" \
        -e "s#server 127\\.0\\.0\\.1:([0-9]+) #server 127.0.0.1:$((port + upstream_offset)) #"
    python3 "$ci_dir/e2e/upstream.py" --port "$((port + upstream_offset))" --name "$name" &
    upstream_pid=$!
    pids+=("$upstream_pid")
    local i
    for i in $(seq 50); do
        curl --silent --output /dev/null --max-time 1 "http://127.0.0.1:$((port + upstream_offset))/" && break
        sleep 0.1
    done
    "$nginx_bin" -t -q -e "$tree/log/test.log" -c "$conf/nginx.conf" -g "pid $tree/nginx.pid;"
    "$nginx_bin" -e "$tree/log/startup.log" -c "$conf/nginx.conf" -g "daemon off; pid $tree/nginx.pid;" &
    nginx_pid=$!
    pids+=("$nginx_pid")
    for i in $(seq 50); do
        [ "$(status "${edge[@]}" -H "X-Azure-FDID: $fdid")" != 000 ] && return 0
        sleep 0.1
    done
    echo "error: nginx did not answer ($name)" >&2
    cat "$tree/log/"*.log >&2 || true
    exit 1
}
stop() {
    kill "$nginx_pid" "$upstream_pid" 2>/dev/null || true
    wait "$nginx_pid" "$upstream_pid" 2>/dev/null || true
}

# Each check records its own result; a failing condition must not end the script.
set +e

# --- the edge's ranges include this client --------------------------------------------------
start open "127.0.0.1/32, 173.245.48.0/20"
code=$(status "${edge[@]}")
[ "$code" = 200 ]
check "the edge, with the zone's client certificate, gets through" $? "status $code"
code=$(status)
[ "$code" = 400 ]
check "no client certificate: 400 (No required SSL certificate was sent)" $? "status $code"
code=$(status "${stranger[@]}")
[ "$code" = 400 ]
check "a client certificate from another CA: 400" $? "status $code"
# set_real_ip_from trusts the edge, so $remote_addr becomes 203.0.113.9: a lock on $remote_addr
# (allow/deny) would refuse every real visitor; the lock keys on the connection instead.
code=$(status "${edge[@]}" -H "X-Forwarded-For: 203.0.113.9")
xff=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["headers"].get("x-forwarded-for"))' "$work/body" 2>/dev/null || echo none)
[ "$code" = 200 ] && [ "$xff" = 203.0.113.9 ]
check "a visitor's address from the edge's X-Forwarded-For is not refused (lock keys on the connection)" $? "status $code, upstream X-Forwarded-For $xff"
stop

# --- someone going around the edge ----------------------------------------------------------
start closed "173.245.48.0/20, 103.21.244.0/22"
code=$(status "${edge[@]}")
[ "$code" = 403 ]
check "outside the edge's ranges, even with a valid client certificate: 403" $? "status $code"
code=$(status "${edge[@]}" -H "X-Forwarded-For: 173.245.48.1")
[ "$code" = 403 ]
check "outside the edge's ranges, claiming an edge address in X-Forwarded-For: 403" $? "status $code"
stop

# --- Azure Front Door: its ranges are shared, the profile id decides ---------------------------
start front-door "127.0.0.1/32, 147.243.0.0/16" azure-front-door
code=$(status -H "X-Azure-FDID: $fdid")
[ "$code" = 200 ]
check "Front Door with this profile's X-Azure-FDID gets through" $? "status $code"
code=$(status)
[ "$code" = 403 ]
check "from Front Door's ranges without X-Azure-FDID: 403" $? "status $code"
code=$(status -H "X-Azure-FDID: 00000000-0000-0000-0000-000000000000")
[ "$code" = 403 ]
check "another profile's X-Azure-FDID: 403" $? "status $code"
stop

echo "e2e origin lock: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
