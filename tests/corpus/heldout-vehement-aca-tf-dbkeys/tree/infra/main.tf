resource "azurerm_resource_group" "main" {
  name     = "vehement-${var.env_name}"
  location = "West Europe"
}

resource "random_password" "postgres" {
  length           = 24
  override_special = "_-+."
}

resource "azurerm_postgresql_flexible_server" "main" {
  name                   = "vehement-${var.env_name}-pg"
  resource_group_name    = azurerm_resource_group.main.name
  location               = azurerm_resource_group.main.location
  version                = var.postgres_version
  sku_name               = var.postgres_sku
  administrator_login    = "postgres"
  administrator_password = random_password.postgres.result
  storage_mb             = 32768
  zone                   = "1"
}

resource "azurerm_postgresql_flexible_server_database" "identity" {
  name      = "vehement_identity"
  server_id = azurerm_postgresql_flexible_server.main.id
  collation = "en_US.utf8"
  charset   = "utf8"
}

resource "azurerm_postgresql_flexible_server_database" "game" {
  name      = "vehement_game"
  server_id = azurerm_postgresql_flexible_server.main.id
  collation = "en_US.utf8"
  charset   = "utf8"
}

resource "azurerm_servicebus_namespace" "main" {
  name                = "vehement-${var.env_name}-bus"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "Standard"
}

resource "azurerm_servicebus_namespace_authorization_rule" "apps" {
  name         = "apps"
  namespace_id = azurerm_servicebus_namespace.main.id
  listen       = true
  send         = true
  manage       = true
}

resource "azurerm_log_analytics_workspace" "main" {
  name                = "vehement-${var.env_name}-logs"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  sku                 = "PerGB2018"
  retention_in_days   = 30
}

resource "azurerm_application_insights" "main" {
  name                = "vehement-${var.env_name}-insights"
  location            = azurerm_resource_group.main.location
  resource_group_name = azurerm_resource_group.main.name
  workspace_id        = azurerm_log_analytics_workspace.main.id
  application_type    = "web"
}

resource "azurerm_container_app_environment" "main" {
  name                       = "vehement-${var.env_name}-apps"
  location                   = azurerm_resource_group.main.location
  resource_group_name        = azurerm_resource_group.main.name
  log_analytics_workspace_id = azurerm_log_analytics_workspace.main.id
}

# Game API: internal ingress, reached through the frontend's reverse proxy
resource "azurerm_container_app" "game" {
  name                         = "vehement-${var.env_name}-game"
  container_app_environment_id = azurerm_container_app_environment.main.id
  resource_group_name          = azurerm_resource_group.main.name
  revision_mode                = "Single"

  registry {
    server               = "ghcr.io"
    username             = "vehement-bot"
    password_secret_name = "ghcr-pat"
  }

  ingress {
    target_port = 8080
    traffic_weight {
      percentage      = 100
      latest_revision = true
    }
  }

  template {
    min_replicas = 1
    max_replicas = 1

    container {
      name   = "vehement-game"
      image  = "ghcr.io/vehement/vehement-game:latest"
      cpu    = var.game_cpu
      memory = var.game_memory

      env {
        name        = "ConnectionStrings__Vehement_Game"
        secret_name = "game-db"
      }
      env {
        name        = "ConnectionStrings__Vehement_ServiceBus"
        secret_name = "service-bus"
      }
      env {
        name  = "Database__MigrateOnStartup"
        value = "true"
      }
    }
  }

  secret {
    name  = "ghcr-pat"
    value = var.ghcr_pat
  }
  secret {
    name  = "game-db"
    value = "User ID=postgres;Password=${random_password.postgres.result};Host=${azurerm_postgresql_flexible_server.main.fqdn};Database=${azurerm_postgresql_flexible_server_database.game.name};"
  }
  secret {
    name  = "service-bus"
    value = azurerm_servicebus_namespace_authorization_rule.apps.primary_connection_string
  }

  lifecycle {
    ignore_changes = [secret, ingress, template[0].container[0].image]
  }
}

