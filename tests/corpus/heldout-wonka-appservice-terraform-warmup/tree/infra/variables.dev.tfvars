service_plan_sku_name = "B1"

log_analytics = {
  sku               = "PerGB2018"
  daily_quota_gb    = 0.5
  retention_in_days = 30
}
