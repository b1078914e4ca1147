using Proseware.Identity.Abstractions.DbContext;
using Proseware.Identity.Services.DbContext;

// Sample HTTP back end for the identity server's "HttpProxy" store option (in-memory data).
var builder = WebApplication.CreateBuilder(args);

#if DEBUG
builder.AddServiceDefaults();
#endif

builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

builder.Services.AddTransient<IClientDbContextModify, InMemoryClientDb>();
builder.Services.AddTransient<IResourceDbContextModify, InMemoryResourceDb>();
builder.Services.AddTransient<IAdminUserDbContext, InMemoryUserDb>();

var app = builder.Build();

app.MapDefaultEndpoints();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

app.MapGet("/api/clients/{id}", (string id, IClientDbContextModify db) => db.FindClientByIdAsync(id));

app.Run();
