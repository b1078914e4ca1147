namespace Tasmanian.Common.Services.Emailing
{
    public enum EmailingSystemTypes
    {
        SendGrid,
        Smtp
    }
}
