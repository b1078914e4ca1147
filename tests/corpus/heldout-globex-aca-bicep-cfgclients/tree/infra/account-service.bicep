// Account service (accounts + Duende IdentityServer) on Azure Container Apps.
// Deployed by .github/workflows/account-service-ci.yml with parameters/account-service-dev.json.

@secure()
type GoogleAuthConfig = {
  clientId: string
  clientSecret: string
}

@secure()
type SmtpCredentialsConfig = {
  user: string
  password: string
}

@description('Container App name')
param containerAppName string

@description('Resource ID of the Container Apps managed environment')
param containerAppEnvironmentId string

@description('Image to run (ACR repository and tag)')
param containerImage string

@allowed(['dev', 'staging', 'prod'])
param environment string = 'dev'

@description('Public URLs of the login server')
param appConfig object = {
  defaultRedirectUrl: ''
  issuerUrl: ''
}

@description('Per-SPA URLs that differ between environments')
param clientConfigs object = {
  backOffice: {
    clientUri: ''
    redirectUri: ''
    logoutRedirectUri: ''
    corsOrigin: ''
  }
  merchantHub: {
    clientUri: ''
    redirectUri: ''
    logoutRedirectUri: ''
    corsOrigin: ''
  }
}

param smtpConfig object = {
  server: ''
  port: '587'
  fromEmail: ''
  fromName: ''
}

@secure()
@description('SQL connection string for the account database')
param connectionString string

param googleAuth GoogleAuthConfig

@secure()
@description('Duende IdentityServer license key')
param duendeLicenseKey string

param smtpCredentials SmtpCredentialsConfig

param customDomainConfig object = {
  name: 'dev.id.globexmart.net'
  certificateId: ''
}

param acrConfig object = {
  server: 'acrglobexmart.azurecr.io'
  identity: 'system-environment'
}

param deploymentTimestamp string = utcNow()

var appSecrets = [
  {
    name: 'account-db-connection'
    value: connectionString
  }
  {
    name: 'google-client-id'
    value: googleAuth.clientId
  }
  {
    name: 'google-client-secret'
    value: googleAuth.clientSecret
  }
  {
    name: 'duende-license-key'
    value: duendeLicenseKey
  }
  {
    name: 'smtp-user'
    value: smtpCredentials.user
  }
  {
    name: 'smtp-password'
    value: smtpCredentials.password
  }
]

