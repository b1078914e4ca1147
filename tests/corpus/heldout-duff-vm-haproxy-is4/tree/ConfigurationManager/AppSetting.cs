using System;
using Microsoft.Extensions.Configuration;

namespace ConfigurationManager
{
    // Flat settings lookup shared by every service: a process environment variable with the bare key
    // (e.g. DbPassword from the compose env_file) wins over AppSetting:<key> in appsettings.json.
    public class AppSetting
    {
        public bool PrefferAppsettingFile = false;
        private readonly IConfiguration _configuration;

        public AppSetting(IConfiguration configuration)
        {
            _configuration = configuration;
        }

        public string this[string key]
        {
            get
            {
                var value = _configuration.GetSection("AppSetting").GetSection(key).Value;
                if (string.IsNullOrEmpty(value))
                {
                    value = _configuration.GetSection(key).Value;
                }
                var environmentVariable = Environment.GetEnvironmentVariable(key);
                return PrefferAppsettingFile ? value : environmentVariable ?? value;
            }
            set
            {
                Environment.SetEnvironmentVariable(key, value);
            }
        }
    }
}
