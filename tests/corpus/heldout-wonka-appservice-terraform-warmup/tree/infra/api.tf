resource "azurerm_postgresql_flexible_server_database" "api" {
  name      = "api-db"
  server_id = azurerm_postgresql_flexible_server.main.id
  collation = "en_US.UTF8"
  charset   = "UTF8"
}

resource "azurerm_linux_web_app" "api" {
  name                = "WonkaFactoryApi-${random_pet.suffix.id}"
  resource_group_name = data.azurerm_resource_group.main.name
  location            = azurerm_service_plan.main.location
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  app_settings = {
    APPLICATIONINSIGHTS_CONNECTION_STRING      = azurerm_application_insights.main.connection_string
    ApplicationInsightsAgent_EXTENSION_VERSION = "~3"

    Bearer__Issuer = "https://${azurerm_linux_web_app.identity.default_hostname}"
  }

  site_config {
    always_on = false
    application_stack {
      dotnet_version = "6.0"
    }
    ftps_state = "FtpsOnly"
  }

  identity {
    type = "SystemAssigned"
  }

  connection_string {
    name  = "PostgreSqlConnection"
    type  = "SQLAzure"
    value = "@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.api_db_connection.id})"
  }
}

resource "azurerm_key_vault_access_policy" "api" {
  key_vault_id       = azurerm_key_vault.main.id
  tenant_id          = azurerm_linux_web_app.api.identity[0].tenant_id
  object_id          = azurerm_linux_web_app.api.identity[0].principal_id
  secret_permissions = ["Get", "List"]
}
