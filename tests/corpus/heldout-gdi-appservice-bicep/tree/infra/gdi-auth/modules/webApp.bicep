param name string
param location string
param planId string
param insightsConnectionString string
param vaultName string

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: name
  location: location
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    serverFarmId: planId
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|9.0'
      minTlsVersion: '1.2'
      http20Enabled: true
      appSettings: [
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insightsConnectionString }
        { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        { name: 'Storage__Provider', value: 'postgres' }
        { name: 'Auth__Authority', value: 'https://${name}.azurewebsites.net' }
        { name: 'ConnectionStrings__UsersDb', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=UsersDbConnection)' }
        { name: 'ConnectionStrings__GrantsDb', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=GrantsDbConnection)' }
        { name: 'ConnectionStrings__ConfigDb', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=ConfigDbConnection)' }
        { name: 'Clients__Catalog__Secret', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=CatalogClientSecret)' }
        { name: 'Clients__Ops__Secret', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=OpsClientSecret)' }
        { name: 'Clients__Auditor__Secret', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=AuditorClientSecret)' }
        { name: 'Bootstrap__AdminPassword', value: '@Microsoft.KeyVault(VaultName=${vaultName};SecretName=BootstrapAdminPassword)' }
      ]
    }
  }
}

output principalId string = site.identity.principalId
output hostName string = site.properties.defaultHostName
