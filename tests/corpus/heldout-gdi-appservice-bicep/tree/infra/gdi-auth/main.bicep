targetScope = 'subscription'

param appName string = 'gdiauth'
param env string
param location string
param planSku string
param postgresSku string
param postgresAdminLogin string = 'gdiowner'

@secure()
param postgresAdminPassword string

@secure()
param catalogClientSecret string

@secure()
param opsClientSecret string

@secure()
param auditorClientSecret string

@secure()
param bootstrapAdminPassword string

// Every environment lives in West Europe.
var regionCode = 'weu'
var stem = '${appName}-${env}-${regionCode}'
var databases = ['gdi-users', 'gdi-grants', 'gdi-config']

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${stem}'
  location: location
}

module workspace 'modules/workspace.bicep' = {
  name: 'workspace'
  scope: group
  params: {
    name: 'log-${stem}'
    location: location
  }
}

module insights 'modules/insights.bicep' = {
  name: 'insights'
  scope: group
  params: {
    name: 'appi-${stem}'
    location: location
    workspaceId: workspace.outputs.id
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  scope: group
  params: {
    name: 'psql-${stem}'
    location: location
    adminLogin: postgresAdminLogin
    adminPassword: postgresAdminPassword
    sku: postgresSku
    databases: databases
  }
}

var postgresPrefix = 'Host=${postgres.outputs.fqdn};Username=${postgresAdminLogin};Password=${postgresAdminPassword};SslMode=Require;'

module vault 'modules/keyVault.bicep' = {
  name: 'vault'
  scope: group
  params: {
    name: 'kv-${stem}'
    location: location
    catalogClientSecret: catalogClientSecret
    opsClientSecret: opsClientSecret
    auditorClientSecret: auditorClientSecret
    bootstrapAdminPassword: bootstrapAdminPassword
    usersConnectionString: '${postgresPrefix}Database=gdi-users;'
    grantsConnectionString: '${postgresPrefix}Database=gdi-grants;'
    configConnectionString: '${postgresPrefix}Database=gdi-config;'
  }
}

module plan 'modules/plan.bicep' = {
  name: 'plan'
  scope: group
  params: {
    name: 'asp-${stem}'
    location: location
    sku: planSku
  }
}

module site 'modules/webApp.bicep' = {
  name: 'site'
  scope: group
  params: {
    name: 'app-${stem}'
    location: location
    planId: plan.outputs.id
    insightsConnectionString: insights.outputs.connectionString
    vaultName: vault.outputs.name
  }
}

module vaultAccess 'modules/keyVaultAccess.bicep' = {
  name: 'vaultAccess'
  scope: group
  params: {
    vaultName: vault.outputs.name
    principalId: site.outputs.principalId
  }
}

output siteUrl string = 'https://${site.outputs.hostName}'
output resourceGroupName string = group.name
