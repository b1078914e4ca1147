param location string = resourceGroup().location

@allowed([
  'dev'
  'stage'
  'prod'
])
param environment string = 'dev'

@secure()
param adminCredentialsEmail string

@secure()
param adminCredentialsPassword string

@secure()
param healthCheckEndpoint string

@secure()
param mvcClientSecret string

@secure()
param webBffClientSecret string

@secure()
param sqlServerAdminLogin string

@secure()
param sqlServerAdminPassword string

param existingAppConfigurationName string
param existingApplicationInsightsName string
param existingServiceBusNamespaceName string
param existingRedisName string
param existingSqlServerName string

var suffix = '${environment}-${uniqueString(resourceGroup().id)}'
var identityHost = 'app-tyrell-identityservice-${suffix}.azurewebsites.net'
var mvcHost = 'app-tyrell-mvc-${suffix}.azurewebsites.net'

resource appConfiguration 'Microsoft.AppConfiguration/configurationStores@2023-03-01' existing = {
  name: existingAppConfigurationName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: existingApplicationInsightsName
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' existing = {
  name: existingServiceBusNamespaceName
}

resource redis 'Microsoft.Cache/redis@2023-08-01' existing = {
  name: existingRedisName
}

resource sqlServer 'Microsoft.Sql/servers@2023-08-01-preview' existing = {
  name: existingSqlServerName
}

// the admin login doubles as the application's database user
var databaseConnectionString = 'Server=tcp:${sqlServer.properties.fullyQualifiedDomainName},1433;Database=$(Database:Name);User ID=${sqlServerAdminLogin};Password=${sqlServerAdminPassword};MultipleActiveResultSets=True;Encrypt=True;TrustServerCertificate=True;Connection Timeout=30;'

var redisConnectionString = '${redis.properties.hostName}:${redis.properties.sslPort},password=${redis.listKeys().primaryKey},ssl=True,abortConnect=False'

resource appServicePlan 'Microsoft.Web/serverfarms@2022-03-01' = {
  name: 'plan-tyrell-${suffix}'
  location: location
  kind: 'linux'
  sku: environment == 'dev' ? {
    tier: 'PremiumV3'
    name: 'P1V3'
  } : {
    tier: 'PremiumV3'
    name: 'P2V3'
  }
  properties: {
    reserved: true
  }
}

resource identityService 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-tyrell-identityservice-${suffix}'
  location: location
  properties: {
    serverFarmId: appServicePlan.id
    httpsOnly: true
    siteConfig: {
      appSettings: [
        {
          name: 'AzureAppConfig__Enabled'
          value: 'true'
        }
        {
          name: 'AzureAppConfig__ConnectionString'
          value: appConfiguration.listKeys().value[0].connectionString
        }
        {
          name: 'AppInsights__Enabled'
          value: 'true'
        }
        {
          name: 'AppInsights__ConnectionString'
          value: applicationInsights.properties.ConnectionString
        }
        {
          name: 'BaseUrl'
          value: 'https://${identityHost}'
        }
        {
          name: 'AdminCredentials__Email'
          value: adminCredentialsEmail
        }
        {
          name: 'AdminCredentials__Password'
          value: adminCredentialsPassword
        }
        {
          name: 'Clients__TyrellMvcClient__ClientSecret'
          value: mvcClientSecret
        }
        {
          name: 'Clients__TyrellMvcClient__Url'
          value: 'https://${mvcHost}'
        }
        {
          name: 'Clients__TyrellWebBffClient__ClientSecret'
          value: webBffClientSecret
        }
        {
          name: 'Database__ConnectionString'
          value: databaseConnectionString
        }
        {
          name: 'InAzure'
          value: 'true'
        }
        {
          name: 'AzureServiceBus__ConnectionString'
          value: listKeys('${serviceBus.id}/AuthorizationRules/RootManageSharedAccessKey', serviceBus.apiVersion).primaryConnectionString
        }
        {
          name: 'HealthCheckEndpoint'
          value: healthCheckEndpoint
        }
      ]
      cors: {
        allowedOrigins: [
          'https://*.azurewebsites.net'
        ]
      }
      healthCheckPath: '${healthCheckEndpoint}/liveness'
      use32BitWorkerProcess: false
      linuxFxVersion: 'DOTNETCORE|9.0'
    }
  }
}

resource mvc 'Microsoft.Web/sites@2023-12-01' = {
  name: 'app-tyrell-mvc-${suffix}'
  location: location
  properties: {
    serverFarmId: appServicePlan.id
    httpsOnly: true
    siteConfig: {
      appSettings: [
        {
          name: 'AzureAppConfig__Enabled'
          value: 'true'
        }
        {
          name: 'AzureAppConfig__ConnectionString'
          value: appConfiguration.listKeys().value[0].connectionString
        }
        {
          name: 'AppInsights__Enabled'
          value: 'true'
        }
        {
          name: 'AppInsights__ConnectionString'
          value: applicationInsights.properties.ConnectionString
        }
        {
          name: 'ClientCredentials__ClientSecret'
          value: mvcClientSecret
        }
        {
          name: 'IdentityServer'
          value: 'https://${identityHost}'
        }
        {
          name: 'InAzure'
          value: 'true'
        }
        {
          name: 'Redis__Enabled'
          value: 'true'
        }
        {
          name: 'Redis__ConnectionString'
          value: redisConnectionString
        }
        {
          name: 'HealthCheckEndpoint'
          value: healthCheckEndpoint
        }
      ]
      cors: {
        allowedOrigins: [
          'https://*.azurewebsites.net'
        ]
      }
      healthCheckPath: '${healthCheckEndpoint}/liveness'
      use32BitWorkerProcess: false
      linuxFxVersion: 'DOTNETCORE|9.0'
    }
  }
}
