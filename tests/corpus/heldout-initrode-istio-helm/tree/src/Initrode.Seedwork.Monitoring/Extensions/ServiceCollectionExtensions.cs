using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;

using IdentityServer4.Models;

using Initrode.Seedwork.Monitoring.AppSettings;

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Initrode.Seedwork.Monitoring.Extensions
{
    public static class ServiceCollectionExtensions
    {
        public static TAppSettings GetAppSettings<TAppSettings>(this IConfiguration configuration, ApiResource? apiResource = null)
        where TAppSettings : class
        {
            var appSettings = configuration.Get<TAppSettings>();

            if (appSettings is IHasApiResourceAppSettings withResource)
            {
                withResource.ApiResource = apiResource ?? throw new ArgumentNullException(nameof(apiResource));
            }

            var results = new List<ValidationResult>();

            if (!Validator.TryValidateObject(appSettings, new ValidationContext(appSettings), results, true))
            {
                throw new InvalidOperationException("The application settings are invalid.");
            }

            return appSettings;
        }

        public static void AddAppSettings<TAppSettings>(this IServiceCollection services, IConfiguration configuration)
        where TAppSettings : class
        {
            services.Configure<TAppSettings>(configuration);
        }
    }
}
