namespace Coho.Sts.Admin.Models;

public class RedisOptions
{
    public bool Enable { get; set; }

    public string Host { get; set; }

    public int Port { get; set; } = 6379;

    public int Db { get; set; }

    public string Password { get; set; }
}
