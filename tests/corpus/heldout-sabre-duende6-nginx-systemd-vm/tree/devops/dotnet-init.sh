#!/bin/bash
SCRIPT_DIR="$(realpath "$(dirname "$0")")"
source $SCRIPT_DIR/utils.sh

echo "DOTNET-INIT STARTING..."

wget https://packages.microsoft.com/config/ubuntu/20.04/packages-microsoft-prod.deb -O packages-microsoft-prod.deb
sudo dpkg -i packages-microsoft-prod.deb
rm packages-microsoft-prod.deb

sudo apt-get update
sudo apt-get install -y apt-transport-https dotnet-sdk-6.0

echo "DOTNET-INIT COMPLETE."
