using System;
using System.IO;
using System.Reflection;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Logging;
using AcmeKeys.Data;
using AcmeKeys.Models;

namespace AcmeKeys
{
	public class Startup
	{
		internal static IConfiguration Configuration;
		public IWebHostEnvironment Environment { get; }

		private readonly string _connectionString;
		private readonly string _migrationsAssembly;

		public Startup(IWebHostEnvironment environment, IConfiguration configuration)
		{
			Environment = environment;
			Configuration = configuration;
			_connectionString = configuration.GetConnectionString("ACMEKEYS");
			_migrationsAssembly = typeof(Startup).GetTypeInfo().Assembly.GetName().Name;
		}

		public void ConfigureServices(IServiceCollection services)
		{
			services.AddCors(cors =>
			{
				// local development only
				cors.AddPolicy("AllowAll", policy => policy
					.AllowAnyOrigin()
					.AllowAnyHeader()
					.AllowAnyMethod());

				// deployed stages: the comma separated origins the deploy job writes to ClientUris
				var clientOrigins = Configuration.GetValue<string>("ClientUris")
					.Split(",", StringSplitOptions.RemoveEmptyEntries);
				cors.AddPolicy("Production", policy => policy.WithOrigins(clientOrigins));
			});

			services.AddDbContext<AcmeKeysContext>(options =>
				options.UseSqlServer(_connectionString));

			services.AddMvc(mvc => mvc.EnableEndpointRouting = false);

			services.AddIdentity<ApplicationUser, IdentityRole>(identity =>
				{
					identity.SignIn.RequireConfirmedEmail = true;
					identity.User.RequireUniqueEmail = true;
					identity.Password.RequiredLength = 6;
					identity.Password.RequiredUniqueChars = 1;
					identity.Password.RequireDigit = false;
					identity.Password.RequireLowercase = false;
					identity.Password.RequireUppercase = false;
					identity.Password.RequireNonAlphanumeric = false;
				})
				.AddEntityFrameworkStores<AcmeKeysContext>()
				.AddDefaultTokenProviders();

			var identityServer = services
				.AddIdentityServer(options =>
				{
					var issuerUri = Configuration.GetValue<string>("IssuerUri");
					if (issuerUri != "")
					{
						options.IssuerUri = issuerUri;
					}
					else
					{
						options.PublicOrigin = Configuration.GetValue<string>("BaseUri");
					}

					if (Environment.IsDevelopment())
					{
						IdentityModelEventSource.ShowPII = true;
					}
				})
				.AddConfigurationStore(options =>
				{
					options.ConfigureDbContext = db => db.UseSqlServer(
						_connectionString,
						sql => sql.MigrationsAssembly(_migrationsAssembly));
				})
				// codes, refresh tokens and consents
				.AddOperationalStore(options =>
				{
					options.ConfigureDbContext = db => db.UseSqlServer(
						_connectionString,
						sql => sql.MigrationsAssembly(_migrationsAssembly));

					options.EnableTokenCleanup = true;
				})
				.AddAspNetIdentity<ApplicationUser>();

			if (Environment.IsDevelopment())
			{
				identityServer.AddDeveloperSigningCredential();
			}
			else
			{
				// server.pfx is downloaded from the stage bucket by the deploy job and published with the app
				var binFolder = Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location);
				var certificateFile = Configuration.GetValue<string>("CertificateFileName");
				var certificatePath = Path.Join(binFolder, certificateFile);
				var certificatePassword = Configuration.GetValue<string>("CertificatePassword");
				var signingCertificate = new X509Certificate2(certificateFile, certificatePassword, X509KeyStorageFlags.MachineKeySet);
				identityServer.AddSigningCredential(signingCertificate);
			}

			services.AddAuthentication();
			services.AddAuthorization(options =>
			{
				options.AddPolicy("AdminOnly", policy => policy.RequireClaim("role", "admin"));
			});
		}

		public void Configure(IApplicationBuilder app, IWebHostEnvironment env)
		{
			if (env.IsDevelopment())
			{
				app.UseDeveloperExceptionPage();
				app.UseCors("AllowAll");
			}
			else
			{
				app.UseCors("Production");
			}

			var forwarding = new ForwardedHeadersOptions
			{
				ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto
			};
			// the proxy's address differs per Beanstalk instance, so accept the headers from anyone
			forwarding.KnownNetworks.Clear();
			forwarding.KnownProxies.Clear();
			app.UseForwardedHeaders(forwarding);

			app.UseRouting();
			app.UseStaticFiles();
			app.UseIdentityServer();
			app.UseAuthorization();
			app.UseEndpoints(endpoints =>
			{
				endpoints.MapDefaultControllerRoute();
			});
		}
	}
}
