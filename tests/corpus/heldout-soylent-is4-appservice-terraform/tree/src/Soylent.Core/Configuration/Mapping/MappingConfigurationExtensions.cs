using System;
using System.IO;
using Microsoft.Extensions.Configuration;

namespace Soylent.Core.Configuration.Mapping
{
    public static class MappingConfigurationExtensions
    {
        // Reads a JSON "mapping" whose values are {TOKENS}; every token is looked up in the
        // configuration built so far (environment variables included) and the key is added with
        // the substituted value on top of all other sources.
        public static IConfigurationBuilder WithJsonMapping(this IConfigurationBuilder builder, Stream mapping)
        {
            if (builder == null) throw new ArgumentNullException(nameof(builder));
            if (mapping == null) throw new ArgumentNullException(nameof(mapping));

            var current = builder.Build();
            var map = new ConfigurationBuilder().AddJsonStream(mapping).Build();

            builder.Sources.Clear();
            builder.AddConfiguration(current);
            builder.Add(new MappingConfigurationSource(map, current));
            return builder;
        }

        public static IConfigurationBuilder WithJsonMapping(this IConfigurationBuilder builder, string path)
        {
            var current = builder.Build();
            var map = new ConfigurationBuilder()
                .SetBasePath(Directory.GetCurrentDirectory())
                .AddJsonFile(path, optional: true)
                .Build();

            builder.Sources.Clear();
            builder.AddConfiguration(current);
            builder.Add(new MappingConfigurationSource(map, current));
            return builder;
        }
    }
}
