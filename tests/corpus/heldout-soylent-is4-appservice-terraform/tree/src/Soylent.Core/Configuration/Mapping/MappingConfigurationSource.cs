using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace Soylent.Core.Configuration.Mapping
{
    public class MappingConfigurationSource : IConfigurationSource
    {
        public MappingConfigurationSource(IConfiguration mapping, IConfiguration values)
        {
            Mapping = mapping;
            Values = values;
        }

        public IConfiguration Mapping { get; }
        public IConfiguration Values { get; }

        public IConfigurationProvider Build(IConfigurationBuilder builder) => new MappingConfigurationProvider(this);
    }

    public class MappingConfigurationProvider : ConfigurationProvider
    {
        private static readonly Regex Token = new Regex("{(.*?)}");
        private readonly MappingConfigurationSource _source;

        public MappingConfigurationProvider(MappingConfigurationSource source) => _source = source;

        public override void Load()
        {
            Data = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

            foreach (var pair in _source.Mapping.AsEnumerable().Where(p => !string.IsNullOrEmpty(p.Value)))
            {
                try
                {
                    Data[pair.Key] = Token.Replace(pair.Value, Lookup);
                }
                catch (KeyNotFoundException)
                {
                    // token not provided: leave the key to the lower sources
                }
            }
        }

        private string Lookup(Match match)
        {
            var name = match.Groups[1].Value;
            return _source.Values[name] ?? throw new KeyNotFoundException(name);
        }
    }
}
