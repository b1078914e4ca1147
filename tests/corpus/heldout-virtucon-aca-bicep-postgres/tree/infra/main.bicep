// Virtucon court booking: Azure resources for the three container apps.
// TLS ends at the Container Apps ingress; every container listens on plain HTTP.
// IdentityServer creates its signing keys itself on first start (container file system).

@description('Azure region.')
param location string = 'westeurope'

@description('Name prefix for every resource.')
param prefix string = 'virtucon'

@description('PostgreSQL administrator password, asked for at deployment time.')
@secure()
param pgAdminPassword string

@description('Custom host name of the sign-in app; empty means the generated FQDN.')
param authHostName string = ''

@description('Custom host name of the web app; empty means the generated FQDN.')
param webHostName string = ''

@description('Custom host name of the bookings API; empty means the generated FQDN.')
param apiHostName string = ''

var pgServerName = '${prefix}-pg'
var pgAdminLogin = 'virtuconadmin'
var identityConnection = 'Host=${pgServerName}.postgres.database.azure.com;Port=5432;Database=identity;Username=${pgAdminLogin};Password=${pgAdminPassword};SslMode=Require'
var bookingsConnection = 'Host=${pgServerName}.postgres.database.azure.com;Port=5432;Database=bookings;Username=${pgAdminLogin};Password=${pgAdminPassword};SslMode=Require'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: '${prefix}acr'
  location: location
  sku: {
    name: 'Basic'
  }
  properties: {
    adminUserEnabled: true
  }
}

resource pgServer 'Microsoft.DBforPostgreSQL/flexibleServers@2023-06-01-preview' = {
  name: pgServerName
  location: location
  sku: {
    name: 'Standard_B1ms'
    tier: 'Burstable'
  }
  properties: {
    version: '16'
    administratorLogin: pgAdminLogin
    administratorLoginPassword: pgAdminPassword
    storage: {
      storageSizeGB: 32
    }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
  }
}

resource identityDb 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-06-01-preview' = {
  parent: pgServer
  name: 'identity'
}

resource bookingsDb 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2023-06-01-preview' = {
  parent: pgServer
  name: 'bookings'
}

resource pgAllowAzure 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2023-06-01-preview' = {
  parent: pgServer
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${prefix}-kv'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource pgPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'pg-admin-password'
  properties: {
    value: pgAdminPassword
  }
}

resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${prefix}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appsEnv 'Microsoft.App/managedEnvironments@2023-05-01' = {
  name: '${prefix}-env'
  location: location
  properties: {
    appLogsConfiguration: {
      destination: 'log-analytics'
      logAnalyticsConfiguration: {
        customerId: logs.properties.customerId
        sharedKey: logs.listKeys().primarySharedKey
      }
    }
  }
}

resource identityApp 'Microsoft.App/containerApps@2023-05-01' = {
  name: 'virtucon-identity'
  location: location
  properties: {
    environmentId: appsEnv.id
    configuration: {
      ingress: {
        external: true
        targetPort: 80
        transport: 'auto'
        customDomains: authHostName != '' ? [
          {
            name: authHostName
            bindingType: 'SniEnabled'
          }
        ] : []
      }
      registries: [
        {
          server: registry.properties.loginServer
          username: registry.listCredentials().username
          passwordSecretRef: 'registry-password'
        }
      ]
      secrets: [
        {
          name: 'registry-password'
          value: registry.listCredentials().passwords[0].value
        }
        {
          name: 'identity-db'
          value: identityConnection
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'virtucon-identity'
          image: '${registry.properties.loginServer}/virtucon/identity:latest'
          resources: {
            cpu: json('0.25')
            memory: '0.5Gi'
          }
          env: [
            {
              name: 'ASPNETCORE_ENVIRONMENT'
              value: 'Production'
            }
            {
              name: 'ASPNETCORE_URLS'
              value: 'http://+:80'
            }
            {
              name: 'ConnectionStrings__DefaultConnection'
              secretRef: 'identity-db'
            }
            {
              name: 'IdentityServer__IssuerUri'
              value: authHostName != '' ? 'https://${authHostName}' : ''
            }
            {
              name: 'Clients__WebRedirectUri'
              value: webHostName != '' ? 'https://${webHostName}/callback' : 'https://${webApp.properties.configuration.ingress.fqdn}/callback'
            }
            {
              name: 'Clients__WebPostLogoutUri'
              value: webHostName != '' ? 'https://${webHostName}' : 'https://${webApp.properties.configuration.ingress.fqdn}'
            }
          ]
        }
      ]
      scale: {
        minReplicas: 0
        maxReplicas: 1
      }
    }
  }
}

