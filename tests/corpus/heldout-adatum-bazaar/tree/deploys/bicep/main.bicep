param location string = resourceGroup().location
param uniqueSeed string = '${subscription().subscriptionId}-${resourceGroup().name}'
param uniqueSuffix string = 'bazaar-${uniqueString(uniqueSeed)}'

param environmentName string = 'env-${uniqueSuffix}'
param appInsightsName string = 'appi-${uniqueSuffix}'
param logAnalyticsWorkspaceName string = 'log-${uniqueSuffix}'
param redisName string = 'redis-${uniqueSuffix}'

param minReplicas int = 0

// Gateway (BFF)
param gatewayAppName string = 'gatewayapp'
param gatewayAppImage string = 'ghcr.io/adatum-labs/bazaar/gatewayapp-v6:0.1.0'
param gatewayAppPort int = 80

// Shopping cart
param shoppingCartAppName string = 'shoppingcartapp'
param shoppingCartAppImage string = 'ghcr.io/adatum-labs/bazaar/shoppingcartapp-v6:0.1.0'
param shoppingCartAppPort int = 5004

// Storefront
param storefrontAppName string = 'storefront'
param storefrontAppImage string = 'ghcr.io/adatum-labs/bazaar/storefront-v6:0.1.0'
param storefrontAppPort int = 3000

// Identity
param identityAppName string = 'identityapp'
param identityAppImage string = 'ghcr.io/adatum-labs/bazaar/identityapp-v6:0.1.0'
param identityAppPort int = 80

module redisModule 'modules/redis.bicep' = {
  name: '${deployment().name}--redis'
  params: {
    redisName: redisName
    location: location
  }
}

module environment 'modules/environment.bicep' = {
  name: '${deployment().name}--environment'
  params: {
    environmentName: environmentName
    appInsightsName: appInsightsName
    logAnalyticsWorkspaceName: logAnalyticsWorkspaceName
    location: location
  }
}

module shoppingCartApp 'modules/container-http.bicep' = {
  name: '${deployment().name}--${shoppingCartAppName}'
  dependsOn: [
    environment
  ]
  params: {
    enableIngress: true
    isExternalIngress: true
    location: location
    environmentName: environmentName
    containerAppName: shoppingCartAppName
    containerImage: shoppingCartAppImage
    containerPort: shoppingCartAppPort
    minReplicas: minReplicas
    env: [
      {
        name: 'ASPNETCORE_ENVIRONMENT'
        value: 'Development'
      }
      {
        name: 'ASPNETCORE_URLS'
        value: 'http://+:5004'
      }
    ]
    secrets: []
  }
}

module gatewayApp 'modules/container-http.bicep' = {
  name: '${deployment().name}--${gatewayAppName}'
  dependsOn: [
    environment
    shoppingCartApp
  ]
  params: {
    enableIngress: true
    isExternalIngress: true
    location: location
    environmentName: environmentName
    containerAppName: gatewayAppName
    containerImage: gatewayAppImage
    containerPort: gatewayAppPort
    minReplicas: minReplicas
    env: [
      {
        name: 'Redis'
        value: redisModule.outputs.redisHost
      }
      {
        name: 'ASPNETCORE_ENVIRONMENT'
        value: 'Development'
      }
      {
        name: 'ReverseProxy__Clusters__cartCluster__Destinations__destination1__Address'
        value: 'https://${shoppingCartApp.outputs.fqdn}'
      }
    ]
    secrets: []
  }
}

module identityApp 'modules/container-http.bicep' = {
  name: '${deployment().name}--${identityAppName}'
  dependsOn: [
    environment
    gatewayApp
  ]
  params: {
    enableIngress: true
    isExternalIngress: true
    location: location
    environmentName: environmentName
    containerAppName: identityAppName
    containerImage: identityAppImage
    containerPort: identityAppPort
    minReplicas: minReplicas
    env: [
      {
        name: 'ASPNETCORE_ENVIRONMENT'
        value: 'Development'
      }
      {
        name: 'PublicClientUrl'
        value: 'https://${gatewayApp.outputs.fqdn}'
      }
      {
        name: 'InternalClientUrl'
        value: 'https://localhost'
      }
    ]
    secrets: []
  }
}

module storefrontApp 'modules/container-http.bicep' = {
  name: '${deployment().name}--${storefrontAppName}'
  dependsOn: [
    environment
    gatewayApp
  ]
  params: {
    enableIngress: true
    isExternalIngress: true
    enableDapr: false
    location: location
    environmentName: environmentName
    containerAppName: storefrontAppName
    containerImage: storefrontAppImage
    containerPort: storefrontAppPort
    minReplicas: minReplicas
    env: [
      {
        name: 'API_URL'
        value: 'https://${gatewayApp.outputs.fqdn}'
      }
    ]
    secrets: []
  }
}

output identityAppFqdn string = identityApp.outputs.fqdn
output gatewayAppFqdn string = gatewayApp.outputs.fqdn
output storefrontAppFqdn string = storefrontApp.outputs.fqdn
output shoppingCartAppFqdn string = shoppingCartApp.outputs.fqdn
