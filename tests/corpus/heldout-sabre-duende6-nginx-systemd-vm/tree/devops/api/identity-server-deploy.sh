#!/bin/bash
SCRIPT_DIR="$(realpath "$(dirname "$0")")"
BASE_DIR="$(realpath "$(dirname "$SCRIPT_DIR")")"
source $BASE_DIR/utils.sh

echo '---------------- Publishing the Sabre identity host ----------------'
BUILD_PATH="$HOME/sabre-backend-identity/src/SabreIdentity"
BUILD_PATH=$(prompt_input_default BUILD_PATH $BUILD_PATH)

DEPLOY_PATH="$HOME/sabre-srv/api/SabreIdentity"
DEPLOY_PATH=$(prompt_input_default DEPLOY_PATH $DEPLOY_PATH)

if ! promptyn "Publish $BUILD_PATH to $DEPLOY_PATH? (y/n)"; then
    echo "Ok bye!"
    exit 1
fi

mkdir -p $DEPLOY_PATH

if [ -d $BUILD_PATH ]
then
    echo "Purging $DEPLOY_PATH..."
    rm -rf $DEPLOY_PATH/*

    cd $BUILD_PATH
    # dotnet publish -c Release -o $DEPLOY_PATH /p:EnvironmentName=Production
    dotnet publish -c Release -o $DEPLOY_PATH
else
    echo "Cannot find BUILD_PATH: $BUILD_PATH"
    exit 1
fi
