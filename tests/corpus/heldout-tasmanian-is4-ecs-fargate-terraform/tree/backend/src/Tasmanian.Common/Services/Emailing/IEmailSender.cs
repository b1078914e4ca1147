using System.Threading.Tasks;

namespace Tasmanian.Common.Services.Emailing
{
    public interface IEmailSender
    {
        Task SendAsync(string to, string subject, string htmlBody);
    }
}
