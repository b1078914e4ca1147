output "dns" {
  value = aws_alb.main.dns_name
}

output "zone_id" {
  value = aws_alb.main.zone_id
}

output "target_group_arn" {
  value = aws_alb_target_group.main.arn
}
