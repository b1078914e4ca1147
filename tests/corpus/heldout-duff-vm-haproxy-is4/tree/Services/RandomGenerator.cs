using System.Security.Cryptography;

namespace Services
{
    public interface IRandomGenerator
    {
        string GetNumbersString(int length);
    }

    public class RandomGenerator : IRandomGenerator
    {
        public string GetNumbersString(int length)
        {
            var chars = new char[length];
            for (var i = 0; i < length; i++)
                chars[i] = (char)('0' + RandomNumberGenerator.GetInt32(10));
            return new string(chars);
        }
    }
}
