using Duende.IdentityServer;
using Serilog;
using Tailspin.Members.Extensions;

namespace Tailspin.IdentityServer;

internal static class HostingExtensions
{
    public static WebApplication ConfigureServices(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages();

        // ASP.NET Identity + Duende registration live in the Members library
        builder.Services.AddMemberIdentity(builder.Configuration);
        builder.Services.AddTailspinTokenService(builder.Configuration);

        builder.Services.AddAuthentication()
            .AddGoogle(google =>
            {
                google.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                google.ClientId = builder.Configuration["External:Google:ClientId"] ?? "";
                google.ClientSecret = builder.Configuration["External:Google:ClientSecret"] ?? "";
            });

        return builder.Build();
    }

    public static WebApplication ConfigurePipeline(this WebApplication app)
    {
        app.UseSerilogRequestLogging();

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseIdentityServer();
        app.UseAuthorization();

        app.MapRazorPages()
            .RequireAuthorization();

        return app;
    }
}
