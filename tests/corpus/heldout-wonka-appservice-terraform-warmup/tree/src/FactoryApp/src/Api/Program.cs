using Microsoft.AspNetCore.Authentication.JwtBearer;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        // Bearer:Issuer is set by Terraform to the identity App Service's https host name.
        var section = builder.Configuration.GetRequiredSection(JwtBearerDefaults.AuthenticationScheme);
        options.Authority = section.GetValue<string>("Issuer")
            ?? throw new InvalidOperationException("Bearer:Issuer is required.");
        options.TokenValidationParameters.ValidAudiences = section.GetSection("Audiences").Get<string[]>();
        options.TokenValidationParameters.ValidTypes = new[] { "at+jwt" };
    });

builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI(options =>
    {
        options.OAuthUsePkce();
        options.OAuthClientId("factoryweb");
        options.OAuthClientSecret("everlasting");
    });
}

app.UseHttpsRedirection();
app.UseAuthentication();
app.UseAuthorization();

app.MapGet("/", () => "Factory API is running.").AllowAnonymous();
app.MapControllers();

app.Run();
