// Public API gateway (Azure API Management, Consumption tier).
// Routes the SPAs' API calls; the login pages themselves are served from the account
// service's own custom domain (see account-service.bicep).

param apimName string
param location string = resourceGroup().location
param publisherEmail string = 'platform@globexmart.net'
param publisherName string = 'Globex'

@description('Public URL of the account service (Container App custom domain)')
param accountServiceUrl string

@description('URL of the catalog service (App Service)')
param catalogServiceUrl string

param appInsightsName string
param customDomainCertificateUrl string
param customDomainHostName string = 'dev.gateway.globexmart.net'

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

resource apim 'Microsoft.ApiManagement/service@2021-08-01' = {
  name: apimName
  location: location
  sku: {
    name: 'Consumption'
    capacity: 0
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    publisherEmail: publisherEmail
    publisherName: publisherName
    hostnameConfigurations: [
      {
        type: 'Proxy'
        hostName: customDomainHostName
        keyVaultId: customDomainCertificateUrl
        certificateSource: 'KeyVault'
        defaultSslBinding: true
      }
    ]
  }
}

resource aiLogger 'Microsoft.ApiManagement/service/loggers@2021-08-01' = {
  parent: apim
  name: appInsightsName
  properties: {
    loggerType: 'applicationInsights'
    resourceId: appInsights.id
    credentials: {
      instrumentationKey: appInsights.properties.InstrumentationKey
    }
  }
}

resource accountBackend 'Microsoft.ApiManagement/service/backends@2021-08-01' = {
  parent: apim
  name: 'account-service-backend'
  properties: {
    url: accountServiceUrl
    protocol: 'http'
  }
}

resource catalogBackend 'Microsoft.ApiManagement/service/backends@2021-08-01' = {
  parent: apim
  name: 'catalog-service-backend'
  properties: {
    url: catalogServiceUrl
    protocol: 'http'
  }
}

resource globalApi 'Microsoft.ApiManagement/service/apis@2021-08-01' = {
  parent: apim
  name: 'globex-api'
  properties: {
    displayName: 'Globex API'
    path: '/'
    protocols: ['https']
    subscriptionRequired: false
  }
}

resource globalPolicy 'Microsoft.ApiManagement/service/apis/policies@2021-08-01' = {
  parent: globalApi
  name: 'policy'
  properties: {
    format: 'xml'
    value: '''
<policies>
  <inbound>
    <base />
    <cors allow-credentials="true">
      <allowed-origins>
        <origin>https://dev.backoffice.globexmart.net</origin>
        <origin>https://dev.merchants.globexmart.net</origin>
      </allowed-origins>
      <allowed-methods>
        <method>GET</method>
        <method>POST</method>
        <method>PUT</method>
        <method>DELETE</method>
        <method>OPTIONS</method>
      </allowed-methods>
      <allowed-headers>
        <header>*</header>
      </allowed-headers>
    </cors>
    <choose>
      <when condition='@(context.Request.Url.Path.StartsWith("/identity") || context.Request.Url.Path.Contains("/merchants"))'>
        <set-backend-service backend-id="account-service-backend" />
        <choose>
          <when condition='@(context.Request.Url.Path.StartsWith("/identity"))'>
            <rewrite-uri template='@(context.Request.Url.Path.Length == 9 ? "/" : context.Request.Url.Path.Substring(9))' copy-unmatched-params="true" />
          </when>
        </choose>
      </when>
      <when condition='@(context.Request.Url.Path.Contains("/products"))'>
        <set-backend-service backend-id="catalog-service-backend" />
      </when>
    </choose>
  </inbound>
  <backend>
    <base />
  </backend>
  <outbound>
    <base />
  </outbound>
  <on-error>
    <base />
  </on-error>
</policies>
'''
  }
}
