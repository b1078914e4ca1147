data "aws_route53_zone" "main" {
  name         = local.domain_root
  private_zone = false
}

module "frontend_dns" {
  source      = "./dns"
  zone_id     = data.aws_route53_zone.main.zone_id
  domain      = local.host_frontend
  destination = [module.frontend.dns]
}

module "api_dns" {
  source      = "./dns"
  zone_id     = data.aws_route53_zone.main.zone_id
  domain      = local.host_api
  destination = [module.api.dns]
}

module "idsrv_dns" {
  source      = "./dns"
  zone_id     = data.aws_route53_zone.main.zone_id
  domain      = local.host_idsrv
  destination = [module.identitysrv.dns]
}

module "postgres_dns" {
  source      = "./dns"
  zone_id     = data.aws_route53_zone.main.zone_id
  domain      = local.host_postgres
  destination = [module.postgres.dns]
}

module "email_dns" {
  source      = "./dns"
  zone_id     = data.aws_route53_zone.main.zone_id
  domain      = local.host_email
  destination = [module.emailservice.dns]
}

module "jobs_dns" {
  source      = "./dns"
  zone_id     = data.aws_route53_zone.main.zone_id
  domain      = local.host_jobs
  destination = [module.jobscheduler.dns]
}

resource "aws_acm_certificate" "main" {
  domain_name               = module.frontend_dns.fqdn
  subject_alternative_names = [module.api_dns.fqdn]
  validation_method         = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_acm_certificate" "idsrv" {
  domain_name       = module.idsrv_dns.fqdn
  validation_method = "DNS"

  lifecycle {
    create_before_destroy = true
  }
}

resource "aws_acm_certificate" "postgres" {
  domain_name       = module.postgres_dns.fqdn
  validation_method = "DNS"
}

resource "aws_acm_certificate" "email" {
  domain_name       = module.email_dns.fqdn
  validation_method = "DNS"
}

resource "aws_acm_certificate" "jobs" {
  domain_name       = module.jobs_dns.fqdn
  validation_method = "DNS"
}

resource "aws_route53_record" "idsrv_cert_validation" {
  zone_id = data.aws_route53_zone.main.zone_id
  name    = tolist(aws_acm_certificate.idsrv.domain_validation_options)[0].resource_record_name
  type    = tolist(aws_acm_certificate.idsrv.domain_validation_options)[0].resource_record_type
  records = [tolist(aws_acm_certificate.idsrv.domain_validation_options)[0].resource_record_value]
  ttl     = 60
}
