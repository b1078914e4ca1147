# Produces the idempotent SQL scripts (see tools/database) and copies them here.
docker build --tag "soyl-dbscripts:latest" -f ../tools/database/Soylent.Database/Dockerfile ../
docker run -d "soyl-dbscripts:latest"
$id = (docker ps -alq)
docker cp ${id}:/app.sql .
docker cp ${id}:/is_configuration.sql .
docker cp ${id}:/is_persistedgrant.sql .
docker stop -t 0 $id
