resource "azurerm_postgresql_flexible_server_database" "identity" {
  name      = "identity-db"
  server_id = azurerm_postgresql_flexible_server.main.id
  collation = "en_US.UTF8"
  charset   = "UTF8"
}

resource "azurerm_linux_web_app" "identity" {
  #checkov:skip=CKV_AZURE_13: the identity provider does not use App Service authentication
  name                = "WonkaIdentity-${random_pet.suffix.id}"
  resource_group_name = data.azurerm_resource_group.main.name
  location            = azurerm_service_plan.main.location
  service_plan_id     = azurerm_service_plan.main.id
  https_only          = true

  client_certificate_enabled = true
  client_certificate_mode    = "OptionalInteractiveUser"

  logs {
    detailed_error_messages = true
    failed_request_tracing  = true
    http_logs {
      file_system {
        retention_in_days = 7
        retention_in_mb   = 25
      }
    }
  }

  app_settings = {
    APPINSIGHTS_INSTRUMENTATIONKEY             = azurerm_application_insights.main.instrumentation_key
    APPLICATIONINSIGHTS_CONNECTION_STRING      = azurerm_application_insights.main.connection_string
    ApplicationInsightsAgent_EXTENSION_VERSION = "~3"
    XDT_MicrosoftApplicationInsights_Mode      = "recommended"
  }

  sticky_settings {
    app_setting_names = [
      "APPINSIGHTS_INSTRUMENTATIONKEY",
      "APPLICATIONINSIGHTS_CONNECTION_STRING",
      "ApplicationInsightsAgent_EXTENSION_VERSION",
      "XDT_MicrosoftApplicationInsights_Mode",
    ]
  }

  site_config {
    always_on = false
    application_stack {
      dotnet_version = "6.0"
    }
    ftps_state    = "FtpsOnly"
    http2_enabled = true
  }

  identity {
    type = "SystemAssigned"
  }

  # App Service exposes this as SQLAZURECONNSTR_<name>, read by the host as ConnectionStrings:<name>.
  connection_string {
    name  = var.IDSV_IDENTITY_DB_CONNECTION_STRING_NAME
    type  = "SQLAzure"
    value = "@Microsoft.KeyVault(SecretUri=${azurerm_key_vault_secret.identity_db_connection.id})"
  }

  lifecycle {
    ignore_changes = [
      virtual_network_subnet_id,
      zip_deploy_file,
    ]
  }
}

resource "azurerm_key_vault_access_policy" "identity" {
  key_vault_id       = azurerm_key_vault.main.id
  tenant_id          = azurerm_linux_web_app.identity.identity[0].tenant_id
  object_id          = azurerm_linux_web_app.identity.identity[0].principal_id
  secret_permissions = ["Get", "List"]
}
