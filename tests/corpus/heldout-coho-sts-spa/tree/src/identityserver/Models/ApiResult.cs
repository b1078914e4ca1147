namespace Coho.Sts.Admin.Models;

public class ApiResult<T>
{
    public int Code { get; set; } = 200;

    public string Msg { get; set; }

    public T Data { get; set; }
}
