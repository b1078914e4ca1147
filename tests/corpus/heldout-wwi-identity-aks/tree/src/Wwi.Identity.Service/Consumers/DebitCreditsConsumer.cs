using System.Threading.Tasks;
using MassTransit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Wwi.Identity.Contracts;
using Wwi.Identity.Service.Entities;
using Wwi.Identity.Service.Exceptions;

namespace Wwi.Identity.Service.Consumers
{
    public class DebitCreditsConsumer : IConsumer<DebitCredits>
    {
        private readonly UserManager<ApplicationUser> users;
        private readonly ILogger<DebitCreditsConsumer> logger;

        public DebitCreditsConsumer(UserManager<ApplicationUser> users, ILogger<DebitCreditsConsumer> logger)
        {
            this.users = users;
            this.logger = logger;
        }

        public async Task Consume(ConsumeContext<DebitCredits> context)
        {
            var message = context.Message;
            logger.LogInformation("Debit of {Amount} for user {UserId} ({CorrelationId})",
                message.Credits, message.UserId, message.CorrelationId);

            var user = await users.FindByIdAsync(message.UserId.ToString())
                ?? throw new UnknownUserException(message.UserId);

            if (!user.MessageIds.Contains(context.MessageId.Value))
            {
                user.Credits -= message.Credits;
                if (user.Credits < 0)
                {
                    throw new InsufficientCreditsException(message.UserId, message.Credits);
                }

                user.MessageIds.Add(context.MessageId.Value);
                await users.UpdateAsync(user);
                await context.Publish(new UserUpdated(user.Id, user.Email, user.Credits));
            }

            await context.Publish(new CreditsDebited(message.CorrelationId));
        }
    }
}
