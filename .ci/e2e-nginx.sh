#!/usr/bin/env bash
# End-to-end through a real nginx: the generated deploy/nginx/ config in front of two stand-in
# Kestrel instances (.ci/e2e/upstream.py), on loopback high ports, checked with curl.
# Usage: .ci/e2e-nginx.sh [TREE]   (default: renders the onprem-nginx preset)
# Only ports, certificate and log paths are rewritten; every other directive runs as rendered.
# Run as root (nginx switches workers to the rendered `user`). Stops everything it started.
set -euo pipefail

ci_dir=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$ci_dir")
readonly host=id.example.com
readonly http_port=${E2E_HTTP_PORT:-18080}
readonly https_port=${E2E_HTTPS_PORT:-18443}
readonly upstream_offset=${E2E_UPSTREAM_OFFSET:-10000}

nginx_bin=${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}
[ -x "$nginx_bin" ] || { echo "error: nginx not found (apt-get install nginx-light)" >&2; exit 2; }
for tool in curl openssl python3; do
    command -v "$tool" >/dev/null || { echo "error: $tool not found" >&2; exit 2; }
done

work=$(mktemp -d)
pids=()
cleanup() {
    local pid
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
    for pid in "${pids[@]}"; do
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$work"
}
trap cleanup EXIT

