FROM postgres
COPY create-multiple-postgresql-databases.sh /docker-entrypoint-initdb.d/
