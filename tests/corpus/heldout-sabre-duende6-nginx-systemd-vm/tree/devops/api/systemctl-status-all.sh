#!/bin/bash
# Shows (and optionally starts/stops) the Sabre services on this VM.
ACTION=$1

for unit in run.sabre-api-core run.sabre-identity-admin-api run.sabre-identity-admin-sts run.sabre-identity-admin; do
    state=$(sudo systemctl is-active $unit.service)
    echo "$unit: $state"
    if [[ $ACTION == "stop" && $state == "active" ]]; then
        sudo systemctl stop $unit.service
    elif [[ $ACTION == "start" && $state != "active" ]]; then
        sudo systemctl start $unit.service
    fi
done

# identity host is managed on its own for now
# sudo systemctl status run.sabre-identity-server.service | head -3
