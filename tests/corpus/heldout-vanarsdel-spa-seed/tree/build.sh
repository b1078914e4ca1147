#!/usr/bin/env bash

cd ./src/IdP

docker build -f ./Dockerfile.IdentityServer . -t vanarsdelseed_identityserver
docker build -f ./Dockerfile.IdentityServerAdministration . -t vanarsdelseed_identityserver_administration
