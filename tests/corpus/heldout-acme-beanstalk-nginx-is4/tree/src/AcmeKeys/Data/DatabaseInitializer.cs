using System;
using System.Linq;
using System.Security.Claims;
using IdentityModel;
using IdentityServer4.EntityFramework.DbContexts;
using IdentityServer4.EntityFramework.Mappers;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using AcmeKeys.Models;

namespace AcmeKeys.Data
{
	public static class DatabaseInitializer
	{
		private const string SeedAdminId = "8f4d2b6e-1c93-4a57-b0e8-3d7a9c51f264";

		public static void Initialize(
			PersistedGrantDbContext grants,
			ConfigurationDbContext configurationDb,
			AcmeKeysContext users,
			UserManager<ApplicationUser> userManager,
			Config config,
			IConfiguration configuration)
		{
			grants.Database.EnsureCreated();
			configurationDb.Database.EnsureCreated();
			users.Database.EnsureCreated();

			// Config.cs is the source of truth: wipe and re-add on every boot
			configurationDb.Clients.RemoveRange(configurationDb.Clients.ToList());
			configurationDb.IdentityResources.RemoveRange(configurationDb.IdentityResources.ToList());
			configurationDb.ApiResources.RemoveRange(configurationDb.ApiResources.ToList());

			foreach (var client in config.GetClients())
				configurationDb.Clients.Add(client.ToEntity());
			foreach (var resource in config.GetIdentityResources())
				configurationDb.IdentityResources.Add(resource.ToEntity());
			foreach (var api in config.GetApis())
				configurationDb.ApiResources.Add(api.ToEntity());
			configurationDb.SaveChanges();

			if (userManager.FindByIdAsync(SeedAdminId).Result == null)
			{
				AddSeedAdmin(userManager, configuration.GetValue<string>("AdminPassword"));
			}
		}

		private static void AddSeedAdmin(UserManager<ApplicationUser> userManager, string password)
		{
			var admin = new ApplicationUser
			{
				Id = SeedAdminId,
				UserName = "gandalf",
				Email = "gandalf@middle-earth.uk.co",
				EmailConfirmed = true
			};
			var result = userManager.CreateAsync(admin, password).Result;
			if (!result.Succeeded)
				throw new Exception(result.Errors.First().Description);

			result = userManager.AddClaimsAsync(admin, new[]
			{
				new Claim(JwtClaimTypes.Name, "Gandalf the Grey"),
				new Claim(JwtClaimTypes.Email, admin.Email),
				new Claim(JwtClaimTypes.EmailVerified, "true", ClaimValueTypes.Boolean),
				new Claim("role", "developer"),
				new Claim("role", "admin"),
			}).Result;
			if (!result.Succeeded)
				throw new Exception(result.Errors.First().Description);
		}
	}
}
