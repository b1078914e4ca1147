docker build . -f Dockerfile -t common_image:1.0.38 -t common_image:latest
docker build . -f IdentityServer/Dockerfile -t duffops/identityserver:1.0.38 -t duffops/identityserver:latest
docker build . -f WebApp/Dockerfile -t duffops/webapp:1.0.38 -t duffops/webapp:latest
docker build . -f duffwebapi/Dockerfile -t duffops/duffwebapi:1.0.38 -t duffops/duffwebapi:latest

pause
