#!/bin/bash
# Publishes the identity admin suite (separate Sabre.IdentityAdmin repository):
# admin UI, admin API and its own STS.
SCRIPT_DIR="$(realpath "$(dirname "$0")")"
BASE_DIR="$(realpath "$(dirname "$SCRIPT_DIR")")"
ROOT_DIR="$(realpath "$(dirname "$BASE_DIR")")"
source $BASE_DIR/utils.sh

ROOT_BUILD_PATH="$ROOT_DIR/Sabre.IdentityAdmin/src"
ROOT_BUILD_PATH=$(prompt_input_default ROOT_BUILD_PATH $ROOT_BUILD_PATH)
ROOT_DEPLOY_PATH="$ROOT_DIR/sabre-srv/api"
ROOT_DEPLOY_PATH=$(prompt_input_default ROOT_DEPLOY_PATH $ROOT_DEPLOY_PATH)

if ! promptyn "Publish the identity admin suite? (y/n)"; then
    echo "Ok bye!"
    exit 1
fi

publish_component () {
    local project=$1
    local target=$2
    local build_path="$ROOT_BUILD_PATH/$project"
    local deploy_path="$ROOT_DEPLOY_PATH/$target"

    if [ ! -d $build_path ]; then
        echo "Cannot find $build_path"
        exit 1
    fi

    mkdir -p $deploy_path
    rm -rf $deploy_path/*
    cd $build_path
    dotnet publish -c Debug -o $deploy_path /p:EnvironmentName=Development
}

publish_component Sabre.IdentityAdmin.Api IdentityAdmin.Api
publish_component Sabre.IdentityAdmin.STS IdentityAdmin.STS
publish_component Sabre.IdentityAdmin IdentityAdmin
