using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Northwind.ApiCore.DataProtection;
using Northwind.Data.Sql;
using Northwind.Database.Migrator.Core;

// One-off service: applies the schema for every Northwind service, then stops (compose restart: "no").
var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddEnvironmentVariables();

builder.Services.AddSingleton<IKeyRingRepository, SqlKeyRingRepository>();
builder.Services.AddPersistenceDataProtection();
builder.Services.AddSchemaMigrations(builder.Configuration);
builder.Services.AddHostedService<MigrationStartupRunner>();

var app = builder.Build();

app.Run();
