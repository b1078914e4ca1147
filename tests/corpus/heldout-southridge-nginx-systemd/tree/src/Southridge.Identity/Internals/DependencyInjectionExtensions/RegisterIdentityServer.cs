using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using Southridge.Identity.Internals.Models;

namespace Southridge.Identity.Internals.DependencyInjectionExtensions
{
    public static class RegisterIdentityServer
    {
        public static IServiceCollection AddSouthridgeIdentityServer(
            this IServiceCollection services,
            IWebHostEnvironment environment,
            IConfiguration configuration)
        {
            string host = configuration["sis_auxiliary_database:host"];
            string name = configuration["sis_auxiliary_database:name"];

            if (string.IsNullOrWhiteSpace(host) || string.IsNullOrWhiteSpace(name) ||
                !int.TryParse(configuration["sis_auxiliary_database:port"], out int port))
                throw new InvalidOperationException("IdentityServer database settings are missing.");

            string username = configuration["sis_auxiliary_database:username"];
            string password = configuration["sis_auxiliary_database:password"];

            if (string.IsNullOrWhiteSpace(username) || string.IsNullOrWhiteSpace(password))
                throw new InvalidOperationException("IdentityServer database credentials are missing.");

            var connection = new NpgsqlConnectionStringBuilder
            {
                Host = host,
                Port = port,
                Database = name,
                Username = username,
                Password = password
            };

            string migrationsAssembly = typeof(Startup).Assembly.FullName;

            string passphrase = configuration["sis_signing_key_passphrase"];
            if (string.IsNullOrWhiteSpace(passphrase))
                throw new InvalidOperationException("Signing key passphrase is missing.");

            RsaSecurityKey signingKey = LoadEncryptedRsaKey("keys/sis_signing_rsa_2048.pem", passphrase);

            string licenseKey = configuration["duende_license_key"];
            if (string.IsNullOrWhiteSpace(licenseKey) && environment.IsProduction())
                throw new InvalidOperationException("Duende license key is missing.");

            services.AddIdentityServer(options =>
            {
                options.LicenseKey = licenseKey;

                options.Events.RaiseErrorEvents = true;
                options.Events.RaiseInformationEvents = true;
                options.Events.RaiseFailureEvents = true;
                options.Events.RaiseSuccessEvents = true;

                options.EmitStaticAudienceClaim = true;

                options.UserInteraction.LoginUrl = "/account/signin/index";
                options.UserInteraction.LogoutUrl = "/account/signout/index";
                options.UserInteraction.ErrorUrl = "/support/error";

                options.Endpoints.EnableDeviceAuthorizationEndpoint = false;
                options.Endpoints.EnableIntrospectionEndpoint = false;

                options.Discovery.ShowClaims = false;

                options.PersistentGrants.DataProtectData = true;

                options.KeyManagement.Enabled = false;
            })
                .AddSigningCredential(signingKey, SecurityAlgorithms.RsaSha256)
                .AddConfigurationStore(options =>
                {
                    options.ConfigureDbContext = db => db.UseNpgsql(
                        connection.ConnectionString,
                        npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
                })
                .AddOperationalStore(options =>
                {
                    options.ConfigureDbContext = db => db.UseNpgsql(
                        connection.ConnectionString,
                        npgsql => npgsql.MigrationsAssembly(migrationsAssembly));
                })
                .AddAspNetIdentity<ApplicationUser>();

            return services;
        }

        // reads a passphrase-protected PKCS#8 PEM file into an RSA key
        private static RsaSecurityKey LoadEncryptedRsaKey(string path, string passphrase)
        {
            string body = string.Concat(File.ReadAllLines(path).Where(line => !line.StartsWith("-")));
            RSA rsa = RSA.Create();
            rsa.ImportEncryptedPkcs8PrivateKey(passphrase.AsSpan(), Convert.FromBase64String(body), out _);
            return new RsaSecurityKey(rsa);
        }
    }
}
