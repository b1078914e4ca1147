#!/bin/bash
SCRIPT_DIR="$(realpath "$(dirname "$0")")"
source $SCRIPT_DIR/utils.sh

echo "POSTGRES-INIT STARTING..."

wget --quiet -O - https://www.postgresql.org/media/keys/ACCC4CF8.asc | sudo apt-key add -
echo "deb [arch=amd64] http://apt.postgresql.org/pub/repos/apt/ $(lsb_release -cs)-pgdg main" | sudo tee /etc/apt/sources.list.d/pgdg.list

sudo apt-get update
sudo apt-get -y install postgresql-14
sudo systemctl enable --now postgresql

# one superuser shared by every Sabre service on this box
sudo -u postgres psql <<'SQL'
CREATE ROLE sabre SUPERUSER LOGIN;
ALTER USER sabre PASSWORD 'sabre';
CREATE DATABASE sabre_admin OWNER sabre;
SQL

echo "POSTGRES-INIT COMPLETE."
