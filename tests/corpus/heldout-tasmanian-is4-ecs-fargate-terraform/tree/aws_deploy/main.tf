terraform {
  backend "s3" {
    bucket         = "tasmanian-terraform-state"
    key            = "journal/terraform.tfstate"
    region         = "ap-southeast-2"
    dynamodb_table = "tasmanian-terraform-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = var.region
}

# One workspace per environment: "production", "staging", anything else is a dev stack.
locals {
  name        = "${var.prefix}-${terraform.workspace}"
  domain_root = "tasmanianjournal.net"

  env_index = terraform.workspace == "production" ? 0 : (terraform.workspace == "staging" ? 1 : 2)

  host_frontend = ["www.${local.domain_root}", "staging.${local.domain_root}", "${terraform.workspace}.${local.domain_root}"][local.env_index]
  host_api      = ["api.${local.domain_root}", "staging-api.${local.domain_root}", "${terraform.workspace}-api.${local.domain_root}"][local.env_index]
  host_idsrv    = ["idsrv.${local.domain_root}", "staging-idsrv.${local.domain_root}", "${terraform.workspace}-idsrv.${local.domain_root}"][local.env_index]
  host_postgres = ["postgres.${local.domain_root}", "staging-postgres.${local.domain_root}", "${terraform.workspace}-postgres.${local.domain_root}"][local.env_index]
  host_email    = ["mailer.${local.domain_root}", "staging-mailer.${local.domain_root}", "${terraform.workspace}-mailer.${local.domain_root}"][local.env_index]
  host_jobs     = ["jobs.${local.domain_root}", "staging-jobs.${local.domain_root}", "${terraform.workspace}-jobs.${local.domain_root}"][local.env_index]
}