# --- the tree ---------------------------------------------------------------------------------
if [ $# -ge 1 ]; then
    tree=$1
else
    idsgen=${IDSGEN:-$repo/target/debug/idsgen}
    if [ ! -x "$idsgen" ]; then
        (cd "$repo" && cargo build --quiet)
    fi
    tree=$work/tree
    "$idsgen" render --preset onprem-nginx -o "$tree" >/dev/null
fi
[ -f "$tree/deploy/nginx/nginx.conf" ] || { echo "error: no deploy/nginx/nginx.conf under $tree" >&2; exit 2; }
cp -r "$tree/deploy/nginx" "$work/nginx"
mkdir -p "$work/tls" "$work/log"
site=$(find "$work/nginx/conf.d" -name '*.conf' | head -n 1)

# A throwaway CA and a server certificate it signs, as a real deployment has: rustls (idsgen
# verify) refuses a self-signed CA certificate used as the server's own (CaUsedAsEndEntity).
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=idsgen e2e test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign" \
    -keyout "$work/tls/ca-key.pem" -out "$work/tls/ca.pem" 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -subj "/CN=$host" \
    -keyout "$work/tls/key.pem" -out "$work/tls/server.csr" 2>/dev/null
printf 'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:%s\n' "$host" \
    >"$work/tls/server.ext"
openssl x509 -req -in "$work/tls/server.csr" -CA "$work/tls/ca.pem" -CAkey "$work/tls/ca-key.pem" \
    -CAcreateserial -days 1 -extfile "$work/tls/server.ext" -out "$work/tls/cert.pem" 2>/dev/null

# Upstream instances: the rendered loopback ports, shifted by the offset so a local service on
# 5001 cannot answer in their place.
mapfile -t instance_ports < <(grep -oE '^[[:space:]]*server 127\.0\.0\.1:[0-9]+' "$site" | grep -oE '[0-9]+$')
[ "${#instance_ports[@]}" -ge 2 ] || { echo "error: expected at least two upstream instances in $site" >&2; exit 2; }
sed_args=(
    -e "s#^([[:space:]]*ssl_certificate)[[:space:]]+[^;]+;#\\1 $work/tls/cert.pem;#"
    -e "s#^([[:space:]]*ssl_certificate_key)[[:space:]]+[^;]+;#\\1 $work/tls/key.pem;#"
    -e "s#/var/log/nginx/#$work/log/#g"
    -e "s#^([[:space:]]*listen) 80 #\\1 127.0.0.1:$http_port #"
    -e "s#^([[:space:]]*listen) 443 #\\1 127.0.0.1:$https_port #"
    -e "/^[[:space:]]*listen \\[::\\]/d"
)
for port in "${instance_ports[@]}"; do
    sed_args+=(-e "s#server 127\\.0\\.0\\.1:$port #server 127.0.0.1:$((port + upstream_offset)) #")
done
find "$work/nginx" -type f -name '*.conf' -print0 | xargs -0 sed -i -E "${sed_args[@]}"

# --- start ------------------------------------------------------------------------------------
wait_for() { # URL [CURL-ARGS...]: bounded wait until something answers
    local i url=$1
    shift
    for i in $(seq 50); do
        if curl --silent --output /dev/null --max-time 1 "$@" "$url"; then
            return 0
        fi
        sleep 0.1
    done
    echo "error: nothing answered at $url after ${i} tries" >&2
    return 1
}

upstream_pids=()
n=0
for port in "${instance_ports[@]}"; do
    n=$((n + 1))
    python3 "$ci_dir/e2e/upstream.py" --port "$((port + upstream_offset))" --name "instance$n" &
    pids+=("$!")
    upstream_pids+=("$!")
done
for port in "${instance_ports[@]}"; do
    wait_for "http://127.0.0.1:$((port + upstream_offset))/"
done

"$nginx_bin" -t -q -e "$work/log/test.log" -c "$work/nginx/nginx.conf" -g "pid $work/nginx.pid;"
"$nginx_bin" -e "$work/log/startup.log" -c "$work/nginx/nginx.conf" -g "daemon off; pid $work/nginx.pid;" &
pids+=("$!")
# An IP address sends no SNI, which the default server refuses: ask by the public name.
wait_for "https://$host:$https_port/" --cacert "$work/tls/ca.pem" --resolve "$host:$https_port:127.0.0.1" ||
    { cat "$work/log/"*.log >&2; exit 1; }

# Each check records its own result; a failing condition must not end the script.
set +e

# --- checks -----------------------------------------------------------------------------------
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
https() { # curl against the public name over TLS, verifying the test certificate
    curl --silent --show-error --max-time 5 --cacert "$work/tls/ca.pem" \
        --resolve "$host:$https_port:127.0.0.1" "$@"
}
url() { echo "https://$host:$https_port$1"; }
json() { # FILE EXPR: evaluates a Python expression over the upstream's JSON echo `j`
    python3 -c 'import json,sys; j=json.load(open(sys.argv[1])); print(eval(sys.argv[2]))' "$1" "$2" 2>/dev/null || echo "<no json>"
}
hsts_age() { # HEADERS-FILE: max-age of the Strict-Transport-Security header, or 0
    grep -i '^strict-transport-security:' "$1" | grep -oE 'max-age=[0-9]+' | head -n 1 | cut -d= -f2 || echo 0
}
status_of() { head -n 1 "$1" | awk '{ print $2 }'; }

# 1. HTTP redirects to HTTPS with 308.
out=$(curl --silent --max-time 5 --output /dev/null --write-out '%{http_code} %{redirect_url}' \
    --resolve "$host:$http_port:127.0.0.1" "http://$host:$http_port/connect/authorize?x=1")
[[ "$out" == "308 https://$host/connect/authorize?x=1" ]]
check "http -> https 308" $? "got '$out'"

# 2. HSTS on a normal response, and what the upstream saw.
https --dump-header "$work/h1" --output "$work/b1" \
    -H "X-Forwarded-For: 203.0.113.66" -H "X-Forwarded-Host: evil.example" -H "X-Forwarded-Proto: http" "$(url /echo)"
age=$(hsts_age "$work/h1")
[ "$(status_of "$work/h1")" = 200 ] && [ "${age:-0}" -ge 31536000 ] && grep -qi '^strict-transport-security:.*includeSubDomains.*preload' "$work/h1"
check "HSTS >= 1 year with includeSubDomains and preload on a 200" $? "status $(status_of "$work/h1"), max-age ${age:-none}"
v=$(json "$work/b1" 'j["headers"].get("x-forwarded-proto")')
[ "$v" = https ]
check "upstream sees X-Forwarded-Proto https (client's value replaced)" $? "got $v"
v=$(json "$work/b1" 'j["headers"].get("x-forwarded-host")')
[ "$v" = "$host" ]
check "upstream sees X-Forwarded-Host = the public host" $? "got $v"
v=$(json "$work/b1" 'j["headers"].get("x-forwarded-for")')
[ "$v" = 127.0.0.1 ]
check "upstream sees the client address in X-Forwarded-For (spoofed value dropped)" $? "got $v"
v=$(json "$work/b1" 'j["headers"].get("host")')
[ "$v" = "$host" ]
check "upstream sees Host = the public host" $? "got $v"
v=$(json "$work/b1" '"connection" in j["headers"]')
[ "$v" = False ]
check "no Connection header to the upstream (keepalive)" $? "connection header present: $v"

# 3. HSTS on an error from the upstream.
https --dump-header "$work/h2" --output /dev/null "$(url /status/404)"
age=$(hsts_age "$work/h2")
[ "$(status_of "$work/h2")" = 404 ] && [ "${age:-0}" -ge 31536000 ]
check "HSTS on an upstream 404" $? "status $(status_of "$work/h2"), max-age ${age:-none}"

# 4. Large OIDC cookies both ways.
https --dump-header "$work/h3" --output /dev/null "$(url /big-cookie)"
cookie_len=$(grep -i '^set-cookie:' "$work/h3" | wc -c)
[ "$(status_of "$work/h3")" = 200 ] && [ "$cookie_len" -ge 12288 ]
check "12 KB Set-Cookie from the upstream passes (no 502)" $? "status $(status_of "$work/h3"), Set-Cookie ${cookie_len} bytes"
big=$(head -c 12288 /dev/zero | tr '\0' 'c')
for proto in --http1.1 --http2; do
    code=$(https "$proto" --output "$work/b4" --write-out '%{http_code}' -H "Cookie: idsrv.big=$big" "$(url /echo)")
    got=$(json "$work/b4" 'len(j["headers"].get("cookie", ""))')
    [ "$code" = 200 ] && [ "$got" -ge 12288 ] 2>/dev/null
    check "12 KB Cookie request header passes over ${proto#--} (no 400)" $? "status $code, upstream got ${got} bytes"
done

# 5. Health and metrics are not public (any case, trailing slash), and never reach the upstream.
for path in /health/ready /health/live /metrics /HEALTH/Ready /metrics/ /health/ready?full=1; do
    code=$(https --output "$work/b5" --write-out '%{http_code}' "$(url "$path")")
    ! grep -q '"instance"' "$work/b5" && [ "$code" -ge 400 ]
    check "$path refused from the public side" $? "status $code"
done

# 6. Both instances take traffic.
seen=""
for _ in $(seq 8); do
    https --output "$work/b6" "$(url /echo)"
    seen="$seen $(json "$work/b6" 'j["instance"]')"
done
[[ "$seen" == *instance1* && "$seen" == *instance2* ]]
check "the upstream balances across both instances" $? "served by:$seen"

# 7. A burst on the token endpoint gets 429s, and the 429s carry HSTS.
burst=()
for _ in $(seq 40); do
    burst+=(--data grant_type=client_credentials --output /dev/null "$(url /connect/token)")
done
https --write-out '%{http_code} %header{strict-transport-security}\n' "${burst[@]}" >"$work/burst" || true
ok_count=$(grep -c '^200 ' "$work/burst" || true)
limited=$(grep -c '^429 ' "$work/burst" || true)
[ "$ok_count" -gt 0 ] && [ "$limited" -gt 0 ]
check "a burst of 40 on /connect/token gets 429s" $? "$ok_count x 200, $limited x 429"
no_hsts=$(grep '^429 ' "$work/burst" | grep -vc 'max-age=' || true)
[ "$limited" -gt 0 ] && [ "$no_hsts" -eq 0 ]
check "HSTS on the 429 responses" $? "$no_hsts of $limited without HSTS"

# 8. Other names never reach IdentityServer: unknown SNI fails the handshake, a foreign Host 421.
curl --silent --max-time 5 --insecure --output /dev/null --resolve "other.example:$https_port:127.0.0.1" \
    "https://other.example:$https_port/echo"
rc=$?
[ "$rc" -ne 0 ]
check "TLS for an unknown name is refused in the handshake" $? "curl exit $rc"
code=$(https --output "$work/b7" --write-out '%{http_code}' -H "Host: evil.example" "$(url /echo)")
[ "$code" = 421 ] && ! grep -q '"instance"' "$work/b7"
check "a foreign Host header over a valid TLS session gets 421" $? "status $code"

# 9. `idsgen verify` through the real nginx: the live checks a release pipeline runs after a
#    deploy, against the rendered spec. --connect-to maps the public ports to the test listeners.
#    The burst of step 7 left the token zone full (burst 20 at 10 r/s, nodelay): on an idle
#    machine verify's two CORS preflights to /connect/token came within 100 ms of each other
#    and the second got 429 (2026-12-04). Let the zone drain (2 s) before verifying.
sleep 3
idsgen_bin=${IDSGEN:-$repo/target/debug/idsgen}
if [ -x "$idsgen_bin" ]; then
    "$idsgen_bin" verify "https://$host" --spec "$tree/idsgen.yaml" --cacert "$work/tls/ca.pem" \
        --connect-to "$host:443:127.0.0.1:$https_port" --connect-to "$host:80:127.0.0.1:$http_port" \
        --samples 8 --timeout 5 >"$work/verify.txt" 2>&1
    rc=$?
    [ "$rc" -eq 0 ]
    check "idsgen verify passes every live check through nginx" $? "exit $rc: $(grep -E '^ *FAIL|error' "$work/verify.txt" | head -n 5)"
    [ "$rc" -eq 0 ] || cat "$work/verify.txt"
else
    check "idsgen verify passes every live check through nginx" 1 "no idsgen binary at $idsgen_bin"
fi

# 10. Instance 1 down: requests still succeed through instance 2.
kill "${upstream_pids[0]}"
wait "${upstream_pids[0]}" 2>/dev/null || true
bad=0
served=""
for _ in $(seq 10); do
    code=$(https --output "$work/b8" --write-out '%{http_code}' "$(url /echo)" || true)
    [ "$code" = 200 ] || bad=$((bad + 1))
    served="$served $(json "$work/b8" 'j["instance"]')"
done
[ "$bad" -eq 0 ] && [[ "$served" != *instance1* ]]
check "with instance 1 stopped, 10 of 10 requests succeed via instance 2" $? "$bad failed; served by:$served"

echo
echo "$passed passed, $failed failed"
if [ "$failed" -ne 0 ]; then
    echo "--- nginx error log" >&2
    cat "$work/log/"*.log >&2 || true
    exit 1
fi
