#!/bin/bash
# CI only: pulumi up for $STACK, then hand the stack outputs to later pipeline steps.
set -e
export PATH=$PATH:$HOME/.pulumi/bin
pushd infra
pulumi login
npm install
pulumi stack select $STACK
pulumi up --yes

echo "##vso[task.setvariable variable=kvUri;isOutput=true]$(pulumi stack output kvUri)"
echo "##vso[task.setvariable variable=acrName;isOutput=true]$(pulumi stack output acrName)"
echo "##vso[task.setvariable variable=webAppResourceId;isOutput=true]$(pulumi stack output webAppResourceId)"
echo "##vso[task.setvariable variable=identityAppResourceId;isOutput=true]$(pulumi stack output identityAppResourceId)"
popd
