#!/bin/bash
# systemd units for the identity admin suite (admin UI, admin API, admin STS).
SCRIPT_DIR="$(realpath "$(dirname "$0")")"
BASE_DIR="$(realpath "$(dirname "$SCRIPT_DIR")")"
ROOT_DIR="$(realpath "$(dirname "$BASE_DIR")")"
source $BASE_DIR/utils.sh

ROOT_DEPLOY_PATH="$ROOT_DIR/sabre-srv/api"
ROOT_DEPLOY_PATH=$(prompt_input_default ROOT_DEPLOY_PATH $ROOT_DEPLOY_PATH)

install_unit () {
    local name=$1
    local folder=$2
    local dll=$3

    cat > /tmp/run.$name.service << EOF2
[Unit]
Description=Sabre $name
Wants=network-online.target
After=multi-user.target

[Service]
User=$USER
Type=simple
WorkingDirectory=$ROOT_DEPLOY_PATH/$folder
Restart=always
RestartSec=5
ExecStart=/usr/bin/dotnet $dll
KillSignal=SIGINT
SyslogIdentifier=run.$name.service
Environment=ASPNETCORE_ENVIRONMENT=Development
Environment=DOTNET_PRINT_TELEMETRY_MESSAGE=false

[Install]
WantedBy=multi-user.target
EOF2

    sudo mv /tmp/run.$name.service /etc/systemd/system
    sudo systemctl daemon-reload
    sudo systemctl enable run.$name.service
}

install_unit sabre-identity-admin-api IdentityAdmin.Api Sabre.IdentityAdmin.Api.dll
install_unit sabre-identity-admin-sts IdentityAdmin.STS Sabre.IdentityAdmin.STS.dll
install_unit sabre-identity-admin IdentityAdmin Sabre.IdentityAdmin.dll
