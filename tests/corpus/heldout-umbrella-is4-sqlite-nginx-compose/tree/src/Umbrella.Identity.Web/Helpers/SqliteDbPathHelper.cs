using System.IO;
using System.Reflection;

namespace Umbrella.Identity.Web.Helpers
{
    // Not referenced anywhere: Startup does the same substitution inline.
    public static class SqliteDbPathHelper
    {
        public static string Resolve(string connectionString)
        {
            var binaries = Path.GetDirectoryName(Assembly.GetExecutingAssembly().Location);
            return connectionString.Replace("{db_path}", Path.Combine(binaries, "db_data"));
        }
    }
}
