#!/bin/bash
SCRIPT_DIR="$(realpath "$(dirname "$0")")"
BASE_DIR="$(realpath "$(dirname "$SCRIPT_DIR")")"
source $BASE_DIR/utils.sh

INSTALL_PATH=$HOME
INSTALL_PATH=$(prompt_input_default INSTALL_PATH $INSTALL_PATH)

if ! promptyn "Clone the Sabre identity sources into $INSTALL_PATH? (y/n)"; then
    echo "Ok bye!"
    exit 1
fi

cd $INSTALL_PATH

# identity admin suite (admin UI, admin API, STS) - separate repository
git clone https://github.com/sabre-insights/Sabre.IdentityAdmin.git

# identity host (this repository)
git clone https://github.com/sabre-insights/sabre-backend-identity.git

# Still manual after cloning:
#   - edit appsettings*.json of each project (db user, db password, db name, domain)
#   - keep the Kestrel section in appsettings.Development.json / appsettings.Production.json
#   - run the admin once with /seed to create the admin account
echo "Sources cloned."