resource bookingsApp 'Microsoft.App/containerApps@2023-05-01' = {
  name: 'virtucon-bookings-api'
  location: location
  properties: {
    environmentId: appsEnv.id
    configuration: {
      ingress: {
        external: true
        targetPort: 80
        transport: 'auto'
        customDomains: apiHostName != '' ? [
          {
            name: apiHostName
            bindingType: 'SniEnabled'
          }
        ] : []
      }
      registries: [
        {
          server: registry.properties.loginServer
          username: registry.listCredentials().username
          passwordSecretRef: 'registry-password'
        }
      ]
      secrets: [
        {
          name: 'registry-password'
          value: registry.listCredentials().passwords[0].value
        }
        {
          name: 'bookings-db'
          value: bookingsConnection
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'virtucon-bookings-api'
          image: '${registry.properties.loginServer}/virtucon/bookings-api:latest'
          env: [
            {
              name: 'ASPNETCORE_ENVIRONMENT'
              value: 'Production'
            }
            {
              name: 'ASPNETCORE_URLS'
              value: 'http://+:80'
            }
            {
              name: 'ConnectionStrings__DefaultConnection'
              secretRef: 'bookings-db'
            }
            {
              name: 'Authentication__Authority'
              value: authHostName != '' ? 'https://${authHostName}' : 'https://${identityApp.properties.configuration.ingress.fqdn}'
            }
            {
              name: 'Authentication__Audience'
              value: 'virtucon-api'
            }
            {
              name: 'Authentication__RequireHttpsMetadata'
              value: 'true'
            }
            {
              name: 'Cors__AllowedOrigins__0'
              value: webHostName != '' ? 'https://${webHostName}' : 'https://${webApp.properties.configuration.ingress.fqdn}'
            }
          ]
        }
      ]
      scale: {
        minReplicas: 0
        maxReplicas: 1
      }
    }
  }
}

resource webApp 'Microsoft.App/containerApps@2023-05-01' = {
  name: 'virtucon-web'
  location: location
  properties: {
    environmentId: appsEnv.id
    configuration: {
      ingress: {
        external: true
        targetPort: 80
        transport: 'auto'
        customDomains: webHostName != '' ? [
          {
            name: webHostName
            bindingType: 'SniEnabled'
          }
        ] : []
      }
      registries: [
        {
          server: registry.properties.loginServer
          username: registry.listCredentials().username
          passwordSecretRef: 'registry-password'
        }
      ]
      secrets: [
        {
          name: 'registry-password'
          value: registry.listCredentials().passwords[0].value
        }
      ]
    }
    template: {
      containers: [
        {
          name: 'virtucon-web'
          image: '${registry.properties.loginServer}/virtucon/web:latest'
        }
      ]
      scale: {
        minReplicas: 0
        maxReplicas: 1
      }
    }
  }
}

output identityUrl string = authHostName != '' ? 'https://${authHostName}' : 'https://${identityApp.properties.configuration.ingress.fqdn}'
output apiUrl string = apiHostName != '' ? 'https://${apiHostName}' : 'https://${bookingsApp.properties.configuration.ingress.fqdn}'
output postgresHost string = '${pgServerName}.postgres.database.azure.com'
output keyVaultName string = vault.name
