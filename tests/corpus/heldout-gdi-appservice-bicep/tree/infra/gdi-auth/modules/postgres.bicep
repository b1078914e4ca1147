param name string
param location string
param adminLogin string
@secure()
param adminPassword string
param sku string
param databases array

resource server 'Microsoft.DBforPostgreSQL/flexibleServers@2023-12-01' = {
  name: name
  location: location
  sku: {
    name: sku
    tier: startsWith(sku, 'Standard_B') ? 'Burstable' : 'GeneralPurpose'
  }
  properties: {
    version: '16'
    administratorLogin: adminLogin
    administratorLoginPassword: adminPassword
    storage: { storageSizeGB: 32 }
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
    authConfig: { activeDirectoryAuth: 'Disabled', passwordAuth: 'Enabled' }
  }
}

resource allowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2023-12-01' = {
  parent: server
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource dbs 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-12-01' = [for db in databases: {
  parent: server
  name: db
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}]

output fqdn string = server.properties.fullyQualifiedDomainName
