#!/usr/bin/env bash
# Proves a rendered deploy/nginx/ tree with the real tools: `nginx -t` (the packaged nginx, run as
# root) with a throwaway self-signed certificate, then gixy-next with zero findings.
# Usage: .ci/validate-nginx.sh TREE   (TREE holds deploy/nginx/nginx.conf, or is deploy/nginx/)
# Only the certificate paths and log paths are rewritten; everything else is tested as rendered.
# Accepted gixy findings live in .ci/gixy-skips.txt: `plugin  # reason`, one per line.
set -euo pipefail

ci_dir=$(cd "$(dirname "$0")" && pwd)
repo=$(dirname "$ci_dir")

if [ $# -ne 1 ]; then
    echo "usage: $0 TREE" >&2
    exit 2
fi
src=$1
if [ -f "$src/deploy/nginx/nginx.conf" ]; then
    src=$src/deploy/nginx
elif [ ! -f "$src/nginx.conf" ]; then
    echo "error: no deploy/nginx/nginx.conf under $1" >&2
    exit 2
fi

nginx_bin=${NGINX:-$(command -v nginx || true)}
if [ -z "$nginx_bin" ] && [ -x /usr/sbin/nginx ]; then
    nginx_bin=/usr/sbin/nginx
fi
gixy_bin=${GIXY:-$repo/.venv/bin/gixy}
if [ ! -x "$gixy_bin" ]; then
    gixy_bin=$(command -v gixy || true)
fi
for tool in "$nginx_bin" "$gixy_bin"; do
    if [ -z "$tool" ]; then
        echo "error: nginx or gixy not found (apt-get install nginx-light; pip install gixy-next==0.9.0 into .venv)" >&2
        exit 2
    fi
done
command -v openssl >/dev/null || { echo "error: openssl not found" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$src" "$work/nginx"
mkdir -p "$work/tls" "$work/log"
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=localhost" \
    -keyout "$work/tls/key.pem" -out "$work/tls/cert.pem" 2>/dev/null

# The certificates the spec names (and a Cloudflare origin-pull CA) exist only on the real hosts; logs go to the temp dir so the
# test needs no /var/log/nginx.
find "$work/nginx" -type f -name '*.conf' -print0 | xargs -0 sed -i -E \
    -e "s#^([[:space:]]*ssl_certificate)[[:space:]]+[^;]+;#\\1 $work/tls/cert.pem;#" \
    -e "s#^([[:space:]]*ssl_certificate_key)[[:space:]]+[^;]+;#\\1 $work/tls/key.pem;#" \
    -e "s#^([[:space:]]*ssl_client_certificate)[[:space:]]+[^;]+;#\\1 $work/tls/cert.pem;#" \
    -e "s#/var/log/nginx/#$work/log/#g"

failed=0
echo "nginx -t: $src"
if ! "$nginx_bin" -t -q -e /dev/stderr -c "$work/nginx/nginx.conf" -g "pid $work/nginx.pid;"; then
    echo "FAIL nginx -t rejected $src" >&2
    failed=1
fi

skips=""
if [ -f "$ci_dir/gixy-skips.txt" ]; then
    skips=$(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$ci_dir/gixy-skips.txt" | grep -v '^$' | paste -sd, - || true)
fi
gixy_args=(-f text)
if [ -n "$skips" ]; then
    gixy_args+=(--skips "$skips")
fi
echo "gixy-next: $src${skips:+ (skipping $skips)}"
# gixy resolves relative includes against the directory it runs in, as nginx does against the
# directory of nginx.conf.
if ! (cd "$work/nginx" && "$gixy_bin" "${gixy_args[@]}" "$work/nginx/nginx.conf"); then
    echo "FAIL gixy-next reported findings for $src" >&2
    failed=1
fi

if [ "$failed" -ne 0 ]; then
    exit 1
fi
echo "ok: nginx -t and gixy-next passed for $src"
