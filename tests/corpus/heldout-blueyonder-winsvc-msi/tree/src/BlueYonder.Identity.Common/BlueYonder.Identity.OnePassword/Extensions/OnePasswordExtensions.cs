using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;

namespace BlueYonder.Identity.OnePassword.Extensions;

public static class OnePasswordExtensions
{
    private const string SectionName = "OnePassword";

    /// <summary>
    /// For every entry under OnePassword:Secrets ("Config__Key": "item id"), fetches the item from the
    /// 1Password Connect server and adds its value to configuration as Config:Key. Keys that already
    /// have a value (user secrets on a developer machine) are left alone.
    /// </summary>
    public static IConfigurationBuilder AddOnePasswordSecrets(this IConfigurationBuilder builder)
    {
        var current = builder.Build();
        var section = current.GetSection(SectionName);
        var baseUrl = section["BaseUrl"];
        var vault = section["VaultId"];
        var token = section["AccessToken"];

        var wanted = section.GetSection("Secrets").GetChildren()
            .Select(item => (Key: item.Key.Replace("__", ":"), ItemId: item.Value))
            .Where(item => string.IsNullOrEmpty(current[item.Key]) && !string.IsNullOrEmpty(item.ItemId))
            .ToList();

        if (wanted.Count == 0)
        {
            return builder;
        }

        using var http = new HttpClient { BaseAddress = new Uri(baseUrl!) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var values = new Dictionary<string, string?>();
        foreach (var (key, itemId) in wanted)
        {
            var item = http.GetFromJsonAsync<ConnectItem>($"/v1/vaults/{vault}/items/{itemId}").GetAwaiter().GetResult()
                ?? throw new InvalidOperationException($"1Password item '{itemId}' is empty");
            values[key] = item.Fields.First(f => f.Purpose == "PASSWORD").Value;
        }

        return builder.AddInMemoryCollection(values);
    }

    private sealed record ConnectItem(List<ConnectField> Fields);

    private sealed record ConnectField(string Purpose, string Value);
}
