targetScope = 'subscription'

param location string = deployment().location

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
@description('Agent IP, allowed through the SQL firewall for the EF Core bundles')
param clientIPOfAgent string

@secure()
@description('Health check path, starting with /')
param healthCheckEndpoint string

@secure()
param mvcClientSecret string

@secure()
param webBffClientSecret string

@secure()
param sqlServerAdminLogin string

@secure()
@minLength(12)
param sqlServerAdminPassword string

resource resourceGroup 'Microsoft.Resources/resourceGroups@2022-09-01' = {
  name: 'rg-tyrell-${environment}'
  location: location
  tags: {
    environment: environment
    solution: 'tyrell'
  }
}

module platform 'platform/template.bicep' = {
  scope: resourceGroup
  name: 'platform'
  params: {
    location: location
    environment: environment
  }
}

module sqlServer 'sql-server/template.bicep' = {
  scope: resourceGroup
  name: 'sqlServer'
  params: {
    location: location
    environment: environment
    clientIPOfAgent: clientIPOfAgent
    sqlServerAdminLogin: sqlServerAdminLogin
    sqlServerAdminPassword: sqlServerAdminPassword
  }
}

module appServices 'app-services/template.bicep' = {
  scope: resourceGroup
  name: 'appServices'
  params: {
    location: location
    environment: environment
    adminCredentialsEmail: adminCredentialsEmail
    adminCredentialsPassword: adminCredentialsPassword
    healthCheckEndpoint: healthCheckEndpoint
    mvcClientSecret: mvcClientSecret
    webBffClientSecret: webBffClientSecret
    sqlServerAdminLogin: sqlServerAdminLogin
    sqlServerAdminPassword: sqlServerAdminPassword
    existingAppConfigurationName: platform.outputs.appConfigurationName
    existingApplicationInsightsName: platform.outputs.applicationInsightsName
    existingServiceBusNamespaceName: platform.outputs.serviceBusNamespaceName
    existingRedisName: platform.outputs.redisName
    existingSqlServerName: sqlServer.outputs.sqlServerName
  }
}
