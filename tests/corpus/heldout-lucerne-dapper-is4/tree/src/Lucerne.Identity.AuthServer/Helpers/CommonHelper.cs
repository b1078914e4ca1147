using System;
using System.IO;
using System.Linq;
using Microsoft.Extensions.Hosting;

namespace Lucerne.Identity.AuthServer.Helpers
{
    public static class CommonHelper
    {
        // Turns a "~/folder" path into an absolute path under the content root.
        public static string MapPath(IHostEnvironment environment, string path)
        {
            var root = environment.ContentRootPath ?? string.Empty;
            var relative = path.Replace("~/", string.Empty).TrimStart('/');
            var trailing = relative.EndsWith("/") ? Path.DirectorySeparatorChar.ToString() : string.Empty;

            var combined = Path.Combine(new[] { root }.Concat(relative.Split('\\', '/')).ToArray());
            if (Environment.OSVersion.Platform == PlatformID.Unix && !combined.StartsWith("/"))
            {
                combined = "/" + combined;
            }

            return combined + trailing;
        }
    }
}
