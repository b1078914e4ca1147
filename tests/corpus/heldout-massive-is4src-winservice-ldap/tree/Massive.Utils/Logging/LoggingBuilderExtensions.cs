using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Configuration;
using Microsoft.Extensions.Options;

namespace Massive.Utils.Logging
{
    public static class LoggingBuilderExtensions
    {
        public static ILoggingBuilder AddMassiveFileLogger(this ILoggingBuilder builder)
        {
            builder.AddConfiguration();

            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<ILoggerProvider, MassiveFileLoggerProvider>());
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<MassiveFileLoggerOptions>, OptionsSetup>());
            builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IOptionsChangeTokenSource<MassiveFileLoggerOptions>,
                LoggerProviderOptionsChangeTokenSource<MassiveFileLoggerOptions, MassiveFileLoggerProvider>>());
            return builder;
        }

        internal sealed class OptionsSetup : ConfigureFromConfigurationOptions<MassiveFileLoggerOptions>
        {
            public OptionsSetup(ILoggerProviderConfiguration<MassiveFileLoggerProvider> providerConfiguration)
                : base(providerConfiguration.Configuration)
            {
            }
        }
    }
}
