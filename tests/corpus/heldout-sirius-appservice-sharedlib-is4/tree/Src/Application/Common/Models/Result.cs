using System.Collections.Generic;
using System.Linq;

namespace Sirius.Application.Common.Models
{
    public class Result
    {
        private Result(bool succeeded, IEnumerable<string> errors)
        {
            Succeeded = succeeded;
            Errors = errors.ToArray();
        }

        public bool Succeeded { get; }

        public string[] Errors { get; }

        public static Result Success() => new Result(true, new string[0]);

        public static Result Failure(IEnumerable<string> errors) => new Result(false, errors);
    }
}
