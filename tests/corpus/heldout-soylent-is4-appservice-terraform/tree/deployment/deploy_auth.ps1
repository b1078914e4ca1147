# Builds the token service image and pushes it to the registry; App Service pulls :latest on restart.
$registryName   = "soylentregistry"
$registryServer = "$registryName.azurecr.io"
$registryPw     = "q7Vw2+KdL0pXzR8tYbN4sHe6MfJc1GuA"
$tag            = "$registryServer/soyl-auth:latest"

docker login $registryServer -u $registryName -p $registryPw
docker build --tag "$tag" -f ../src/Soylent.App.Auth/Dockerfile ../
docker push $tag
