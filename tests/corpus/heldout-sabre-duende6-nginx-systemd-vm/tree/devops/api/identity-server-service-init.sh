#!/bin/bash
SCRIPT_DIR="$(realpath "$(dirname "$0")")"
BASE_DIR="$(realpath "$(dirname "$SCRIPT_DIR")")"
source $BASE_DIR/utils.sh

DEPLOY_PATH="$HOME/sabre-srv/api/SabreIdentity"
DEPLOY_PATH=$(prompt_input_default DEPLOY_PATH $DEPLOY_PATH)

if ! promptyn "Install the systemd unit for $DEPLOY_PATH? (y/n)"; then
    echo "Ok bye!"
    exit 1
fi

echo '---------------- Writing run.sabre-identity-server.service ----------------'

cat > /tmp/run.sabre-identity-server.service << EOF2
[Unit]
Description=Sabre Identity Server
Wants=network-online.target
After=multi-user.target

[Service]
User=$USER
Type=simple
WorkingDirectory=$DEPLOY_PATH
Restart=always
RestartSec=5
LimitNOFILE=131072
ExecStart=/usr/bin/dotnet SabreIdentity.dll
KillSignal=SIGINT
RestartKillSignal=SIGINT
TimeoutStopSec=2
SuccessExitStatus=143
SyslogIdentifier=run.sabre-identity-server.service
Environment=ASPNETCORE_ENVIRONMENT=Development
Environment=DOTNET_PRINT_TELEMETRY_MESSAGE=false

[Install]
WantedBy=multi-user.target
EOF2

sudo mv /tmp/run.sabre-identity-server.service /etc/systemd/system
sudo systemctl daemon-reload
sudo systemctl enable run.sabre-identity-server.service
sudo systemctl status run.sabre-identity-server.service
