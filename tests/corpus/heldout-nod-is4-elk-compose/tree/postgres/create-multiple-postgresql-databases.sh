#!/bin/bash
# Creates one database (and an owner role of the same name) per entry
# of the comma-separated POSTGRES_MULTIPLE_DATABASES variable.
set -eu

make_database() {
  local name="$1"
  echo "creating database ${name}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" <<-SQL
	CREATE USER ${name};
	CREATE DATABASE ${name};
	GRANT ALL PRIVILEGES ON DATABASE ${name} TO ${name};
	GRANT ALL PRIVILEGES ON DATABASE ${name} TO postgres;
SQL
}

if [ -n "${POSTGRES_MULTIPLE_DATABASES:-}" ]; then
  for name in ${POSTGRES_MULTIPLE_DATABASES//,/ }; do
    make_database "$name"
  done
fi
