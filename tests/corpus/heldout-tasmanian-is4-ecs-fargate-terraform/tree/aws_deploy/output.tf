output "url_frontend" {
  value = "https://${module.frontend_dns.fqdn}"
}

output "url_api" {
  value = "https://${module.api_dns.fqdn}"
}

output "url_identityserver" {
  value = "https://${module.idsrv_dns.fqdn}"
}

output "lb_identityserver" {
  value = module.identitysrv.dns
}
