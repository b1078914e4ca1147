using '../main.bicep'

param env = 'prod'
param location = 'westeurope'
param planSku = 'P1v3'
param postgresSku = 'Standard_D2s_v3'
param postgresAdminPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD', '')
param catalogClientSecret = readEnvironmentVariable('CATALOG_CLIENT_SECRET', '')
param opsClientSecret = readEnvironmentVariable('OPS_CLIENT_SECRET', '')
param auditorClientSecret = readEnvironmentVariable('AUDITOR_CLIENT_SECRET', '')
param bootstrapAdminPassword = readEnvironmentVariable('BOOTSTRAP_ADMIN_PASSWORD', '')
