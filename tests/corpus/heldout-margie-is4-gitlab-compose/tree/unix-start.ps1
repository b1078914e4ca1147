# Kestrel in the container serves the dev certificate exported here
dotnet dev-certs https -ep ${HOME}/.aspnet/https/passport-dev.pfx -p wanderlust
dotnet dev-certs https --trust

docker-compose up --build passport
