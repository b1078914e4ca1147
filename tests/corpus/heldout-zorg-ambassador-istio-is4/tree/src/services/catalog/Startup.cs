using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Swashbuckle.AspNetCore.Swagger;
using Zorg.Fw.AspNetCore;

namespace Zorg.Catalog
{
  public class Startup
  {
    public Startup(IConfiguration configuration)
    {
      Configuration = configuration;
    }

    public IConfiguration Configuration { get; }

    public void ConfigureServices(IServiceCollection services)
    {
      services.AddMvcCore().AddVersionedApiExplorer(o =>
      {
        o.GroupNameFormat = "'v'VVV";
        o.SubstituteApiVersionInUrl = true;
      });
      services.AddMvc();
      services.AddApiVersioning(o => o.ReportApiVersions = true);

      services.AddSwaggerGen(o =>
      {
        var provider = services.BuildServiceProvider().GetRequiredService<IApiVersionDescriptionProvider>();
        foreach (var version in provider.ApiVersionDescriptions)
        {
          o.SwaggerDoc(version.GroupName, new Info { Title = $"Zorg Catalog API {version.ApiVersion}", Version = version.ApiVersion.ToString() });
        }
      });

      services.AddSingleton<RestClient>();
    }

    public void Configure(IApplicationBuilder app, IHostingEnvironment env)
    {
      if (env.IsDevelopment())
      {
        app.UseDeveloperExceptionPage();
      }

      app.UseMvc();

      // behind Ambassador the API lives under /c (prefix stripped by the gateway)
      var prefix = env.IsDevelopment() ? "" : "/c";
      app.UseSwagger(c => c.PreSerializeFilters.Add((doc, req) => doc.BasePath = prefix == "" ? "/" : prefix));
      app.UseSwaggerUI(ui =>
      {
        var provider = app.ApplicationServices.GetRequiredService<IApiVersionDescriptionProvider>();
        foreach (var version in provider.ApiVersionDescriptions)
        {
          ui.SwaggerEndpoint($"{prefix}/swagger/{version.GroupName}/swagger.json", version.GroupName.ToUpperInvariant());
        }
      });
    }
  }
}
