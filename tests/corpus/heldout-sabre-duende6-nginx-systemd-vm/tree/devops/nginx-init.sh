#!/bin/bash
SCRIPT_DIR="$(realpath "$(dirname "$0")")"
source $SCRIPT_DIR/utils.sh

echo "NGINX-INIT STARTING..."

sudo apt update
sudo apt install -y nginx

if ! promptyn "Have you edited the nginx sites to route https traffic to the right ports? (y/n)"; then
    echo "Ok bye!"
    exit 1
fi

sudo nginx -t
sudo service nginx reload

echo '---------------- Installing certbot ----------------'
sudo apt install -y certbot python3-certbot-nginx

DOMAIN_TO_SECURE="preprod.sabre-insights.io"
DOMAIN_TO_SECURE=$(prompt_input_default DOMAIN_TO_SECURE $DOMAIN_TO_SECURE)

sudo certbot --nginx -d $DOMAIN_TO_SECURE
sudo systemctl status certbot.timer

echo "NGINX-INIT COMPLETE."
