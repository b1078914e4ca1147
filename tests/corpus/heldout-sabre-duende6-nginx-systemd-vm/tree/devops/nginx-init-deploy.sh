#!/bin/bash
SCRIPT_DIR="$(realpath "$(dirname "$0")")"
ROOT_DIR="$(realpath "$(dirname "$SCRIPT_DIR")")"
CONF_PATH="$SCRIPT_DIR/config"
source $SCRIPT_DIR/utils.sh

echo "NGINX-DEPLOY STARTING..."

SABRE_ENV="preprod"
SABRE_ENV=$(prompt_input_default SABRE_ENV $SABRE_ENV)

if ! promptyn "Deploy the $SABRE_ENV nginx sites? (y/n)"; then
    echo "Ok bye!"
    exit 1
fi

sudo cp $CONF_PATH/nginx/$SABRE_ENV/sabre-$SABRE_ENV-api /etc/nginx/sites-available
sudo cp $CONF_PATH/nginx/$SABRE_ENV/sabre-$SABRE_ENV-idserver-admin /etc/nginx/sites-available
sudo cp $CONF_PATH/nginx/$SABRE_ENV/sabre-$SABRE_ENV-idserver-adminapi /etc/nginx/sites-available

cd /etc/nginx/sites-enabled
sudo ln -s /etc/nginx/sites-available/sabre-$SABRE_ENV-api sabre-$SABRE_ENV-api
sudo ln -s /etc/nginx/sites-available/sabre-$SABRE_ENV-idserver-admin sabre-$SABRE_ENV-idserver-admin
sudo ln -s /etc/nginx/sites-available/sabre-$SABRE_ENV-idserver-adminapi sabre-$SABRE_ENV-idserver-adminapi

sudo nginx -t
sudo service nginx reload

echo '---------------- Opening the firewall ----------------'
# 4000 core API, 5000 identity host, 44010/44002 identity admin UI/API
sudo firewall-cmd --zone=public --add-port=4000/tcp --permanent
sudo firewall-cmd --zone=public --add-port=5000/tcp --permanent
sudo firewall-cmd --zone=public --add-port=44010/tcp --permanent
sudo firewall-cmd --zone=public --add-port=44002/tcp --permanent
sudo firewall-cmd --reload
sudo firewall-cmd --list-all

echo "NGINX-DEPLOY COMPLETE."
