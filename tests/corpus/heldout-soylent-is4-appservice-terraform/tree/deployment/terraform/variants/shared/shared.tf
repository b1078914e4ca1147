terraform {
  backend "azurerm" {
    resource_group_name  = "soyl-terraform"
    storage_account_name = "soyltfstate"
    container_name       = "terraform"
    key                  = "shared.terraform.tfstate"
  }
}

module "shared" {
  source      = "../../modules/shared"
  projectname = "soyl"
}

output "containerregistry_url" {
  value = module.shared.containerregistry_url
}
output "containerregistry_admin_username" {
  value = module.shared.containerregistry_admin_username
}
output "containerregistry_admin_password" {
  value = module.shared.containerregistry_admin_password
}
output "keyvault_id" {
  value = module.shared.keyvault_id
}
output "keyvault_name" {
  value = module.shared.keyvault_name
}
