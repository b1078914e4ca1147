terraform {
  backend "azurerm" {
    resource_group_name  = "soyl-terraform"
    storage_account_name = "soyltfstate"
    container_name       = "terraform"
    key                  = "web-staging.terraform.tfstate"
  }
}

data "terraform_remote_state" "shared" {
  backend = "azurerm"
  config = {
    resource_group_name  = "soyl-terraform"
    storage_account_name = "soyltfstate"
    container_name       = "terraform"
    key                  = "shared.terraform.tfstate"
  }
}

module "web" {
  source = "../../modules/web"

  projectname = "soyl"
  stage       = "staging"

  plan_tier     = "Basic"
  plan_size     = "B3"
  plan_capacity = 1

  app_alwayson               = false
  app_aspnetcore_environment = "Staging"

  sqldb_tier              = "Standard"
  sqldb_service_objective = "S1"

  keyvault_id   = data.terraform_remote_state.shared.outputs.keyvault_id
  keyvault_name = data.terraform_remote_state.shared.outputs.keyvault_name

  containerregistry_url            = data.terraform_remote_state.shared.outputs.containerregistry_url
  containerregistry_admin_username = data.terraform_remote_state.shared.outputs.containerregistry_admin_username
  containerregistry_admin_password = data.terraform_remote_state.shared.outputs.containerregistry_admin_password
}
