variable "zone_id" {
  type = string
}

variable "domain" {
  type = string
}

variable "destination" {
  type = list(string)
}

resource "aws_route53_record" "main" {
  zone_id = var.zone_id
  name    = var.domain
  type    = "CNAME"
  ttl     = 60
  records = var.destination
}

output "fqdn" {
  value = aws_route53_record.main.fqdn
}
