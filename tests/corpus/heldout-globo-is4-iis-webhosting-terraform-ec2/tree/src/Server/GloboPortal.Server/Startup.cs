using System.Security.Cryptography.X509Certificates;
using Azure.Identity;
using Azure.Security.KeyVault.Certificates;
using Azure.Security.KeyVault.Secrets;
using Azure.Storage.Blobs;
using GloboPortal.Shared.Models;
using GloboPortal.Shared.Storage;
using GloboPortal.Storage;
using IdentityServer4;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace GloboPortal.Server
{
    public class Startup
    {
        // Used as the settings section name and as the Data Protection application name.
        private readonly string projectName = nameof(GloboPortal);
        private readonly IWebHostEnvironment _environment;

        public Startup(IConfiguration configuration, IWebHostEnvironment environment)
        {
            Configuration = configuration;
            _environment = environment;
        }

        public IConfiguration Configuration { get; }

        public void ConfigureServices(IServiceCollection services)
        {
            var dataProtection = services.AddDataProtection().SetApplicationName(projectName);

            services.RegisterStorage(Configuration);

            services.AddIdentity<ApplicationUser, ApplicationRole>()
                .AddEntityFrameworkStores<ApplicationDbContext>()
                .AddDefaultTokenProviders();

            var authority = Configuration[$"{projectName}:IS4ApplicationUrl"].TrimEnd('/');

            var identityServer = services.AddIdentityServer(options =>
                {
                    options.IssuerUri = authority;
                    options.Events.RaiseErrorEvents = true;
                    options.Events.RaiseInformationEvents = true;
                    options.Events.RaiseFailureEvents = true;
                    options.Events.RaiseSuccessEvents = true;
                    options.UserInteraction.ErrorUrl = "/identityserver/error";
                })
                .AddIdentityServerStores(Configuration)
                .AddAspNetIdentity<ApplicationUser>();

            X509Certificate2 signingCertificate = null;
            var keyRingFolder = Path.Combine(_environment.ContentRootPath, "Keys");

            if (_environment.IsDevelopment())
            {
                // tempkey.jwk next to the app, good enough on a developer machine
                identityServer.AddDeveloperSigningCredential();
                dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keyRingFolder));
            }
            else
            {
                if (Configuration.GetValue<bool>("HostingOnAzure:RunsOnAzure"))
                {
                    // App Service: key ring in Blob Storage wrapped by Key Vault, signing certificate from Key Vault.
                    var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
                    {
                        ExcludeEnvironmentCredential = true,
                        ExcludeManagedIdentityCredential = false,
                        ExcludeVisualStudioCredential = true,
                        ExcludeAzureCliCredential = true
                    });

                    var keysBlob = new BlobServiceClient(
                            new Uri(Configuration["HostingOnAzure:AzureKeyVault:StorageAccountBlobBaseUrl"]), credential)
                        .GetBlobContainerClient(Configuration["HostingOnAzure:AzureKeyVault:ContainerName"])
                        .GetBlobClient(Configuration["HostingOnAzure:AzureKeyVault:KeysBlobName"]);

                    dataProtection.PersistKeysToAzureBlobStorage(keysBlob);
                    dataProtection.ProtectKeysWithAzureKeyVault(
                        new Uri(Configuration["HostingOnAzure:AzureKeyVault:CertificateIdentifier"]), credential);

                    var vaultUri = new Uri(Configuration["HostingOnAzure:AzureKeyVault:KeyVaultUri"]);
                    var certificates = new CertificateClient(vaultUri, credential);
                    var secrets = new SecretClient(vaultUri, credential);
                    var certificate = certificates.GetCertificate(Configuration["HostingOnAzure:AzureKeyVault:CertificateName"]).Value;
                    var secretId = new KeyVaultSecretIdentifier(certificate.SecretId);
                    var secret = secrets.GetSecret(secretId.Name, secretId.Version).Value;
                    signingCertificate = new X509Certificate2(Convert.FromBase64String(secret.Value), (string)null, X509KeyStorageFlags.MachineKeySet);
                }
                else
                {
                    dataProtection.PersistKeysToFileSystem(new DirectoryInfo(keyRingFolder));
                }

                // Certificate expiry is not handled here.
                if (Configuration.GetValue<bool>($"{projectName}:UseLocalCertStore"))
                {
                    var thumbprint = Configuration[$"{projectName}:CertificateThumbprint"];
                    var location = StoreLocation.LocalMachine;
                    var storeName = "WebHosting";

                    if (OperatingSystem.IsLinux())
                    {
                        location = StoreLocation.CurrentUser;
                        storeName = "My";
                    }

                    using var store = new X509Store(storeName, location);
                    store.Open(OpenFlags.ReadOnly);
                    var matches = store.Certificates.Find(X509FindType.FindByThumbprint, thumbprint, false);

                    if (matches.Count > 0)
                    {
                        signingCertificate = matches[0];
                    }
                    else
                    {
                        var pfxPath = Path.Combine(_environment.ContentRootPath, "GloboSigning.pfx");
                        if (File.Exists(pfxPath))
                        {
                            var pfxPassword = Configuration[$"{projectName}:CertificatePassword"] ?? "Globo123";
                            signingCertificate = new X509Certificate2(pfxPath, pfxPassword,
                                X509KeyStorageFlags.MachineKeySet | X509KeyStorageFlags.PersistKeySet | X509KeyStorageFlags.Exportable);
                        }
                    }
                }

                if (signingCertificate != null)
                {
                    identityServer.AddSigningCredential(signingCertificate);
                }
                else if (OperatingSystem.IsWindows())
                {
                    // IIS: use the site's TLS certificate from the WebHosting store (subject = issuer host name)
                    identityServer.AddWebHostingCertificate();
                }
                else
                {
                    throw new InvalidOperationException("No signing certificate available for IdentityServer");
                }
            }

            var authentication = services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
                .AddJwtBearer(options =>
                {
                    options.Authority = authority;
                    options.RequireHttpsMetadata = _environment.IsProduction();
                    options.Audience = IdentityServerConfig.LocalApiName;
                });

            if (Configuration.GetValue<bool>("ExternalAuthProviders:Google:Enabled"))
            {
                authentication.AddGoogle(options =>
                {
                    options.SignInScheme = IdentityServerConstants.ExternalCookieAuthenticationScheme;
                    options.ClientId = Configuration["ExternalAuthProviders:Google:ClientId"];
                    options.ClientSecret = Configuration["ExternalAuthProviders:Google:ClientSecret"];
                    options.SaveTokens = true;
                });
            }

            services.ConfigureApplicationCookie(options =>
            {
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromDays(Configuration.GetValue($"{projectName}:CookieExpireTimeSpanDays", 30));
                options.SlidingExpiration = true;
                options.ReturnUrlParameter = CookieAuthenticationDefaults.ReturnUrlParameter;
            });

            services.AddControllersWithViews();
            services.AddRazorPages();
            services.AddServerSideBlazor();
            services.AddSignalR();
        }

        public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
        {
            app.UseCookiePolicy();

            if (env.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
                app.UseWebAssemblyDebugging();
            }
            else
            {
                app.UseHttpsRedirection();
                // HSTS still to be decided (the default max-age would only be 30 days):
                // app.UseHsts();
            }

            app.UseStaticFiles();
            app.UseBlazorFrameworkFiles();

            app.UseRouting();

            app.UseIdentityServer();
            app.UseAuthorization();

            // Migrates every database and seeds clients, resources and the admin account on each start.
            using (var scope = app.ApplicationServices.GetRequiredService<IServiceScopeFactory>().CreateScope())
            {
                var initializer = scope.ServiceProvider.GetRequiredService<IDatabaseInitializer>();
                initializer.SeedAsync().Wait();
            }

            app.UseEndpoints(endpoints =>
            {
                endpoints.MapDefaultControllerRoute();
                endpoints.MapControllers();
                endpoints.MapBlazorHub();
                endpoints.MapFallbackToPage("/_Index");
            });
        }
    }
}
