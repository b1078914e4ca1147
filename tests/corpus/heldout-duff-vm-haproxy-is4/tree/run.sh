#!/bin/bash
# Deploy on the VM: pull the latest main and recreate the stack.
cd /home/duffops/duff
sudo git clean -fdx
git checkout .
git fetch
git pull

sudo docker system prune -a -f
sudo docker image prune -f
sudo docker volume prune -f

sudo docker compose -f docker-compose.yml build
sudo docker compose -f docker-compose.yml up -d --remove-orphans
