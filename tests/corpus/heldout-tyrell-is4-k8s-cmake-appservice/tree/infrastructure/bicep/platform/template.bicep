param location string = resourceGroup().location

@allowed([
  'dev'
  'stage'
  'prod'
])
param environment string = 'dev'

var suffix = '${environment}-${uniqueString(resourceGroup().id)}'

// Feature flags / shared settings; 'SystemDegraded' is toggled by a function app
resource appConfiguration 'Microsoft.AppConfiguration/configurationStores@2023-03-01' = {
  name: 'appcs-tyrell-${suffix}'
  location: location
  sku: {
    name: 'free'
  }
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: 'log-tyrell-${suffix}'
  location: location
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: 'appi-tyrell-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource serviceBus 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {
  name: 'sbns-tyrell-${suffix}'
  location: location
  sku: {
    name: 'Standard'
  }

  resource deleteAccount 'topics' = {
    name: 'sbt-tyrell-deleteaccount'
  }

  resource updateAccount 'topics' = {
    name: 'sbt-tyrell-updateaccount'
  }
}

// Used by the storefront's cart cache only
resource redis 'Microsoft.Cache/redis@2023-08-01' = {
  name: 'redis-tyrell-${suffix}'
  location: location
  properties: {
    sku: environment == 'dev' ? {
      name: 'Basic'
      family: 'C'
      capacity: 0
    } : {
      name: 'Standard'
      family: 'C'
      capacity: 1
    }
    enableNonSslPort: false
    redisVersion: '6'
  }
}

output appConfigurationName string = appConfiguration.name
output applicationInsightsName string = applicationInsights.name
output serviceBusNamespaceName string = serviceBus.name
output redisName string = redis.name