var appEnv = [
  {
    name: 'ASPNETCORE_ENVIRONMENT'
    value: 'Production'
  }
  {
    name: 'ASPNETCORE_URLS'
    value: 'http://+:8080'
  }
  // Serilog levels (ReadFrom.Configuration)
  {
    name: 'Serilog__MinimumLevel__Default'
    value: 'Information'
  }
  {
    name: 'Serilog__MinimumLevel__Override__Microsoft'
    value: 'Warning'
  }
  {
    name: 'Serilog__MinimumLevel__Override__Microsoft.AspNetCore.Authentication'
    value: 'Warning'
  }
  {
    name: 'Serilog__MinimumLevel__Override__System'
    value: 'Warning'
  }
  // Login server URLs
  {
    name: 'DefaultRedirectUrl'
    value: appConfig.defaultRedirectUrl
  }
  {
    name: 'Issuer'
    value: appConfig.issuerUrl
  }
  {
    name: 'ConnectionStrings__AccountServiceDb'
    secretRef: 'account-db-connection'
  }
  // Back office SPA
  {
    name: 'Clients__backoffice__ClientUri'
    value: clientConfigs.backOffice.clientUri
  }
  {
    name: 'Clients__backoffice__RequireClientSecret'
    value: 'false'
  }
  {
    name: 'Clients__backoffice__AllowOfflineAccess'
    value: 'false'
  }
  {
    name: 'Clients__backoffice__RequirePkce'
    value: 'true'
  }
  {
    name: 'Clients__backoffice__RedirectUris__0'
    value: clientConfigs.backOffice.redirectUri
  }
  {
    name: 'Clients__backoffice__PostLogoutRedirectUris__0'
    value: clientConfigs.backOffice.logoutRedirectUri
  }
  {
    name: 'Clients__backoffice__AllowedCorsOrigins__0'
    value: clientConfigs.backOffice.corsOrigin
  }
  {
    name: 'Clients__backoffice__AccessTokenLifetime'
    value: '7200'
  }
  {
    name: 'Clients__backoffice__IdentityTokenLifetime'
    value: '7200'
  }
  // Merchant hub SPA
  {
    name: 'Clients__merchanthub__ClientUri'
    value: clientConfigs.merchantHub.clientUri
  }
  {
    name: 'Clients__merchanthub__RequireClientSecret'
    value: 'false'
  }
  {
    name: 'Clients__merchanthub__AllowOfflineAccess'
    value: 'true'
  }
  {
    name: 'Clients__merchanthub__AbsoluteRefreshTokenLifetime'
    value: '2592000'
  }
  {
    name: 'Clients__merchanthub__SlidingRefreshTokenLifetime'
    value: '1296000'
  }
  {
    name: 'Clients__merchanthub__RefreshTokenUsage'
    value: 'OneTimeOnly'
  }
  {
    name: 'Clients__merchanthub__RequirePkce'
    value: 'true'
  }
  {
    name: 'Clients__merchanthub__RedirectUris__0'
    value: clientConfigs.merchantHub.redirectUri
  }
  {
    name: 'Clients__merchanthub__PostLogoutRedirectUris__0'
    value: clientConfigs.merchantHub.logoutRedirectUri
  }
  {
    name: 'Clients__merchanthub__AllowedCorsOrigins__0'
    value: clientConfigs.merchantHub.corsOrigin
  }
  {
    name: 'Clients__merchanthub__AccessTokenLifetime'
    value: '7200'
  }
  {
    name: 'Clients__merchanthub__IdentityTokenLifetime'
    value: '7200'
  }
  // External login
  {
    name: 'Authentication__Google__ClientId'
    secretRef: 'google-client-id'
  }
  {
    name: 'Authentication__Google__ClientSecret'
    secretRef: 'google-client-secret'
  }
  // License
  {
    name: 'Duende__LicenseKey'
    secretRef: 'duende-license-key'
  }
  // Mail
  {
    name: 'EmailSettings__SmtpServer'
    value: smtpConfig.server
  }
  {
    name: 'EmailSettings__SmtpPort'
    value: smtpConfig.port
  }
  {
    name: 'EmailSettings__SmtpUser'
    secretRef: 'smtp-user'
  }
  {
    name: 'EmailSettings__SmtpPassword'
    secretRef: 'smtp-password'
  }
  {
    name: 'EmailSettings__FromEmail'
    value: smtpConfig.fromEmail
  }
  {
    name: 'EmailSettings__FromName'
    value: smtpConfig.fromName
  }
]

resource accountApp 'Microsoft.App/containerApps@2025-02-02-preview' = {
  name: containerAppName
  location: resourceGroup().location
  kind: 'containerapps'
  identity: {
    type: 'SystemAssigned'
  }
  tags: {
    Environment: environment
    Service: 'AccountService'
    ManagedBy: 'Bicep'
    LastDeployedAt: deploymentTimestamp
  }
  properties: {
    managedEnvironmentId: containerAppEnvironmentId
    environmentId: containerAppEnvironmentId
    workloadProfileName: 'Consumption'
    configuration: {
      secrets: appSecrets
      activeRevisionsMode: 'Single'
      ingress: {
        external: true
        targetPort: 8080
        transport: 'Auto'
        allowInsecure: false
        clientCertificateMode: 'Ignore'
        stickySessions: {
          affinity: 'none'
        }
        traffic: [
          {
            weight: 100
            latestRevision: true
          }
        ]
        customDomains: [
          {
            name: customDomainConfig.name
            certificateId: customDomainConfig.certificateId
            bindingType: 'SniEnabled'
          }
        ]
      }
      registries: [
        {
          server: acrConfig.server
          identity: acrConfig.identity
        }
      ]
      runtime: {
        dotnet: {
          autoConfigureDataProtection: false
        }
      }
    }
    template: {
      containers: [
        {
          name: 'account-service'
          image: containerImage
          env: appEnv
          resources: {
            cpu: json('0.5')
            memory: '1Gi'
          }
          probes: []
        }
      ]
      scale: {
        minReplicas: 0
        maxReplicas: 1
        cooldownPeriod: 300
        pollingInterval: 30
      }
    }
  }
}

output containerAppFQDN string = accountApp.properties.configuration.ingress.fqdn
output containerAppId string = accountApp.id
output latestRevisionName string = accountApp.properties.latestRevisionName
