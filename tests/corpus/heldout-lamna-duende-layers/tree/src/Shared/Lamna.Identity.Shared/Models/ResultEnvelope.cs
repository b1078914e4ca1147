namespace Lamna.Identity.Shared.Models;

public class ResultEnvelope<T>
{
    public bool Succeeded { get; set; }
    public T Data { get; set; }
    public List<string> Errors { get; set; } = new();

    public static ResultEnvelope<T> Ok(T data) => new() { Succeeded = true, Data = data };

    public static ResultEnvelope<T> Fail(params string[] errors) => new() { Succeeded = false, Errors = errors.ToList() };
}
