using '../main.bicep'

param env = 'dev'
param location = 'westeurope'
param planSku = 'B1'
param postgresSku = 'Standard_B1ms'
param postgresAdminPassword = readEnvironmentVariable('POSTGRES_ADMIN_PASSWORD', '')
param catalogClientSecret = readEnvironmentVariable('CATALOG_CLIENT_SECRET', '')
param opsClientSecret = readEnvironmentVariable('OPS_CLIENT_SECRET', '')
param auditorClientSecret = readEnvironmentVariable('AUDITOR_CLIENT_SECRET', '')
param bootstrapAdminPassword = readEnvironmentVariable('BOOTSTRAP_ADMIN_PASSWORD', '')
