#!/bin/bash
# systemd unit for the Sabre core API (separate sabre-backend-api repository).
SCRIPT_DIR="$(realpath "$(dirname "$0")")"
BASE_DIR="$(realpath "$(dirname "$SCRIPT_DIR")")"
ROOT_DIR="$(realpath "$(dirname "$BASE_DIR")")"
source $BASE_DIR/utils.sh

DEPLOY_PATH="$ROOT_DIR/sabre-srv/api/ApiCore"
DEPLOY_PATH=$(prompt_input_default DEPLOY_PATH $DEPLOY_PATH)

cat > /tmp/run.sabre-api-core.service << EOF2
[Unit]
Description=Sabre API Core
Wants=network-online.target
After=multi-user.target

[Service]
User=$USER
Type=simple
WorkingDirectory=$DEPLOY_PATH
Restart=always
RestartSec=5
ExecStart=/usr/bin/dotnet Sabre.ApiCore.dll
KillSignal=SIGINT
SyslogIdentifier=run.sabre-api-core.service
Environment=ASPNETCORE_ENVIRONMENT=Development
Environment=DOTNET_PRINT_TELEMETRY_MESSAGE=false

[Install]
WantedBy=multi-user.target
EOF2

sudo mv /tmp/run.sabre-api-core.service /etc/systemd/system
sudo systemctl daemon-reload
sudo systemctl enable run.sabre-api-core.service
