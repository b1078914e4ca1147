using System.Globalization;
using Duende.IdentityServer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Serilog;
using Serilog.Filters;
using Virtucon.Identity.Data;
using Virtucon.Identity.Models;
using Virtucon.Identity.Services;

namespace Virtucon.Identity;

internal static class HostingExtensions
{
    public static WebApplication UseVirtuconPipeline(this WebApplication app)
    {
        app.UseSerilogRequestLogging();

        if (app.Environment.IsDevelopment()) app.UseDeveloperExceptionPage();

        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors("VirtuconWeb");
        app.UseIdentityServer();
        app.UseAuthorization();

        app.MapRazorPages().RequireAuthorization();
        app.MapControllers();

        return app;
    }

    // C# 14 extension block: members below extend WebApplicationBuilder
    extension(WebApplicationBuilder builder)
    {
        public WebApplicationBuilder AddVirtuconLogging()
        {
            builder.Services.AddSerilog(lc =>
            {
                lc.WriteTo.Logger(console =>
                {
                    console.WriteTo.Console(
                        outputTemplate: "[{Timestamp:HH:mm:ss} {Level}] {SourceContext} {Message:lj}{NewLine}{Exception}",
                        formatProvider: CultureInfo.InvariantCulture);
                    if (builder.Environment.IsDevelopment())
                        console.Filter.ByExcluding(Matching.FromSource("Duende.IdentityServer.Diagnostics.Summary"));
                });
                if (builder.Environment.IsDevelopment())
                    lc.WriteTo.Logger(file => file
                            .WriteTo.File("./diagnostics/summary.log", rollingInterval: RollingInterval.Day,
                                formatProvider: CultureInfo.InvariantCulture)
                            .Filter.ByIncludingOnly(Matching.FromSource("Duende.IdentityServer.Diagnostics.Summary")))
                        .Enrich.FromLogContext()
                        .ReadFrom.Configuration(builder.Configuration);
            });
            return builder;
        }

        public WebApplication AddVirtuconIdentity()
        {
            builder.Services.AddRazorPages();
            builder.Services.AddControllers();

            builder.Services.AddDbContext<MemberDbContext>(options =>
                options.UseNpgsql(builder.Configuration.GetConnectionString("DefaultConnection")));

            builder.Services.AddIdentity<Member, IdentityRole>()
                .AddEntityFrameworkStores<MemberDbContext>()
                .AddDefaultTokenProviders()
                .AddClaimsPrincipalFactory<MemberClaimsFactory>();

            builder.Services
                .AddIdentityServer(options =>
                {
                    options.Events.RaiseErrorEvents = true;
                    options.Events.RaiseInformationEvents = true;
                    options.Events.RaiseFailureEvents = true;
                    options.Events.RaiseSuccessEvents = true;
                    var issuerUri = builder.Configuration["IdentityServer:IssuerUri"];
                    if (builder.Environment.IsDevelopment()) options.Diagnostics.ChunkSize = 8 * 1024 * 1024;
                })
                .AddInMemoryIdentityResources(Clients.IdentityResources)
                .AddInMemoryApiScopes(Clients.ApiScopes)
                .AddInMemoryApiResources(Clients.ApiResources)
                .AddInMemoryClients(Clients.All)
                .AddAspNetIdentity<Member>()
                .AddProfileService<MemberProfileService>()
                .AddLicenseSummary();

            builder.Services.AddAuthentication()
                .AddOpenIdConnect("oidc", "Sign in with the Duende demo server", options =>
                {
                    options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                    options.SignOutScheme = IdentityServerConstants.SignoutScheme;
                    options.SaveTokens = true;
                    options.Authority = "https://demo.duendesoftware.com";
                    options.ClientId = "interactive.confidential";
                    options.ClientSecret = "secret";
                    options.ResponseType = "code";
                    options.TokenValidationParameters = new TokenValidationParameters
                    {
                        NameClaimType = "name",
                        RoleClaimType = "role"
                    };
                });

            builder.Services.AddCors(options =>
            {
                options.AddPolicy("VirtuconWeb", policy =>
                {
                    policy.WithOrigins("http://localhost:4200", "https://localhost:4200")
                        .AllowAnyHeader()
                        .AllowAnyMethod()
                        .AllowCredentials();
                });
            });

            return builder.Build();
        }
    }
}
