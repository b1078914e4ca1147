namespace FourthDegree.Identity.Provider.Options
{
    public class ConfigurationOptions
    {
        public string MongoConnection { get; set; }

        public string MongoDatabaseName { get; set; }
    }
}
