using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Application
{
	// Sample API that trusts the identity server running under IIS Express on this machine.
	public class Startup
	{
		private const string Authority = "https://localhost:44300";

		public virtual void Configure(IApplicationBuilder applicationBuilder)
		{
			applicationBuilder.UseCors(policy =>
			{
				policy.WithOrigins(Authority);
				policy.AllowAnyHeader();
				policy.AllowAnyMethod();
			});
			applicationBuilder.UseRouting();
			applicationBuilder.UseAuthentication();
			applicationBuilder.UseAuthorization();
			applicationBuilder.UseEndpoints(endpoints => endpoints.MapControllers().RequireAuthorization());
		}

		public void ConfigureServices(IServiceCollection services)
		{
			services.AddControllers();
			services.AddCors();
			services.AddAuthentication("token")
				.AddJwtBearer("token", options =>
				{
					options.Authority = Authority;
					options.Audience = "catalog";
				})
				.AddOAuth2Introspection("introspection", options =>
				{
					options.Authority = Authority;
					options.ClientId = "catalog";
					options.ClientSecret = "catalog-introspection";
				});
		}
	}
}
