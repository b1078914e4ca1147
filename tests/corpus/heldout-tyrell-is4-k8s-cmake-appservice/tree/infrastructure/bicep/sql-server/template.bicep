param location string = resourceGroup().location

@allowed([
  'dev'
  'stage'
  'prod'
])
param environment string = 'dev'

@secure()
param sqlServerAdminLogin string

@secure()
@minLength(12)
param sqlServerAdminPassword string

@secure()
param clientIPOfAgent string

var sqlServerName = 'sql-tyrell-${environment}-${uniqueString(resourceGroup().id)}'

resource sqlServer 'Microsoft.Sql/servers@2023-08-01-preview' = {
  name: sqlServerName
  location: location
  properties: {
    administratorLogin: sqlServerAdminLogin
    administratorLoginPassword: sqlServerAdminPassword
    publicNetworkAccess: 'Enabled'
  }

  resource azureServices 'firewallRules' = {
    name: 'AllowAllAzureInternalIPs'
    properties: {
      startIpAddress: '0.0.0.0'
      endIpAddress: '0.0.0.0'
    }
  }

  resource agent 'firewallRules' = {
    name: 'ClientIP'
    properties: {
      startIpAddress: clientIPOfAgent
      endIpAddress: clientIPOfAgent
    }
  }
}

var databases = [
  'TyrellAddressDb'
  'TyrellIdentityDb'
  'TyrellOrderDb'
  'TyrellPartsDb'
]

resource database 'Microsoft.Sql/servers/databases@2023-08-01-preview' = [for name in databases: {
  parent: sqlServer
  name: name
  location: location
  sku: environment == 'dev' ? {
    name: 'Basic'
    tier: 'Basic'
  } : {
    name: 'GP_S_Gen5'
    tier: 'GeneralPurpose'
    family: 'Gen5'
    capacity: 1
  }
}]

output sqlServerName string = sqlServerName
