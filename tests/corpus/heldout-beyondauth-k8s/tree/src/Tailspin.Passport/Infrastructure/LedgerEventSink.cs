using IdentityServer4.Events;
using IdentityServer4.Services;
using Raven.Client.Documents;

namespace Tailspin.Passport.Infrastructure
{
    /// <summary>Writes every IdentityServer event into the tenant's RavenDB audit ledger.</summary>
    public class LedgerEventSink : IEventSink
    {
        private readonly IDocumentStore _documents;
        private readonly ILogger<LedgerEventSink> _log;

        public LedgerEventSink(IDocumentStore documents, ILogger<LedgerEventSink> log)
        {
            _documents = documents;
            _log = log;
        }

        public async Task PersistAsync(Event evt)
        {
            try
            {
                using var session = _documents.OpenAsyncSession();
                await session.StoreAsync(new LedgerEntry
                {
                    Category = evt.Category,
                    Name = evt.Name,
                    Kind = evt.EventType.ToString(),
                    Message = evt.Message,
                    RemoteAddress = evt.RemoteIpAddress,
                    RecordedUtc = evt.TimeStamp
                });
                await session.SaveChangesAsync();
            }
            catch (Exception ex)
            {
                _log.LogWarning(ex, "Could not write IdentityServer event {EventName} to the ledger", evt.Name);
            }
        }

        private sealed class LedgerEntry
        {
            public string? Category { get; set; }
            public string? Name { get; set; }
            public string? Kind { get; set; }
            public string? Message { get; set; }
            public string? RemoteAddress { get; set; }
            public DateTime RecordedUtc { get; set; }
        }
    }
}
