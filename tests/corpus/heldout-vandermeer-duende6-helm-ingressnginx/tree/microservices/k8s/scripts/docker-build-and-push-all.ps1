param (
    [string]$RegistryName = "vandermeer",
    [string]$Context = "../../../microservices"
)
Process {
    $feed = & (Join-Path $PSScriptRoot './feed-credentials.ps1' -Resolve)

    docker build -f ../../microservice.stock/src/Vandermeer.Larder.Stock/Dockerfile $Context -t $RegistryName/larder-stock:latest `
        --build-arg FEED_USERNAME="$($feed.Username)" --build-arg FEED_TOKEN="$($feed.Token)"

    docker build -f ../../microservice.identity/src/Vandermeer.Larder.Identity/Dockerfile $Context -t $RegistryName/larder-identity:latest `
        --build-arg FEED_USERNAME="$($feed.Username)" --build-arg FEED_TOKEN="$($feed.Token)"

    docker build ../../ui-larder -t $RegistryName/larder-ui:latest --build-arg ENVIRONMENT="production"

    docker push $RegistryName/larder-stock:latest
    docker push $RegistryName/larder-identity:latest
    docker push $RegistryName/larder-ui:latest
}