# Identity provider: the only app with external ingress besides the frontend
resource "azurerm_container_app" "identity" {
  name                         = "vehement-${var.env_name}-identity"
  container_app_environment_id = azurerm_container_app_environment.main.id
  resource_group_name          = azurerm_resource_group.main.name
  revision_mode                = "Single"

  registry {
    server               = "ghcr.io"
    username             = "vehement-bot"
    password_secret_name = "ghcr-pat"
  }

  ingress {
    external_enabled = true
    target_port      = 8080
    traffic_weight {
      percentage      = 100
      latest_revision = true
    }
  }

  template {
    min_replicas = 1
    max_replicas = 1

    container {
      name   = "vehement-identity"
      image  = "ghcr.io/vehement/vehement-identity:latest"
      cpu    = var.identity_cpu
      memory = var.identity_memory

      env {
        name  = "ASPNETCORE_FORWARDEDHEADERS_ENABLED"
        value = "true"
      }
      env {
        name        = "ConnectionStrings__Vehement_Identity_Users"
        secret_name = "identity-db"
      }
      env {
        name        = "ConnectionStrings__Vehement_Identity_OperationalData"
        secret_name = "identity-db"
      }
      env {
        name        = "ConnectionStrings__Vehement_ServiceBus"
        secret_name = "service-bus"
      }
      env {
        name  = "ConnectionStrings__ApplicationInsights"
        value = "InstrumentationKey=6f1c2d7e-4a3b-4c9d-8e2f-0b1a2c3d4e5f;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"
      }
      env {
        name  = "Database__MigrateOnStartup"
        value = "true"
      }
      env {
        name        = "Authentication__Google__ClientId"
        secret_name = "google-client-id"
      }
      env {
        name        = "Authentication__Google__ClientSecret"
        secret_name = "google-client-secret"
      }
      env {
        name        = "Authentication__Discord__ClientId"
        secret_name = "discord-client-id"
      }
      env {
        name        = "Authentication__Discord__ClientSecret"
        secret_name = "discord-client-secret"
      }
      env {
        name        = "Authentication__Twitch__ClientId"
        secret_name = "twitch-client-id"
      }
      env {
        name        = "Authentication__Twitch__ClientSecret"
        secret_name = "twitch-client-secret"
      }
      env {
        name  = "IdentityServer__Clients__0__ClientSecrets__0__Value"
        value = "K7gNU3sdo+OL0wNhqoVWhr3g6s1xYv72ol/pe/Unols="
      }
      env {
        name  = "IdentityServer__Clients__0__RedirectUris__0"
        value = "https://vehement.games/signin-oidc"
      }
      env {
        name  = "IdentityServer__Clients__0__PostLogoutRedirectUris__0"
        value = "https://vehement.games/signout-callback-oidc"
      }
    }
  }

  secret {
    name  = "ghcr-pat"
    value = var.ghcr_pat
  }
  secret {
    name  = "identity-db"
    value = "User ID=postgres;Password=${random_password.postgres.result};Host=${azurerm_postgresql_flexible_server.main.fqdn};Database=${azurerm_postgresql_flexible_server_database.identity.name};"
  }
  secret {
    name  = "service-bus"
    value = azurerm_servicebus_namespace_authorization_rule.apps.primary_connection_string
  }
  # real values are typed into the portal afterwards; Terraform ignores secret drift below
  secret {
    name  = "google-client-id"
    value = "empty"
  }
  secret {
    name  = "google-client-secret"
    value = "empty"
  }
  secret {
    name  = "discord-client-id"
    value = "empty"
  }
  secret {
    name  = "discord-client-secret"
    value = "empty"
  }
  secret {
    name  = "twitch-client-id"
    value = "empty"
  }
  secret {
    name  = "twitch-client-secret"
    value = "empty"
  }

  lifecycle {
    ignore_changes = [secret, ingress, template[0].container[0].image]
  }
}

# BFF + SPA host; proxies /api to the game app over the environment's internal network
resource "azurerm_container_app" "frontend" {
  name                         = "vehement-${var.env_name}-frontend"
  container_app_environment_id = azurerm_container_app_environment.main.id
  resource_group_name          = azurerm_resource_group.main.name
  revision_mode                = "Single"

  registry {
    server               = "ghcr.io"
    username             = "vehement-bot"
    password_secret_name = "ghcr-pat"
  }

  ingress {
    external_enabled = true
    target_port      = 8080
    traffic_weight {
      percentage      = 100
      latest_revision = true
    }
  }

  template {
    min_replicas = 1
    max_replicas = 1

    container {
      name   = "vehement-frontend"
      image  = "ghcr.io/vehement/vehement-frontend:latest"
      cpu    = var.frontend_cpu
      memory = var.frontend_memory

      env {
        name  = "ASPNETCORE_FORWARDEDHEADERS_ENABLED"
        value = "true"
      }
      env {
        name  = "Authorization__AuthorityUrl"
        value = "https://id.vehement.games"
      }
      env {
        name  = "Authorization__ClientId"
        value = "vehement-bff"
      }
      env {
        name        = "Authorization__ClientSecret"
        secret_name = "bff-client-secret"
      }
      env {
        name  = "ReverseProxy__Clusters__game__Destinations__primary__Address"
        value = "http://${azurerm_container_app.game.name}"
      }
    }
  }

  secret {
    name  = "ghcr-pat"
    value = var.ghcr_pat
  }
  secret {
    name  = "bff-client-secret"
    value = "secret"
  }

  lifecycle {
    ignore_changes = [secret, ingress, template[0].container[0].image]
  }
}
