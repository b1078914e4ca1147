param name string
param location string

@secure()
param catalogClientSecret string
@secure()
param opsClientSecret string
@secure()
param auditorClientSecret string
@secure()
param bootstrapAdminPassword string
@secure()
param usersConnectionString string
@secure()
param grantsConnectionString string
@secure()
param configConnectionString string

var secrets = [
  { name: 'CatalogClientSecret', value: catalogClientSecret }
  { name: 'OpsClientSecret', value: opsClientSecret }
  { name: 'AuditorClientSecret', value: auditorClientSecret }
  { name: 'BootstrapAdminPassword', value: bootstrapAdminPassword }
  { name: 'UsersDbConnection', value: usersConnectionString }
  { name: 'GrantsDbConnection', value: grantsConnectionString }
  { name: 'ConfigDbConnection', value: configConnectionString }
]

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  properties: {
    sku: { family: 'A', name: 'standard' }
    tenantId: subscription().tenantId
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
  }
}

resource entries 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = [for secret in secrets: if (!empty(secret.value)) {
  parent: vault
  name: secret.name
  properties: { value: secret.value }
}]

output name string = vault.name
